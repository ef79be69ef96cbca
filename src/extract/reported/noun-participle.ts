// A past participle that qualifies the noun after it, not a cue: after a number ("her 20 pledged
// delegates", "five proposed bills"), after "no" ("no reported injuries"), a possessive ("their stated
// aims", "Ruiz's alleged bias") or an adverb after one of those or a preposition ("the mayor's widely
// criticized plan", "of recently announced cuts"). A number is the subject, and the participle a cue,
// when a clause or an object follows it ("Two reported that the pier was safe", "one suggested she
// marry"). Tokens and the participle's position in, a yes or no out.
import { REPORTING } from "../../lexicon/reporting.js";
import { DETERMINERS, LY_NOUNS, POSSESSIVE_PRONOUNS } from "../../lexicon/speaker-words.js";
import { isSubjectPronoun } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";

const NUMBER_WORD = new Set(REPORTING.en.numberWords);
const CONTRACTED = new Set(REPORTING.en.pronounContractions);
const LY_NOUN = new Set(LY_NOUNS);
const BEFORE_ADVERB = new Set(REPORTING.en.adverbParticiplePrepositions);
/** Words that open a clause or an object, never the noun a participle qualifies: "that", "the", "to". */
const NO_NOUN = new Set([...DETERMINERS, ...REPORTING.en.complementizers, "whether", "if", "to"]);

/** "Ruiz's", "the mayor's": a possessive noun, not a contraction ("it's", "he's"). */
function possessiveNoun(w: Token): boolean {
  return /'s$/.test(w.lower) && w.lower.length > 2 && !CONTRACTED.has(w.lower);
}

/** A word after which a participle (and the noun it qualifies) opens a noun phrase. */
function opensNoun(w: Token | undefined): boolean {
  if (w?.kind !== "word") return false;
  // a year is a time, not a count: "in 2008 questioned whether …"
  if (/^\d/.test(w.text)) return !/^\d{4}$/.test(w.text);
  return NUMBER_WORD.has(w.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower) || possessiveNoun(w);
}

/** A count: "two", "43". */
function isNumber(w: Token): boolean {
  return NUMBER_WORD.has(w.lower) || /^\d/.test(w.text);
}

/** An adverb of manner or time before a participle: "widely", "recently", not "family". */
function adverb(w: Token | undefined): boolean {
  return w?.kind === "word" && w.text === w.lower && /ly$/.test(w.lower) && !LY_NOUN.has(w.lower);
}

/** `i`: a cue token; true when it is a participle that qualifies the noun after it. */
export function modifiesNoun(t: readonly Token[], i: number): boolean {
  if (!t[i].lower.endsWith("ed") || t[i + 1]?.kind !== "word") return false;
  // "there were no reported problems"
  if (t[i - 1]?.text === "no") return true;
  if (opensNoun(t[i - 1])) return !(isNumber(t[i - 1]) && (NO_NOUN.has(t[i + 1].lower) || isSubjectPronoun(t[i + 1])));
  if (!adverb(t[i - 1])) return false;
  const before = t[i - 2];
  return opensNoun(before) || (before?.kind === "word" && BEFORE_ADVERB.has(before.lower));
}
