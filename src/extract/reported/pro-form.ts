// A content that is only a pro-form standing for the statement ("said so", "said it", "said as much"):
// what follows it is the reporter's setting of the cue, a time or a place ("said as much on Monday",
// "said so at a rally"), not what was said. In: the tokens and the content's range; out: where the
// content ends, after the pro-form, or -1.
import { REPORTING } from "../../lexicon/reporting.js";
import { isTime } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";

const EN = REPORTING.en;
const PRO_FORMS = EN.proForms.map((f) => f.split(" "));
const PLACE_PREPOSITION = new Set(EN.placePrepositions);

/** The token after a pro-form at `from`, or -1. */
function afterProForm(t: readonly Token[], from: number, to: number): number {
  for (const words of PRO_FORMS) {
    if (from + words.length >= to) continue;
    if (words.every((word, k) => t[from + k].kind === "word" && t[from + k].lower === word)) return from + words.length;
  }
  return -1;
}

/** Where a content [from, to) that is a pro-form and a time or place after it ends, or -1. */
export function proFormEnd(t: readonly Token[], from: number, to: number): number {
  const at = afterProForm(t, from, to);
  if (at < 0) return -1;
  const w = t[at];
  if (w.kind !== "word") return -1;
  return PLACE_PREPOSITION.has(w.lower) || isTime(w) ? at : -1;
}
