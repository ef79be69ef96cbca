// Attribution when the quote's sentence has no reporting verb: a speech noun owned by its speaker
// (`her claim that she "never sent"`), else the sentence's own subject
// (`Ruiz hailed the deal as a "breakthrough."`).
import { ADVERBIAL_OPENERS, NOT_SOURCES, NOUN_PREPOSITIONS, SUBORDINATORS } from "../../lexicon/speaker-words.js";
import { type Attribution, MAX_CLAUSE } from "./attribution.js";
import { possessedCueBefore } from "./cues.js";
import { isSubjectPronoun, isTime, subjectAtStart } from "./noun-phrase.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { isCapitalised, type Token } from "./tokens.js";

const NOT_SOURCE = new Set(NOT_SOURCES);
const OPENER = new Set([...ADVERBIAL_OPENERS, ...SUBORDINATORS, ...NOUN_PREPOSITIONS, "between", "instead"]);
/** Pronouns that stand for people, the subjects a bare clause usually quotes. */
const PERSON_PRONOUNS = new Set(["he", "she", "they", "i", "we"]);
/** How far back from the quote a clause's own pronoun subject may stand. */
const PRONOUN_REACH = 12;

/** A speech noun owned by its speaker, when the sentence has no reporting verb: "her claim that "…"". */
export function attributeOwner(p: Paragraph, k: number): Attribution | null {
  const [start] = sentenceOf(p, k);
  const owned = possessedCueBefore(p.tokens, Math.max(start, k - MAX_CLAUSE), k);
  if (!owned) return null;
  return { paragraph: p.index, from: owned.owner[0], to: owned.owner[1], cue: owned.cue, rule: "clause" };
}

/** A quote inside a sentence that has no cue belongs to the sentence's (or its clause's) subject. */
export function attributeSubject(p: Paragraph, k: number): Attribution | null {
  const t = p.tokens;
  const [start, end] = sentenceOf(p, k);
  if (k - start > MAX_CLAUSE) return null;
  let words = false;
  for (let i = start; i < k; i++) {
    if (t[i].kind === "quote") return null;
    if (t[i].kind === "word") words = true;
  }
  if (!words) return null;
  // the nearest person pronoun before the quote is the clause's own subject: "even if he reserved …"
  for (let i = k - 1; i >= start && k - i <= PRONOUN_REACH; i--) {
    if (isSubjectPronoun(t[i]) && PERSON_PRONOUNS.has(t[i].lower)) {
      return { paragraph: p.index, from: i, to: i + 1, cue: null, rule: "sentence" };
    }
  }
  const span = subjectAtStart(t, start, end);
  if (!span || !isSourceLike(t, span[0], span[1])) return null;
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
