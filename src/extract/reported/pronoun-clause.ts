// A clause joined to a content by ", and" whose subject the content has not named: a personal pronoun
// ("said the real threat is the levy, and he railed against the council") points back past the content,
// to the source or another person of the reporter's; a name or a noun phrase with a verb that is no cue
// ("said the rules are strict, and the union has sued") is the reporter's own news. Either clause is the
// reporter's, and the content ends before it. A subject the content has used goes on with it ("said they
// want the pier, and they want it soon", "said the levy will rise, and the levy will pay for …"), and so
// does ", and that …" (a second clause of what was said). Tokens, the content so far and the comma in,
// yes or no out.
import { DETERMINERS, THIRD_PERSON_SUBJECT_PRONOUNS } from "../../lexicon/speaker-words.js";
import { cueAt } from "../quotes/cues.js";
import { isSubjectPronoun, isVerbLike } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";
import { opensBareClause } from "./bare-clause.js";
import { isCueAdverb } from "./cue-adverb.js";

/** Personal pronouns that name a person or people ("it", "this", "we", "I" may stand for the content's own). */
const PERSONAL = new Set(THIRD_PERSON_SUBJECT_PRONOUNS);
const DETERMINER = new Set(DETERMINERS);
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

/** Most words of a named subject after ", and" ("the American Civil Liberties Union of Ohio"). */
const MAX_NAMED_SUBJECT = 6;

/**
 * At `i` (a comma) ", and" opens a clause whose subject (a name or a noun phrase, then a verb that is no
 * cue) shares no word with the content [from, i): "said the rules are strict, and the union has sued".
 */
export function namedClauseEnds(t: readonly Token[], from: number, i: number, end: number): boolean {
  const k = i + 2;
  // (", and that …" goes on with a second clause of what was said)
  if (t[i + 1]?.lower !== "and" || isSubjectPronoun(t[k]) || t[k]?.lower === "that" || !opensBareClause(t, k, end))
    return false;
  let v = k;
  while (v < end && v - k < MAX_NAMED_SUBJECT && !isVerbLike(t[v])) v++;
  if (!isVerbLike(t[v]) || cueAt(t, v) !== null) return false;
  const named = new Set<string>();
  for (let j = from; j < i; j++) if (t[j].kind === "word") named.add(t[j].lower);
  for (let j = k; j < v; j++)
    if (t[j].kind === "word" && !DETERMINER.has(t[j].lower) && named.has(t[j].lower)) return false;
  return true;
}
