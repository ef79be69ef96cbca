// A clause joined to a content by ", and" whose subject is a personal pronoun the content has not used
// ("said the real threat is the levy, and he railed against the council"): the pronoun points back past
// the content, to the source or another person of the reporter's, and the clause is the reporter's own.
// A pronoun the content has used goes on with it ("said they want the pier, and they want it soon").
// Tokens, the content so far and the comma in, yes or no out.
import { isVerbLike } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";
import { isCueAdverb } from "./content.js";

/** Personal pronouns that name a person or people ("it", "this", "we", "I" may stand for the content's own). */
const PERSONAL = new Set(["he", "she", "they"]);
/** Most adverbs between the pronoun and its verb ("and he still signed"). */
const MAX_ADVERBS = 2;

/** At `i` (a comma) ", and" opens a clause whose personal pronoun the content [from, i) does not hold. */
export function pronounClauseEnds(t: readonly Token[], from: number, i: number): boolean {
  const pronoun = t[i + 2];
  if (t[i + 1]?.lower !== "and" || pronoun?.kind !== "word" || !PERSONAL.has(pronoun.lower)) return false;
  let k = i + 3;
  while (k < t.length && k - i - 3 < MAX_ADVERBS && isCueAdverb(t[k])) k++;
  if (t[k] === undefined || !isVerbLike(t[k])) return false;
  for (let j = from; j < i; j++) if (t[j].lower === pronoun.lower) return false;
  return true;
}
