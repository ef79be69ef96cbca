// Quoted stretches that are not quotes: markup attribute values (author="@x"), titles of works
// (the film "Harbor Nights") and scare quotes (the so-called "budget truce").

import { CUE_VERBS } from "../../lexicon/cue-verbs.js";
import {
  LISTING_CONJUNCTIONS,
  MODIFIER_DETERMINERS,
  NAMING_CUE_PAIRS,
  NAMING_CUES,
  NON_NOUNS,
  OBJECT_PRONOUNS,
  TITLE_CUES,
  TITLE_PREPOSITIONS,
  TITLE_SMALL_WORDS,
} from "../../lexicon/quote-context.js";
import { AUXILIARIES, PERFECT_AUXILIARIES, SUBJECT_PRONOUNS } from "../../lexicon/speaker-words.js";
import { cueAt } from "./cues.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { whatNamer } from "./rule-what-called.js";
import { isCapitalised, type Token } from "./tokens.js";

const TITLE_CUE = new Set(TITLE_CUES);
const NAMING_CUE = new Set(NAMING_CUES);
const NAMING_PAIR = new Set(NAMING_CUE_PAIRS);
const SMALL = new Set(TITLE_SMALL_WORDS);
const DETERMINER = new Set(MODIFIER_DETERMINERS);
const FUNCTION = new Set(NON_NOUNS);
const PREPOSITION = new Set(TITLE_PREPOSITIONS);
const PRONOUN = new Set(OBJECT_PRONOUNS);
/** "told "Morning Desk,"": what a form of "tell" takes right after it is its listener, a programme's name. */
const TELL = new Set(CUE_VERBS.tell);
const PERFECT = new Set(PERFECT_AUXILIARIES);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
/** Longest stretch a title or scare quote can be; longer ones are never dropped by these rules. */
const MAX_TITLE_CHARS = 200;
/** Most words a bare term holds (see isBareTerm). */
const MAX_TERM_WORDS = 3;

/** An attribute value or a stretch holding tags. */
export function isMarkup(p: Paragraph, stretch: number): boolean {
  const s = p.stretches[stretch];
  if (s.open > 0 && p.text.charCodeAt(s.open - 1) === 0x3d) return true; // =
  for (let i = s.start; i < s.end; i++) {
    const c = p.text.charCodeAt(i);
    if (c === 0x3c || c === 0x3e) return true; // < >
  }
  return false;
}

/** Content ends like speech: sentence or clause punctuation before the closing mark. */
export function endsWithPunctuation(content: string): boolean {
  let end = content.length;
  while (end > 0 && /[\s'’)\]"”]/.test(content[end - 1])) end--;
  return end > 0 && /[.?!,…:;—–-]/.test(content[end - 1]);
}

/** A reporting cue stands in the quote's sentence outside all quotes, or a colon introduces it. */
export function cueInSentence(p: Paragraph, k: number): boolean {
  if (p.tokens[k - 1]?.text === ":") return true;
  const [start, end] = sentenceOf(p, k);
  for (let i = Math.max(start, k - 60); i < Math.min(end, k + 60); i++) if (cueAt(p.tokens, i)) return true;
  return false;
}

/** The words right before a quote's opening mark (over a comma: her film, "Harbor Nights."). */
interface LeadIn {
  prev: Token | undefined;
  prev2: Token | undefined;
  /** The word before, lower-cased ("" when it is no word), and the two words before ("known as"). */
  lead: string;
  pair: string;
}

function leadIn(p: Paragraph, k: number): LeadIn {
  const skip = p.tokens[k - 1]?.text === "," ? 1 : 0;
  const prev = p.tokens[k - 1 - skip];
  const prev2 = p.tokens[k - 2 - skip];
  const lead = prev?.kind === "word" ? prev.lower : "";
  const pair = prev2?.kind === "word" ? `${prev2.lower} ${lead}` : "";
  return { prev, prev2, lead, pair };
}

/**
 * Words a naming phrase introduces: the slogan "…", a memo titled "…", a site called "…", known as "…".
 * The annotators count them as quoted, title-like or not, and credit them to a speaker only when a cue
 * does ("he called it "…"" names with "called him", not "a site called").
 */
export function isNamed(p: Paragraph, k: number): boolean {
  if (p.tokens[k].text.length > MAX_TITLE_CHARS) return false;
  const { prev2, lead, pair } = leadIn(p, k);
  if (pair === "so called") return false;
  if (NAMING_CUE.has(lead) || NAMING_PAIR.has(pair)) return true;
  // "a website called "…"", "the show was named "…"": a thing named, not a person quoted (unlike "he
  // called it "…"" or "she has dubbed him "…"")
  return (
    NAMING_VERB.test(lead) &&
    whatNamer(p, k) === null &&
    prev2?.kind === "word" &&
    /^\p{Ll}/u.test(prev2.text) &&
    !PRONOUN.has(prev2.lower) &&
    !(prev2.lower in SUBJECT_PRONOUNS) &&
    !PERFECT.has(prev2.lower)
  );
}
const NAMING_VERB = /^(called|named|dubbed)$/;

const AUXILIARY = new Set(AUXILIARIES);

/**
 * The naming words of a named quote follow its sentence's subject (`[from, to)`) with nothing but a comma
 * or auxiliaries between: the subject is the thing or person named ("The ad, entitled "…"", "she is
 * nicknamed "…""), not the one who names it.
 */
export function namesItsSubject(p: Paragraph, k: number, to: number): boolean {
  const skip = p.tokens[k - 1]?.text === "," ? 1 : 0;
  const { pair } = leadIn(p, k);
  let i = k - 1 - skip - (NAMING_PAIR.has(pair) ? 2 : 1);
  while (i >= to && (p.tokens[i].text === "," || AUXILIARY.has(p.tokens[i].lower))) i--;
  return i === to - 1;
}

/**
 * A title or a scare quote (a named quote is neither: see isNamed). `hasCue`: a cue stands anywhere in the
 * quote's sentence; `ownCue`: the quote's own attribution has one. A short quote modifying a noun (the
 * "establishment" candidate) is a scare quote unless its own attribution has a cue: a cue elsewhere in the
 * sentence ("employees who signed a "dissent" memo have pressed …") is no one's for it.
 */
export function isTitleOrScare(p: Paragraph, k: number, hasCue: boolean, ownCue = hasCue): boolean {
  const content = p.tokens[k].text;
  if (content.length > MAX_TITLE_CHARS) return false;
  const words = content.match(WORD) ?? [];
  const { prev, lead, pair } = leadIn(p, k);
  // a nickname in brackets after a name is the namer's word, not a title: Lund ("Iron Anna")
  if (isNickname(p, k)) return false;
  const end = finalMark(content);
  // a quote that is a sentence of its own goes on with speech: …said Horn. "Not the mayor."
  if (SENTENCE_END.test(end) && opensSentence(p, k) && closesSentence(p, k)) return false;
  // a title keeps the sentence's comma inside the marks ("The Apprentice," he said), or ends it
  const labelled = TITLE_CUE.has(lead);
  // …and a one-word title after its label ends it too (her film, "Riptide.")
  const speechEnd = end !== "" && end !== "," && !(end === "." && (words.length >= 2 || labelled));
  if (end !== "" && !isTitleCase(words)) return false;
  if (lead === "so-called" || pair === "so called") return !speechEnd;
  // a capitalised name after a possessive or a preposition: the network's "Morning Desk", on "Face the Week"
  const possessive = prev?.kind === "word" && /['’]s?$/.test(prev.text) && /['’]/.test(prev.text);
  const titled = labelled || possessive || PREPOSITION.has(lead) || (prev === p.tokens[k - 1] && TELL.has(lead));
  if (!speechEnd && words.length <= 8 && isTitleCase(words) && (titled || !hasCue)) return true;
  if (end !== "" || words.length > 3) return false;
  if (modifiesNoun(p, k) && !ownCue) return true;
  if (hasCue) return false;
  return labelled;
}

/**
 * A few quoted words that end without punctuation, neither inside the marks nor right after them: in a
 * sentence that names no source of its own, a term the writer holds at a distance (a "reset", the "red
 * line" talks), which the annotators credit to nobody. Speech ends like a clause ("a "reset,"" or "…"reset.").
 */
export function isBareTerm(p: Paragraph, k: number): boolean {
  const content = p.tokens[k].text;
  if (content.length > MAX_TITLE_CHARS || finalMark(content) !== "") return false;
  const next = p.tokens[k + 1];
  if (next?.kind === "punct" && CLAUSE_MARK.test(next.text)) return false;
  return (content.match(WORD) ?? []).length <= MAX_TERM_WORDS;
}
const CLAUSE_MARK = /^[.?!,…:;]$/;

/**
 * The quote token a quote is coordinated with ("rapists" and "thieves", "fair," "open" or "free"), or -1:
 * a term listed with a quote is read as that quote is.
 */
export function coordinatedWith(p: Paragraph, k: number): number {
  const conjunction = p.tokens[k - 1];
  if (conjunction?.kind !== "word" || !LISTING.has(conjunction.lower)) return -1;
  const j = p.tokens[k - 2]?.text === "," ? k - 3 : k - 2;
  return p.tokens[j]?.kind === "quote" ? j : -1;
}
const LISTING = new Set(LISTING_CONJUNCTIONS);

const SENTENCE_END = /^[.?!]$/;

/** Nothing stands before the quote in its sentence. */
function opensSentence(p: Paragraph, k: number): boolean {
  const before = p.tokens[k - 1];
  return before === undefined || (before.kind === "punct" && SENTENCE_END.test(before.text));
}

/** Nothing follows the quote in its sentence: the paragraph ends, or a new sentence starts. */
function closesSentence(p: Paragraph, k: number): boolean {
  const after = p.tokens[k + 1];
  return after === undefined || isCapitalised(after);
}

/** A quote in brackets right after a name: Lund ("Iron Anna"). */
function isNickname(p: Paragraph, k: number): boolean {
  const name = p.tokens[k - 2];
  return p.tokens[k - 1]?.text === "(" && p.tokens[k + 1]?.text === ")" && isCapitalised(name);
}

/**
 * A short quote used as a modifier between a determiner (or a determiner and a lower-case adjective) and
 * its noun: the "establishment" candidate, a federal "supermax" prison.
 */
function modifiesNoun(p: Paragraph, k: number): boolean {
  const before = p.tokens[k - 1];
  const after = p.tokens[k + 1];
  if (before?.kind !== "word" || !after || after.kind !== "word") return false;
  const before2 = p.tokens[k - 2];
  // not a clause's pronoun subject: "a report that he "fabricated" the story"
  const adjective =
    /^\p{Ll}[\p{Ll}-]*$/u.test(before.text) &&
    !FUNCTION.has(before.lower) &&
    !(before.lower in SUBJECT_PRONOUNS) &&
    before2?.kind === "word";
  const determined =
    DETERMINER.has(before.lower) || /['’]s$/.test(before.text) || (adjective && DETERMINER.has(before2.lower));
  return determined && /^\p{Ll}[\p{Ll}-]*$/u.test(after.text) && !FUNCTION.has(after.lower);
}

/** The punctuation that ends the content, if any ("" when it ends in a word). */
function finalMark(content: string): string {
  let end = content.length;
  while (end > 0 && /[\s'’)\]"”]/.test(content[end - 1])) end--;
  const c = content.charAt(end - 1);
  return /[.?!,…:;—–-]/.test(c) ? c : "";
}

function isTitleCase(words: readonly string[]): boolean {
  let letters = 0;
  for (const [i, w] of words.entries()) {
    if (!/\p{L}/u.test(w)) continue;
    letters++;
    if (i > 0 && SMALL.has(w.toLowerCase())) continue;
    if (w[0] === w[0].toLowerCase() && !/^\d/.test(w)) return false;
  }
  return letters > 0;
}
