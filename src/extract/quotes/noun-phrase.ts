// The noun phrase that is a reporting cue's subject, found without a parser: walk back from the cue
// over words that can belong to a noun phrase (names, nouns, adjectives, determiners, possessives, a
// few prepositions) and stop at verbs, auxiliaries, subordinators and clause punctuation. An
// apposition between commas or dashes right before the cue is kept ("Smith, 58, said").
import { MONTHS, WEEKDAYS } from "../../lexicon/months.js";
import { OBJECT_PRONOUNS as OBJECT_PRONOUN_WORDS } from "../../lexicon/quote-context.js";
import { REPORTING } from "../../lexicon/reporting.js";
import {
  ADVERBIAL_OPENERS,
  ARTICLES,
  AUXILIARIES,
  BETWEEN_SOURCE_AND_CUE,
  CLAUSELESS_PREPOSITIONS,
  COMMON_VERBS,
  CONJUNCTIONS,
  DEGREE_WORDS,
  DETERMINERS,
  DISCOURSE_WORDS,
  FLOATING_AFTER_SUBJECT,
  LY_NOUNS,
  PAIRS_BETWEEN_SOURCE_AND_CUE,
  PARTICLES,
  PHRASE_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  PREDETERMINERS,
  RELATIVE_PRONOUNS,
  STANDALONE_QUANTIFIERS,
  SUBJECT_PRONOUNS,
  SUBORDINATORS,
  TIME_PREPOSITIONS,
  TIME_QUANTITY_WORDS,
  TIME_WORDS,
} from "../../lexicon/speaker-words.js";
import { cueAt } from "./cues.js";
import { isCapitalised, isDottedInitials, NAME_JOINERS, type Token } from "./tokens.js";

const AUX = new Set(AUXILIARIES);
const BETWEEN = new Set(BETWEEN_SOURCE_AND_CUE);
const BETWEEN_PAIRS = new Set(PAIRS_BETWEEN_SOURCE_AND_CUE);
const VERBS = new Set(COMMON_VERBS);
const CONJ = new Set(CONJUNCTIONS);
const DET = new Set(DETERMINERS);
/** Determiners that never stand alone as a subject: "the", "a", "his". */
const BOUND_DET = new Set([...ARTICLES, ...Object.keys(POSSESSIVE_PRONOUNS), "your"]);
const PREP = new Set(PHRASE_PREPOSITIONS);
const ARTICLE = new Set(ARTICLES);
const SUB = new Set(SUBORDINATORS);
const ADVERBIAL = new Set(ADVERBIAL_OPENERS);
const DISCOURSE = new Set(DISCOURSE_WORDS);
const FLOATING = new Set(FLOATING_AFTER_SUBJECT);
const LY_WORDS = new Set(LY_NOUNS);
/** Month and weekday names, not their abbreviations ("Jun" and "Sat" are names too) nor "May". */
const CALENDAR = new Set([...WEEKDAYS, ...Object.keys(MONTHS)].filter((w) => w.length > 3 || w === "may"));
CALENDAR.delete("may");
CALENDAR.delete("sept");

/** A capitalised month or weekday name: "Tuesday", "August". */
export function isCalendarWord(t: Token): boolean {
  return isCapitalised(t) && CALENDAR.has(t.lower);
}
const TIME_LOWER = new Set(TIME_WORDS);
const TIME_QUANTITY = new Set(TIME_QUANTITY_WORDS);
const TIME_PREP = new Set(TIME_PREPOSITIONS);
/** Prepositions that may open a sentence's setting without a comma: "At the rally the crowd …". */
const OPENING_PREP = new Set([...PHRASE_PREPOSITIONS, ...TIME_PREPOSITIONS, ...CLAUSELESS_PREPOSITIONS, "by"]);
/** Words after which an article goes on the same phrase: "all the", "of the", "during a". */
const BEFORE_ARTICLE = new Set([...PREDETERMINERS, ...DETERMINERS, ...OPENING_PREP]);

/**
 * Where the subject starts in [a, end) when a sentence-opening preposition phrase runs into it with no
 * comma ("At the rally the crowd", "At that point the crowd": "the crowd"): at the lower-case article
 * after that phrase's noun. Else `a`.
 */
function afterOpeningPhrase(t: readonly Token[], a: number, end: number): number {
  for (let i = a + 1; i < end; i++) {
    const w = t[i];
    if (w.kind !== "word" || !ARTICLE.has(w.text) || t[i - 1].kind !== "word" || BEFORE_ARTICLE.has(t[i - 1].lower))
      continue;
    if (/^\d/.test(t[i - 1].text) || namesNobody(t, i, end)) return a;
    return opensWithPreposition(t, i) ? i : a;
  }
  return a;
}

/** The words before `i` back to its sentence's start are a preposition and its noun phrase: "At the rally". */
function opensWithPreposition(t: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j > 0 && i - j < 8 && t[j - 1].kind === "word" && t[j - 1].sentence === t[i].sentence) j--;
  if (j > 0 && t[j - 1].sentence === t[i].sentence) return false;
  if (!OPENING_PREP.has(t[j].lower) || j + 1 >= i) return false;
  for (let k = j + 1; k < i; k++) if (isVerbLike(t[k]) || isIngForm(t[k]) || cueAt(t, k)) return false;
  return true;
}
/** A time word: a weekday or month in any case, other time words in lower case ("Times" is a name). */
export function isTime(t: Token): boolean {
  if (t.kind !== "word") return false;
  return t.text === t.lower ? TIME_LOWER.has(t.lower) : isCalendarWord(t);
}
const DASHES = new Set(["—", "–", "―"]);
const PARTICLE = new Set(PARTICLES);
const RELATIVE = new Set(RELATIVE_PRONOUNS);
/** Longest subject phrase, apposition excluded. */
const MAX_PHRASE = 12;
/** Longest apposition kept with a subject. */
const MAX_APPOSITION = 30;

/** The subject pronouns as a set: a look-up per word, cheaper than a property test on the lexicon's object. */
const SUBJECT_PRONOUN = new Set(Object.keys(SUBJECT_PRONOUNS));

export function isSubjectPronoun(t: Token | undefined): boolean {
  return t !== undefined && t.kind === "word" && SUBJECT_PRONOUN.has(t.lower) && t.lower !== "which";
}

/**
 * A phrase that names nobody: only articles, "not", adverbs and time words ("The", "not", "The day"),
 * what is left when an opening phrase ("The day before,", "Perhaps not coincidentally,") or a noun cue
 * ("cast the blame") was read as a subject.
 */
export function namesNobody(t: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = t[i];
    if (w.kind !== "word") continue;
    if (!(ARTICLE.has(w.lower) || w.lower === "not" || isAdverb(w) || isTime(w))) return false;
  }
  return true;
}

/** A lower-case word that reads as a finite verb, not a noun or adjective. */
export function isVerbLike(t: Token): boolean {
  if (t.kind !== "word" || isCapitalised(t)) return false;
  // (a word's lower form has its typographic apostrophes made straight already: tokens.ts)
  const lower = t.lower;
  return AUX.has(lower) || VERBS.has(lower) || lower.endsWith("n't") || (lower.length > 4 && lower.endsWith("ed"));
}

/** An -ing form long enough not to be "thing", "king" or "sing": "keeping", "warning". */
export function isIngForm(t: Token): boolean {
  return t.lower.length > 5 && t.lower.endsWith("ing");
}

export function isAdverb(t: Token): boolean {
  return (
    t.kind === "word" && t.lower.length > 4 && t.lower.endsWith("ly") && !isCapitalised(t) && !LY_WORDS.has(t.lower)
  );
}

/** Words before a count that open its clause: "…, 43 said", "and 12 say". */
const COUNT_LEAD = new Set([",", "and", "but", "while", "whereas"]);

/** The number at `i` opens its clause (not a year): the count of those who spoke. */
function countSubject(t: readonly Token[], i: number): boolean {
  if (/^\d{4}$/.test(t[i].text)) return false;
  // ("1,000 said": the comma of a thousands figure opens nothing)
  const before = t[i - 1];
  if (before === undefined || before.sentence !== t[i].sentence) return true;
  return COUNT_LEAD.has(before.lower) && !/^\d+$/.test(t[i - 2]?.text ?? "");
}

/** Drops auxiliaries, adverbs and time phrases between a subject and its cue. */
export function trimToSubject(t: readonly Token[], lo: number, hi: number): number {
  let b = hi;
  for (;;) {
    const w = t[b - 1];
    if (b <= lo || w.kind !== "word") break;
    // "…, Will described": a capitalised auxiliary inside a sentence is a name
    const auxiliary = (BETWEEN.has(w.lower) || AUX.has(w.lower)) && !(AUX.has(w.lower) && isNameMidSentence(t, b - 1));
    // ("…, 43 said the same": a count right before the cue, opening its clause, is the subject)
    const number = /^\d+$/.test(w.text) && !(b === hi && countSubject(t, b - 1));
    if (auxiliary || isAdverb(w) || isTime(w) || number || floatsAfterSubject(t, b - 1, lo)) {
      b--;
      continue;
    }
    // "Smith so far has said", "Jones at least says": a two-word adverbial, lower-case
    if (b - 2 > lo && t[b - 2].kind === "word" && w.text === w.lower && t[b - 2].text === t[b - 2].lower) {
      if (BETWEEN_PAIRS.has(`${t[b - 2].lower} ${w.lower}`)) {
        b -= 2;
        continue;
      }
    }
    // "on Tuesday", "in 2008", "at the time", "this week", "during a visit on Tuesday"
    const timeAfter = b < hi && (isTime(t[b]) || (DET.has(t[b].lower) && b + 1 < hi && isTime(t[b + 1])));
    if ((PREP.has(w.lower) || DET.has(w.lower) || TIME_PREP.has(w.lower)) && timeAfter) {
      b--;
      continue;
    }
    // "a few days ago", "less than two weeks ago": the words that count the time
    const counted = b < hi && (isTime(t[b]) || TIME_QUANTITY.has(t[b].lower) || /^\d+$/.test(t[b].text));
    if (TIME_QUANTITY.has(w.lower) && w.text === w.lower && counted && b + 1 < hi && isTime(t[hi - 1])) {
      b--;
      continue;
    }
    break;
  }
  return b;
}

/** "the senators have both argued": a lower-case quantifier right after a noun, not the subject itself. */
function floatsAfterSubject(t: readonly Token[], i: number, lo: number): boolean {
  const w = t[i];
  if (!FLOATING.has(w.text) || i - 1 < lo) return false;
  const prev = t[i - 1];
  if (prev.sentence !== w.sentence) return false;
  if (prev.text === ")" || DASHES.has(prev.text)) return true; // "Bob Ruiz (R-Ore.) both said", "— …— both said"
  if (prev.kind !== "word") return false;
  return !(
    DET.has(prev.lower) ||
    PREP.has(prev.lower) ||
    CONJ.has(prev.lower) ||
    SUB.has(prev.lower) ||
    (isVerbLike(prev) && !AUX.has(prev.lower))
  );
}

/** A capitalised word inside a sentence that spells an auxiliary is a name: "…, Will described". */
export function isNameMidSentence(t: readonly Token[], i: number): boolean {
  const prev = t[i - 1];
  return isCapitalised(t[i]) && prev !== undefined && prev.sentence === t[i].sentence;
}

/** Word that may stand inside a subject phrase. */
function inPhrase(t: readonly Token[], i: number): boolean {
  const w = t[i];
  if (w.kind === "punct") {
    if (NAME_JOINERS.has(w.text)) return true;
    // "Gov.", "U.S.", "F.B.I.": the period of an abbreviation
    const prev = t[i - 1];
    return (
      w.text === "." &&
      i > 0 &&
      prev.end === w.start &&
      prev.kind === "word" &&
      (prev.text.length <= 4 || isDottedInitials(prev.text)) &&
      isCapitalised(prev)
    );
  }
  if (w.kind !== "word") return false;
  if (isCapitalised(w))
    return !(
      SUB.has(w.lower) ||
      CONJ.has(w.lower) ||
      RELATIVE.has(w.lower) ||
      (ADVERBIAL.has(w.lower) && PREP.has(w.lower))
    );
  if (AUX.has(w.lower) || SUB.has(w.lower) || RELATIVE.has(w.lower) || isVerbLike(w) || isAdverb(w)) return false;
  if (w.lower.endsWith("ing") && i > 0 && AUX.has(t[i - 1].lower)) return false; // "was thinking"
  if (CONJ.has(w.lower))
    return w.lower === "and" && i > 0 && isCapitalised(t[i - 1]) && i + 1 < t.length && isCapitalised(t[i + 1]);
  if (cueAt(t, i)) return false;
  return true;
}

/**
 * The subject phrase right before token `hi` (a cue), not reaching before `lo`: [from, to), with any
 * apposition, or null.
 */
export function nounPhraseBefore(t: readonly Token[], lo: number, hi: number): [number, number] | null {
  let b = trimToSubject(t, lo, hi);
  if (b <= lo) return null;
  let end = b;
  // "Smith, a Democrat, said" / "Jones — a teacher — says": keep the apposition, find the name before it
  // "Ruiz -- who chairs the board -- said": a dash typed as spaced hyphens is a dash
  const hyphens = hyphenDashBefore(t, lo, b);
  if (hyphens !== null) {
    // the aside is left out of the source: it is a relative clause or a remark, not an apposition
    end = hyphens;
    b = hyphens;
  }
  const last = t[b - 1];
  if (hyphens === null && (last.text === "," || last.text === "—" || last.text === "–")) {
    let c = b - 2;
    while (c >= lo && b - c <= MAX_APPOSITION && t[c].text !== last.text && t[c].kind !== "quote") c--;
    if (c < lo || t[c].text !== last.text) return null; // a leading adverbial: "In other words, said"
    // "after the vote, Gov. Ana Ruiz, said": a name set off by a stray comma is the subject
    if (isCapitalised(t[c + 1]) && t[c - 1]?.kind === "word" && !isCapitalised(t[c - 1]) && !DET.has(t[c + 1].lower)) {
      return [c + 1, b - 1];
    }
    end = b - 1;
    b = c;
    if (b <= lo) return null; // nothing before the apposition: " — … — said"
    // "Ruiz, meanwhile, who has no seat, said": a discourse word set off by commas is not the subject
    if (b - 2 > lo && DISCOURSE.has(t[b - 1].lower) && t[b - 2].text === "," && !isCapitalised(t[b - 1])) b -= 2;
  }
  // a relative pronoun right before the cue is the source itself: "Smith, who said"
  // and so is one before an aside of its own: "Smith, who, after the vote, said"
  if (RELATIVE.has(t[b - 1].lower) && t[b - 1].lower !== "that") {
    return end === b || t[b - 2]?.text === "," ? [b - 1, b] : null;
  }
  if (t[b - 1].lower === "that") b--;
  if (b > lo && t[b - 1].text === ")") {
    let c = b - 1;
    while (c > lo && t[c].text !== "(" && b - c < 12) c--;
    if (t[c].text === "(") b = c;
  }
  if (b <= lo) return null;
  if (isSubjectPronoun(t[b - 1])) return [b - 1, end];
  let a = b;
  while (a > lo && b - a < MAX_PHRASE && inPhrase(t, a - 1)) a--;
  // a phrase starts with a word, not with a preposition left over from a longer walk
  while (a < b && (t[a].kind === "punct" || PREP.has(t[a].lower) || CONJ.has(t[a].lower) || PARTICLE.has(t[a].lower)))
    a++;
  if (a >= b) return null;
  a = afterOpeningPhrase(t, a, b);
  // "Ruiz, in a long speech, then spoke …": a phrase after a comma and its preposition is an aside, not
  // the subject
  if (a - 2 >= lo && t[a - 1].kind === "word" && PREP.has(t[a - 1].lower) && t[a - 2].text === ",") {
    if (!/^(of|for)$/.test(t[a - 1].lower)) return null;
  }
  if (/^(it|there)$/.test(t[a].lower)) return null;
  // "At least four senators say": the preposition of "at least" / "at most" counts the subject
  if (a > lo && /^(least|most)$/.test(t[a].lower) && t[a - 1].lower === "at") a--;
  return [a, end];
}

/** A spaced hyphen or double hyphen: "Ruiz - who …". */
function isHyphenDash(t: readonly Token[], i: number): boolean {
  const prev = t[i - 1];
  return t[i]?.text === "-" && prev !== undefined && prev.end < t[i].start;
}

/**
 * An aside set off by spaced hyphens ("X - who … - said", "X -- who … -- said") ending right before `b`:
 * where the aside's opening dash starts, or null.
 */
function hyphenDashBefore(t: readonly Token[], lo: number, b: number): number | null {
  let close = b - 1;
  if (t[close]?.text !== "-") return null;
  if (t[close - 1]?.text === "-" && t[close - 1].end === t[close].start) close--;
  if (!isHyphenDash(t, close)) return null;
  for (let c = close - 1; c > lo && close - c <= MAX_APPOSITION; c--) {
    if (t[c].kind === "quote" || t[c].text === "," || t[c].sentence !== t[close].sentence) return null;
    if (isHyphenDash(t, c)) return c - 1 > lo ? c : null;
  }
  return null;
}

/** Offset of the first comma in [from, to) within `reach` tokens, or -1. */
function nextComma(t: readonly Token[], from: number, to: number, reach: number): number {
  for (let i = from; i < to && i - from < reach; i++) {
    if (t[i].text === "," || DASHES.has(t[i].text)) return i;
    if (t[i].text === ";" || t[i].text === ":") return -1;
    // a quote that ends in a comma ends the phrase with it: At an event billed as "X," Ruiz said
    if (t[i].kind === "quote" && /,\s*$/.test(t[i].text)) return i;
  }
  return -1;
}

/** A lower-case -s word followed by an object reads as a present-tense verb: "The ad targets a …". */
export function isPresentVerb(t: readonly Token[], b: number): boolean {
  const w = t[b];
  if (w.kind !== "word" || isCapitalised(w) || !/[^su']s$/.test(w.lower)) return false;
  const next = t[b + 1];
  return (
    next !== undefined &&
    (next.kind === "quote" ||
      next.text === ":" ||
      DET.has(next.lower) ||
      next.lower === "that" ||
      PREP.has(next.lower) ||
      PARTICLE.has(next.lower) ||
      isSubjectPronoun(next))
  );
}

/** Words that open a verb's object or clause: "devotes much of", "forecast that", "seek to". */
const OBJECT_OPENERS = new Set([
  ...DET,
  ...Object.keys(POSSESSIVE_PRONOUNS),
  ...DEGREE_WORDS,
  ...OBJECT_PRONOUN_WORDS,
  "that",
  "to",
]);
/** Quantifiers that stand alone as a plural subject: "Some seek to …", "Many fear that …". */
const QUANTIFIERS = new Set(STANDALONE_QUANTIFIERS);
/** Verbs that take a clause ("forecast that …"), as base forms; an irregular past spells some the same. */
const CLAUSE_VERBS = new Set(REPORTING.en.gapClauseLemmas);

/**
 * The lower-case word at `b` is the finite verb after the subject [a, b), though no list of verbs holds it:
 * - after a name with no determiner ("Mrs. Clinton devotes much of …", "Mr. Putin forecast that …"): an
 *   -s form, or a clause verb before "that", with an object after it;
 * - after a quantifier standing alone ("Some seek to …"): a form without -s (a plural noun has one) with an
 *   object after it.
 * "Mr. Putin's aides", "Clinton aides say" and "Some officials" stay one phrase: no object follows.
 */
function finiteAfterSubject(t: readonly Token[], a: number, b: number): boolean {
  const w = t[b];
  const next = t[b + 1];
  if (w.kind !== "word" || w.text !== w.lower || next === undefined || next.kind !== "word") return false;
  if (!OBJECT_OPENERS.has(next.lower) || next.text !== next.lower) return false;
  const prev = t[b - 1];
  if (!DET.has(t[a].lower) && prev.kind === "word" && isCapitalised(prev) && !/['’]s?$/.test(prev.text)) {
    return /[^su'’]s$/.test(w.lower) ? next.lower !== "to" : CLAUSE_VERBS.has(w.lower) && next.lower === "that";
  }
  // ("One of the men", "All of the candidates": a preposition, not a verb; "One area that": a count)
  if (b !== a + 1 || !QUANTIFIERS.has(t[a].lower) || !isCapitalised(t[a])) return false;
  return !w.lower.endsWith("s") && !OPENING_PREP.has(w.lower) && !DET.has(w.lower) && !SUB.has(w.lower);
}

/** A dateline before a dash: "WASHINGTON (AP) —", "DECATUR, Ill. —". */
function skipDateline(t: readonly Token[], lo: number, hi: number): number {
  let caps = false;
  for (let i = lo; i < hi && i - lo < 14; i++) {
    const w = t[i];
    if (w.text === "—" || w.text === "–" || (w.text === "-" && i > lo && t[i - 1].end < w.start))
      return caps ? i + 1 : lo;
    if (w.kind === "word") {
      if (!isCapitalised(w) && !/^\d+$/.test(w.text)) return lo;
      if (w.text.length >= 3 && w.text === w.text.toUpperCase() && /[A-Z]/.test(w.text)) caps = true;
    } else if (!/^[(),.]$/.test(w.text)) return lo;
    if (w.text === "(") caps = true;
  }
  return lo;
}

/** The word opens an adverbial phrase that runs to a comma. */
function opensAdverbial(t: readonly Token[], a: number, hi: number): boolean {
  const w = t[a];
  if (w.kind !== "word") return false;
  if (ADVERBIAL.has(w.lower) || isAdverb(w)) return true;
  // "Speaking to reporters,"; but "Harding said", "Fielding, …" where the story names Fielding mid-sentence
  if (isCapitalised(w) && w.lower.endsWith("ing") && !isSubjectPronoun(w) && !ingName(t, a)) return true;
  // "Reached by phone,", "Asked about it,"
  if (isCapitalised(w) && w.lower.endsWith("ed") && t[a + 1] !== undefined && PREP.has(t[a + 1].lower)) return true;
  // "A month later,", "Hours after the vote,"; not a clause: "He spoke on Tuesday,"
  const c = nextComma(t, a, hi, 6);
  if (c <= a || !isTime(t[c - 1])) return false;
  for (let i = a; i < c; i++) if (isSubjectPronoun(t[i]) || isVerbLike(t[i]) || cueAt(t, i)) return false;
  return true;
}

/**
 * A capitalised -ing word that is a name, not an opening participle: a cue follows it ("Harding
 * said"), or the paragraph writes it capitalised inside a sentence ("… Tom Harding"). Any other verb
 * after it leaves a gerund subject ("Fundraising was slow, he said") as it was.
 */
function ingName(t: readonly Token[], a: number): boolean {
  const next = t[a + 1];
  if (next?.kind === "word" && cueAt(t, a + 1)) return true;
  // a bounded window keeps a paragraph of many such words linear
  for (let i = Math.max(1, a - 200), end = Math.min(t.length, a + 200); i < end; i++) {
    if (i === a || t[i].kind !== "word" || t[i].text !== t[a].text) continue;
    const prev = t[i - 1];
    if (prev.kind === "word" || prev.text === ",") return true;
  }
  return false;
}

/** A short aside between commas after an adverbial: a place, a time, or a relative clause. */
function isAside(t: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  if (RELATIVE.has(t[from].lower)) return true;
  if (to - from > 5) return false;
  for (let i = from; i < to; i++) {
    const w = t[i];
    if (
      w.kind === "punct"
        ? w.text !== "."
        : !(isCapitalised(w) || isTime(w) || /^\d+$/.test(w.text) || /^(on|in|at)$/.test(w.lower))
    )
      return false;
  }
  return true;
}

/** The sentence's main subject: its first noun phrase, after a dateline and a leading adverbial. */
export function subjectAtStart(t: readonly Token[], lo: number, hi: number, depth = 0): [number, number] | null {
  let a = skipDateline(t, lo, hi);
  // leading words and phrases before the subject: "But", "On Tuesday, even as shares fell,"
  for (let guard = 0; guard < 6 && a < hi; guard++) {
    if (t[a].kind === "word" && DISCOURSE.has(t[a].lower) && !opensAdverbial(t, a, hi)) {
      a++;
      if (a < hi && t[a].text === ",") a++;
      continue;
    }
    if (!opensAdverbial(t, a, hi)) break;
    const c = nextComma(t, a, hi, 25);
    if (c <= a) break;
    a = c + 1;
    const asides = a;
    for (let aside = 0; aside < 4; aside++) {
      const next = nextComma(t, a, hi, 14);
      if (next < 0 || !isAside(t, a, next)) break;
      a = next + 1;
    }
    // "In October, Mr. Paulson, who …, told": what looked like an aside was the subject
    if (a > asides && a < hi && (isVerbLike(t[a]) || cueAt(t, a))) a = asides;
  }
  while (a < hi && (t[a].kind === "punct" || CONJ.has(t[a].lower))) a++;
  if (a >= hi || t[a].kind !== "word") return null;
  if (isSubjectPronoun(t[a])) return /^(it|there)$/.test(t[a].lower) ? null : [a, a + 1];
  if (/^(it|there|this|that|here)(['’]s)?$/.test(t[a].lower)) return null;
  let b = a;
  while (b < hi && b - a < MAX_PHRASE) {
    const w = t[b];
    if (b > a && finiteAfterSubject(t, a, b)) break;
    // "the notes", but "Another notes her …": a determiner that stands alone before a verb is the subject
    const afterDeterminer =
      b === a + 1 && DET.has(t[a].lower) && (BOUND_DET.has(t[a].lower) || !(isPresentVerb(t, b) || isVerbLike(w)));
    if (w.kind === "quote" || (w.kind === "punct" && !inPhrase(t, b))) break;
    if (
      w.kind === "word" &&
      b > a &&
      !afterDeterminer &&
      (!inPhrase(t, b) || BETWEEN.has(w.lower) || isPresentVerb(t, b))
    )
      break;
    if (w.kind === "word" && b > a && PREP.has(w.lower) && !/^(of|for)$/.test(w.lower)) break;
    b++;
  }
  // "Trump last week", "Carter however": the time or adverb after the subject is not part of it
  const end = b > a + 1 ? Math.max(a + 1, trimToSubject(t, a, b)) : b;
  if (b <= a) return null;
  a = afterOpeningPhrase(t, a, end);
  // "The day before, …", "Perhaps not coincidentally, …": an opening phrase the walk above did not
  // know; the subject follows its comma
  if (namesNobody(t, a, end)) {
    const c = depth < 2 ? nextComma(t, b, hi, 2) : -1;
    const after = c > a ? subjectAtStart(t, c + 1, hi, depth + 1) : null;
    if (after) return after;
  }
  return [a, end];
}
