// A cue named by a verb and a noun of speech ("drew sharp criticism", "made statements about"): the
// tokens from the verb on as one cue, and the subject that opens the verb's clause ("The plan has
// quickly drawn …"). Tokens and positions in; a cue, or the subject's token range (or null), out.
import { AUXILIARIES } from "../../lexicon/speaker-words.js";
import { subjectAtStart } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";
import { isCueAdverb } from "./cue-adverb.js";

const AUXILIARY = new Set(AUXILIARIES);
/** Most auxiliaries and adverbs between the subject and the verb: "has already been facing". */
const MAX_BEFORE_VERB = 4;

/** The subject of the verb at `v` that opens the sentence at `start`, past auxiliaries and adverbs, or null. */
export function verbSubject(t: readonly Token[], start: number, v: number, max: number): [number, number] | null {
  let s = v;
  while (s > start && v - s < MAX_BEFORE_VERB && (AUXILIARY.has(t[s - 1].lower) || isCueAdverb(t[s - 1]))) s--;
  const subject = subjectAtStart(t, start, s);
  return subject && subject[1] === s && s - subject[0] <= max ? subject : null;
}
