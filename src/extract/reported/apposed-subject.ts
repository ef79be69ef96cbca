// An apposition or a relative clause set off on the subject of a content ("Ruiz said the mayor, a
// Democrat, wrote the rules", "… the mayor, who is a Democrat, wrote …"): the comma after it looks like
// the comma before an inverted cue (", wrote the rules" read as ", wrote Ruiz"), but the noun before it
// follows a cue of its own, so the verb after it is that noun's predicate. In: the tokens, where the
// words before the comma start (a sentence, or a content right after its cue) and the comma; out:
// whether that comma closes such an aside.
import { REPORTING } from "../../lexicon/reporting.js";
import { SET_OFF_RELATIVE_PRONOUNS } from "../../lexicon/speaker-words.js";
import { cueAt } from "../quotes/cues.js";
import { isVerbLike } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";

const APPOSITION = new Set(REPORTING.en.objectAppositions);
const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
/** Most words of the apposition ("a Democrat from the north side"). */
const MAX_APPOSITION = 6;
/** Most tokens of a relative clause set off in its place ("who has run the port since 2019"). */
const MAX_ASIDE = 12;
/** Relative pronouns that open a clause set off by commas ("who", "which"; "that" opens none). */
const SET_OFF_RELATIVE = new Set(SET_OFF_RELATIVE_PRONOUNS);
/** Most words of the noun phrase between the cue and the apposition ("the new harbour master"). */
const MAX_SUBJECT = 4;

/**
 * The comma at `comma` closes an apposition ("a Democrat") or a relative clause ("who is a Democrat") that
 * a comma opens after a noun phrase, and a cue or a "that" right before that noun phrase ("said the
 * mayor", "that Varga"), at `start - 1` or after it, makes the phrase the subject of that cue's content.
 */
export function closesSubjectApposition(t: readonly Token[], start: number, comma: number): boolean {
  let open = comma - 1;
  let verb = false;
  while (open > start && comma - open <= MAX_ASIDE + 1 && t[open].text !== ",") {
    if (t[open].kind !== "word") return false;
    verb ||= isVerbLike(t[open]);
    open--;
  }
  if (t[open]?.text !== "," || open <= start) return false;
  const opener = t[open + 1]?.lower ?? "";
  const apposition = APPOSITION.has(opener) && !verb && comma - open <= MAX_APPOSITION + 1;
  if (!apposition && !SET_OFF_RELATIVE.has(opener)) return false;
  for (let k = open - 1; k >= Math.max(0, start - 1) && open - k <= MAX_SUBJECT + 1; k--) {
    const w = t[k];
    if (w.kind !== "word") return false;
    if (k < open - 1 && w.text === w.lower && (COMPLEMENTIZER.has(w.lower) || cueAt(t, k) !== null)) return true;
    if (isVerbLike(w)) return false;
  }
  return false;
}
