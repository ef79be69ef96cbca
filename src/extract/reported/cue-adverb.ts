// Adverbs that stand between a cue and its content and modify the cue: "also", "Thursday", "repeatedly".
// A token in; yes or no out. Shared by the content reader and the rules that skip such words.
import { REPORTING } from "../../lexicon/reporting.js";
import { LY_NOUNS } from "../../lexicon/speaker-words.js";
import type { Token } from "../quotes/tokens.js";

const ADVERB = new Set(REPORTING.en.cueAdverbs);
const LY_WORDS = new Set(LY_NOUNS);

/** A word between a cue and its content that modifies the cue: "also", "Thursday", "repeatedly". */
export function isCueAdverb(w: Token): boolean {
  if (w.kind !== "word") return false;
  return ADVERB.has(w.lower) || (w.lower.length > 4 && w.lower.endsWith("ly") && !LY_WORDS.has(w.lower));
}
