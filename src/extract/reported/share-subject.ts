// Sources of a cue that the quote rules' noun phrases do not read, as poll stories write them: a share
// of people ("About 4 in 10 say …", "42% of voters said …", "Nearly 60 percent of those polled said …")
// and respondents named by a participle ("those surveyed say …"). Tokens before a cue -> the subject's
// token range, or null.
import { REPORTING } from "../../lexicon/reporting.js";
import { AUXILIARIES, RELATIVE_PRONOUNS, SUBORDINATORS } from "../../lexicon/speaker-words.js";
import { isVerbLike } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";

const EN = REPORTING.en;
const ADVERB = new Set(EN.quantityAdverbs);
const SHARE_WORD = new Set(EN.quantityWords);
const RESPONDENT = new Set(EN.respondentParticiples);
const NUMBER_WORD = new Set(EN.numberWords);
const AUX = new Set([...AUXILIARIES, "also", "still", "now", "generally"]);
const NOT_IN_SUBJECT = new Set([...SUBORDINATORS, ...RELATIVE_PRONOUNS, ...EN.complementizers]);
/** Most tokens of such a subject ("nearly 6 in 10 of the Democrats who voted" stops before "who"). */
const MAX_SUBJECT = 10;

const isNumber = (w: Token): boolean => w.kind === "word" && (/^\d/.test(w.text) || NUMBER_WORD.has(w.lower));

/** A word that may stand in a share's noun phrase: not a verb, nor a word that opens a clause. */
function inShare(w: Token): boolean {
  if (w.text === "%") return true;
  return w.kind === "word" && !isVerbLike(w) && !NOT_IN_SUBJECT.has(w.lower);
}

/** The subject right before the cue at `cueFrom` (past auxiliaries: "have also said"), not before `start`. */
export function shareSubject(t: readonly Token[], start: number, cueFrom: number): [number, number] | null {
  let b = cueFrom;
  while (b > start && t[b - 1].kind === "word" && AUX.has(t[b - 1].lower)) b--;
  if (b <= start) return null;
  // "those surveyed", "voters polled"
  if (RESPONDENT.has(t[b - 1].lower) && b - 2 >= start && inShare(t[b - 2]) && t[b - 2].text !== "%") {
    let a = b - 2;
    while (a > start && b - a < MAX_SUBJECT && inShare(t[a - 1])) a--;
    return [a, b];
  }
  // "About 4 in 10", "42% of voters": walk back over the phrase, then find where its number starts
  let a = b;
  while (a > start && b - a < MAX_SUBJECT && inShare(t[a - 1])) a--;
  for (let k = a; k < b; k++) {
    if (isNumber(t[k])) return shareAfter(t, k, b) ? [firstAdverb(t, a, k), b] : null;
    if (!ADVERB.has(t[k].lower)) a = k + 1;
  }
  return null;
}

/** The words after a number make it a share of people: "4 in 10 say", "42 percent of voters said", "42% say". */
function shareAfter(t: readonly Token[], k: number, b: number): boolean {
  return k + 1 < b ? SHARE_WORD.has(t[k + 1].lower) : t[k].text.endsWith("%") || t[k].text === "%";
}

/** The first of the quantity adverbs right before the number at `k` ("more than", "about"), from `a` on. */
function firstAdverb(t: readonly Token[], a: number, k: number): number {
  let f = k;
  while (f > a && ADVERB.has(t[f - 1].lower)) f--;
  return f;
}
