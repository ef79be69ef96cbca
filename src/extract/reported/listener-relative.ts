// A relative clause on the listener of a cue that takes an infinitive ("asked the agencies that ran the
// ferries to hold back the fares"): the listener runs over the whole clause and ends at the "to" after it
// (the infinitive-subject rule then keeps that listener in the content, as the infinitive's subject).
// In: the tokens and the index of the relative pronoun after the listener's noun; out: the index of the
// "to" that may open the content (the caller checks that it opens an infinitive), or -1.
import { RELATIVE_PRONOUNS } from "../../lexicon/speaker-words.js";
import { isVerbLike } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";

const RELATIVE = new Set(RELATIVE_PRONOUNS);
/** Most tokens of a relative clause inside a listener ("that ran the ferries on the north coast"). */
const MAX_RELATIVE = 10;

/**
 * At `j` a relative pronoun and its verb open a clause on the noun before it ("that ran", "who run"): the
 * first "to" after the verb's own words, before `end`, or -1. A "to" right after the verb is the verb's
 * own ("that wanted to stay to leave"), and a comma, a quote or a second relative ends the search.
 */
export function relativeListenerTo(t: readonly Token[], j: number, end: number): number {
  const verb = t[j + 1];
  if (!RELATIVE.has(t[j]?.lower ?? "") || verb === undefined || !isVerbLike(verb)) return -1;
  for (let m = j + 2; m < end && m - j <= MAX_RELATIVE; m++) {
    const w = t[m];
    if (w.kind !== "word" || RELATIVE.has(w.lower)) return -1;
    if (w.lower === "to" && m > j + 2) return m;
  }
  return -1;
}
