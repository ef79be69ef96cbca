// A cue verb whose object names another sense of it: "posted a record loss" (results), "claimed 40
// percent of the vote" (a share won), "charged a fee" (a price), "defending two seats" (an office held),
// "admit refugees", "confirmed three judges" (people let in or voted through), "wrote her thesis" (a work),
// "declared victory", "conceded the race", "posted photos" (pictures put online), "wrote a dissent" (a
// work). The object's head noun, a few words after the cue, decides; a preposition right after the cue
// opens a setting ("wrote in a dissent that …" reports a statement). Tokens, the cue's position and its
// lemma in; a yes or no out.
import { REPORTING } from "../../lexicon/reporting.js";
import { PHRASE_PREPOSITIONS } from "../../lexicon/speaker-words.js";
import { isVerbLike } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";

const OBJECTS = REPORTING.en.otherSenseObjects;
const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
/** Most tokens from the cue to the object's head: "a $ 100,000 initiation fee". */
const MAX_TO_HEAD = 8;
/** Prepositions right after the cue open a setting, not an object: "wrote in her memoir that …". */
const SETTING = new Set(PHRASE_PREPOSITIONS);
/** Marks that may stand inside the object before its head: a currency sign, a number's comma. */
const INSIDE_OBJECT = /^[$€£%,.-]$/;

/** The cue at `i` (lemma `lemma`) takes an object whose head names a sense that reports nothing. */
export function objectOfOtherSense(t: readonly Token[], i: number, lemma: string): boolean {
  if (!Object.hasOwn(OBJECTS, lemma)) return false;
  const heads = OBJECTS[lemma];
  for (let k = i + 1; k < t.length && k - i <= MAX_TO_HEAD; k++) {
    const w = t[k];
    if (w.kind !== "word") {
      if (INSIDE_OBJECT.test(w.text)) continue;
      return false;
    }
    // the head ends the noun phrase: "admitted the refugees had waited" is a clause
    if (heads.includes(w.lower)) return t[k + 1] === undefined || !isVerbLike(t[k + 1]);
    // "claimed that 40 percent …", "claimed Ruiz won 40 percent": a clause, not an object
    if (COMPLEMENTIZER.has(w.lower) || isVerbLike(w) || (k === i + 1 && SETTING.has(w.lower))) return false;
  }
  return false;
}
