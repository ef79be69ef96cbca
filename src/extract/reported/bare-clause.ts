// A clause with its own subject and finite verb, with no "that" before it: what a participle such as
// "adding" reports when it goes on with a statement (", adding the town must be ready"), as against
// its other sense (", adding a caveat", "adding new details"). Tokens -> yes or no.
import { DETERMINERS, RELATIVE_PRONOUNS } from "../../lexicon/speaker-words.js";
import { isSubjectPronoun, isVerbLike } from "../quotes/noun-phrase.js";
import { isCapitalised, type Token } from "../quotes/tokens.js";

const DETERMINER = new Set(DETERMINERS);
const RELATIVE = new Set(RELATIVE_PRONOUNS);
/** Most words of the subject before its verb ("the cost of the new bridge would …"). */
const MAX_SUBJECT = 6;

/** Tokens from `from` open a clause: a subject (pronoun, determiner or name), then a finite verb. */
export function opensBareClause(t: readonly Token[], from: number, end: number): boolean {
  const first = t[from];
  if (first?.kind !== "word") return false;
  if (isSubjectPronoun(first)) return from + 1 < end && isVerbLike(t[from + 1]);
  if (!DETERMINER.has(first.lower) && !isCapitalised(first)) return false;
  for (let k = from + 1; k < end && k - from <= MAX_SUBJECT; k++) {
    const w = t[k];
    if (w.kind === "quote" || (w.kind === "punct" && w.text !== "." && w.text !== "'" && w.text !== "’")) return false;
    if (RELATIVE.has(w.lower)) return false;
    if (isVerbLike(w)) return true;
  }
  return false;
}
