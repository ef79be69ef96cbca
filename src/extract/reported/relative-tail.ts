// Whether a relative clause's statement closes its sentence: "…, said Ana Ruiz, who admitted the pier
// was her third choice, behind the quay and the beach." A statement whose source is a relative pronoun
// ends at its clause's first comma, where the main clause goes on ("Ruiz, who said …, left"); when no
// verb follows that comma, no main clause goes on, and the phrase after it is still the content's.
// Tokens and the range after the comma in; yes or no out.
import { cueAt } from "../quotes/cues.js";
import { isSubjectPronoun, isVerbLike } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";

/** Tokens [from, to) hold no verb, cue, subject pronoun, contraction ("it's") or quote. */
export function noClauseAfter(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (w.kind === "quote" || isVerbLike(w) || isSubjectPronoun(w) || /['’]/.test(w.text)) return false;
    if (w.kind === "word" && cueAt(t, k) !== null) return false;
  }
  return true;
}
