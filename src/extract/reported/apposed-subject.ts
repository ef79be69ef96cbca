// An apposition on the subject of a content ("Ruiz said the mayor, a Democrat, wrote the rules"): the
// comma after the apposition looks like the comma before an inverted cue (", wrote the rules" read as
// ", wrote Ruiz"), but the noun before the apposition follows a cue of its own, so the verb after it is
// that noun's predicate. In: the tokens, where the words before the comma start (a sentence, or a
// content right after its cue) and the comma; out: whether that comma closes such an apposition.
import { REPORTING } from "../../lexicon/reporting.js";
import { cueAt } from "../quotes/cues.js";
import { isVerbLike } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";

const APPOSITION = new Set(REPORTING.en.objectAppositions);
const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
/** Most words of the apposition ("a Democrat from the north side"). */
const MAX_APPOSITION = 6;
/** Most words of the noun phrase between the cue and the apposition ("the new harbour master"). */
const MAX_SUBJECT = 4;

/**
 * The comma at `comma` closes an apposition ("a Democrat") that a comma opens after a noun phrase, and a
 * cue or a "that" right before that noun phrase ("said the mayor", "that Varga"), at `start - 1` or
 * after it, makes the phrase the subject of that cue's content.
 */
export function closesSubjectApposition(t: readonly Token[], start: number, comma: number): boolean {
  let open = comma - 1;
  while (open > start && comma - open <= MAX_APPOSITION + 1 && t[open].text !== ",") {
    if (t[open].kind !== "word" || isVerbLike(t[open])) return false;
    open--;
  }
  if (t[open]?.text !== "," || open <= start || !APPOSITION.has(t[open + 1]?.lower ?? "")) return false;
  for (let k = open - 1; k >= Math.max(0, start - 1) && open - k <= MAX_SUBJECT + 1; k--) {
    const w = t[k];
    if (w.kind !== "word") return false;
    if (k < open - 1 && w.text === w.lower && (COMPLEMENTIZER.has(w.lower) || cueAt(t, k) !== null)) return true;
    if (isVerbLike(w)) return false;
  }
  return false;
}
