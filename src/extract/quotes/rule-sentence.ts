// Attribution when the quote's sentence has no reporting verb: a speech noun owned by its speaker
// (`her claim that she "never sent"`), else the sentence's own subject
// (`Ruiz hailed the deal as a "breakthrough."`), unless the sentence only says what its subject is
// (`The plan was "a lifeline"`): then the quote is nobody's.
import {
  ADVERBIAL_OPENERS,
  BE_FORMS,
  BETWEEN_SOURCE_AND_CUE,
  LINKING_VERBS,
  NOT_SOURCES,
  NOUN_PREPOSITIONS,
  PERSON_SUBJECT_PRONOUNS,
  REPORTED_PARTICIPLES,
  SUBORDINATORS,
} from "../../lexicon/speaker-words.js";
import { type Attribution, MAX_CLAUSE } from "./attribution.js";
import { possessedCueBefore } from "./cues.js";
import { isAdverb, isSubjectPronoun, isTime, subjectAtStart } from "./noun-phrase.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { isCapitalised, type Token } from "./tokens.js";

const NOT_SOURCE = new Set(NOT_SOURCES);
const BE = new Set(BE_FORMS);
const LINKING = new Set(LINKING_VERBS);
const REPORTED = new Set(REPORTED_PARTICIPLES);
const BETWEEN = new Set(BETWEEN_SOURCE_AND_CUE);
/** The quote belongs to no one: its sentence only says what its subject is. */
export const NOBODY = "nobody";
const OPENER = new Set([...ADVERBIAL_OPENERS, ...SUBORDINATORS, ...NOUN_PREPOSITIONS, "between", "instead"]);
const PERSON_PRONOUNS = new Set(PERSON_SUBJECT_PRONOUNS);
/** How far back from the quote a clause's own pronoun subject may stand. */
const PRONOUN_REACH = 12;

/** A speech noun owned by its speaker, when the sentence has no reporting verb: "her claim that "…"". */
export function attributeOwner(p: Paragraph, k: number): Attribution | null {
  const [start] = sentenceOf(p, k);
  const owned = possessedCueBefore(p.tokens, Math.max(start, k - MAX_CLAUSE), k);
  if (!owned) return null;
  return { paragraph: p.index, from: owned.owner[0], to: owned.owner[1], cue: owned.cue, rule: "clause" };
}

/**
 * A quote inside a sentence that has no cue belongs to the sentence's (or its clause's) subject, or to
 * nobody when the sentence links that subject to what it is ("… was "…"", "… seems …").
 */
export function attributeSubject(p: Paragraph, k: number): Attribution | typeof NOBODY | null {
  const t = p.tokens;
  const [start, end] = sentenceOf(p, k);
  if (k - start > MAX_CLAUSE) return null;
  let words = false;
  for (let i = start; i < k; i++) {
    if (t[i].kind === "quote") return null;
    if (t[i].kind === "word") words = true;
  }
  if (!words) return null;
  // the nearest person pronoun before the quote is the clause's own subject: "even if he reserved …",
  // "Ruiz, who has cast herself as the "harbor candidate,""
  for (let i = k - 1; i >= start && k - i <= PRONOUN_REACH; i--) {
    if (isSubjectPronoun(t[i]) && PERSON_PRONOUNS.has(t[i].lower)) {
      return { paragraph: p.index, from: i, to: i + 1, cue: null, rule: "sentence" };
    }
  }
  const span = subjectAtStart(t, start, end);
  if (!span || !isSourceLike(t, span[0], span[1])) return null;
  if (isLinked(t, span[1], k)) return NOBODY;
  // "Ruiz's letter makes clear …": the owner is the source
  const owner = t[span[0]];
  const possessive = span[1] - span[0] > 1 && isCapitalised(owner) && /['’]s$/.test(owner.text);
  return { paragraph: p.index, from: span[0], to: possessive ? span[0] + 1 : span[1], cue: null, rule: "sentence" };
}

/** A phrase that can name a source: not a lone function word, adverb or shouted headline. */
function isSourceLike(t: readonly Token[], from: number, to: number): boolean {
  const first = t[from];
  if (to - from === 1 && (NOT_SOURCE.has(first.lower) || first.lower.endsWith("ly"))) return false;
  // "Between 2001 and 2007, …", "For instance: …", "Oct. 31, 2012 The …": an opener, not a subject
  if (OPENER.has(first.lower) || isTime(first)) return false;
  let capitals = 0;
  for (let i = from; i < to; i++) {
    const w = t[i];
    if (w.kind === "word" && w.text.length > 1 && w.text === w.text.toUpperCase() && w.text !== w.lower) capitals++;
  }
  return capitals < 2;
}

/**
 * The verb after a subject (ending at `i`, before the quote at `k`) is "be" or a linking verb: a
 * description ("was "a lifeline"", "is seen as "…"", "seems "…""), not something the subject says. "be"
 * before an -ing form is an act ("is calling it "…""), and before a report's participle a report ("is
 * said to have called it "…"").
 */
function isLinked(t: readonly Token[], i: number, k: number): boolean {
  let linked = false;
  for (; i < k && t[i].kind === "word"; i++) {
    const w = t[i].lower;
    if (BE.has(w) || LINKING.has(w)) linked = true;
    else if (!BETWEEN.has(w) && !isAdverb(t[i])) break;
    if (LINKING.has(w)) {
      i++;
      break;
    }
  }
  if (!linked || i >= k) return linked;
  const next = t[i];
  const acts = next.kind === "word" && next.lower.length > 4 && next.lower.endsWith("ing");
  return !acts && !REPORTED.has(next.lower);
}
