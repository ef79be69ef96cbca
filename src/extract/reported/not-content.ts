// Words that stand where a statement's content would and are not what was said: the words that only
// introduce a quote ("told the crowd: "…"": the quote is the statement, and a fully quoted statement is
// a quote, not reported speech, CONTRACT.md), and a sentence adverb before an attribution set off by
// commas ("And yet, aides say, the plan is dead": what they say follows the attribution). Tokens in,
// a yes or no out. Also the words that only introduce a quoted block in the next paragraph ("said about
// the plan:"), the phrase that opens a sentence before its source ("In a speech last July, he said"),
// a short setting with no verb ("criticized on social media"), and a subject pronoun cut from its verb
// ("She drew sharp criticism" gave "She").
import { OBJECT_PRONOUNS } from "../../lexicon/quote-context.js";
import { REPORTING } from "../../lexicon/reporting.js";
import {
  ADVERBIAL_OPENERS,
  DETERMINERS,
  DISCOURSE_WORDS,
  PERSON_SUBJECT_PRONOUNS,
  PHRASE_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
} from "../../lexicon/speaker-words.js";
import { cueAt } from "../quotes/cues.js";
import { isIngForm, isSubjectPronoun, isTime, isVerbLike } from "../quotes/noun-phrase.js";
import { isCapitalised, type Token } from "../quotes/tokens.js";

/** Most words before the colon or comma: a listener, a place, an occasion, not a sentence of its own. */
const MAX_INTRO = 16;
/** Most words of a sentence adverb: "And yet", "After all", "In addition". */
const MAX_LEAD = 3;
const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
const LEAD_OPENER = new Set([...DISCOURSE_WORDS, ...ADVERBIAL_OPENERS]);
const DISCOURSE = new Set(DISCOURSE_WORDS);
const OPENING = new Set(REPORTING.en.openingPhraseWords);
/** Determiners that open a noun phrase, less the numbers ("back three years later" is a time). */
const DETERMINER = new Set(
  [...DETERMINERS, ...Object.keys(POSSESSIVE_PRONOUNS)].filter((w) => !["one", "two", "three"].includes(w)),
);
const PHRASE_PREPOSITION = new Set([
  ...PHRASE_PREPOSITIONS,
  "of",
  "about",
  "into",
  "onto",
  "toward",
  "towards",
  "than",
]);

/**
 * Tokens [from, to) are an introduction (no verb, no quote) ending in ":" or "," and then one quote, maybe
 * followed by the reporter's clause (`wrote to her followers, "Time to go," and shared a link`).
 */
export function onlyIntroducesQuote(t: readonly Token[], from: number, to: number): boolean {
  let q = from;
  while (q < to && q - from <= MAX_INTRO + 1 && t[q].kind !== "quote") q++;
  if (q >= to) return false;
  // ("…: "We go on" and vowing to …": a cue after the conjunction goes on with the source's statement)
  if (q + 1 < to && (!REPORTER_CLAUSE.has(t[q + 1].lower) || cueAt(t, q + 2) !== null)) return false;
  return introThenQuote(t, from, q + 1);
}

const REPORTER_CLAUSE = new Set([...REPORTING.en.adverbialOpeners, ...REPORTING.en.verbCoordinators]);

/** Tokens [from, to) are an introduction (no verb, no quote) ending in ":" or "," and then one quote. */
function introThenQuote(t: readonly Token[], from: number, to: number): boolean {
  const quote = t[to - 1];
  if (to - from < 3 || to - from - 2 > MAX_INTRO || quote.kind !== "quote") return false;
  // a whole utterance opens with a capital ("…, "our oceans will save us"" goes on with the clause)
  if (!/^\P{L}*\p{Lu}/u.test(quote.text)) return false;
  const mark = t[to - 2].text;
  if (mark !== ":" && mark !== ",") return false;
  for (let k = from; k < to - 2; k++) {
    const w = t[k];
    if (w.kind === "quote" || isVerbLike(w) || isSubjectPronoun(w) || COMPLEMENTIZER.has(w.lower)) return false;
  }
  return true;
}

/**
 * The quote at token `q` follows a colon, or a comma after a clause (a verb or a cue among tokens
 * [from, q - 1)), and opens with a capital: a whole utterance that its own words introduce.
 */
export function introducedQuote(t: readonly Token[], from: number, q: number): boolean {
  const mark = t[q - 1];
  if (q - 1 <= from || t[q].kind !== "quote" || (mark.text !== ":" && mark.text !== ",")) return false;
  if (!/^\P{L}*\p{Lu}/u.test(t[q].text)) return false;
  if (mark.text === ":") return true;
  for (let k = from; k < q - 1; k++) if (isVerbLike(t[k]) || cueAt(t, k)) return true;
  return false;
}

/** Most tokens of an opening phrase read before its sentence's source ("On Friday morning, the third day of …,"). */
const MAX_OPENING = 30;

/**
 * Tokens [from, to) are only the phrase that opens a sentence: a preposition, an adverb or a participle
 * first ("In a speech last July", "Then, last week", "Weighing in on the debate"), and no verb, pronoun
 * subject or quote. Before "Ruiz said" it says when or where she spoke, not what.
 */
export function onlyOpeningPhrase(t: readonly Token[], from: number, to: number): boolean {
  let i = from;
  while (i < to && t[i].kind === "word" && DISCOURSE.has(t[i].lower)) i++;
  if (i >= to || to - from > MAX_OPENING) return false;
  const first = t[i];
  const participle = first.text !== first.lower && first.lower.endsWith("ing");
  if (first.kind !== "word" || (!OPENING.has(first.lower) && !participle)) return false;
  for (let k = i; k < to; k++) {
    const w = t[k];
    if (w.kind === "quote" || isVerbLike(w) || isSubjectPronoun(w) || COMPLEMENTIZER.has(w.lower)) return false;
    // "On Friday the council met": a determiner right after a noun opens a subject, so a clause
    if (k > i && DETERMINER.has(w.lower) && !afterPhraseWord(t[k - 1])) return false;
  }
  return true;
}

/** A word a determiner may follow inside a phrase: a preposition, a participle ("accompanying the"), a comma. */
function afterPhraseWord(w: Token): boolean {
  return w.kind !== "word" || OPENING.has(w.lower) || PHRASE_PREPOSITION.has(w.lower) || w.lower.endsWith("ing");
}

/** Words that open a phrase about the statement, not the statement: "about the plan", "them on it". */
const BLOCK_INTRO_OPENER = new Set([...PHRASE_PREPOSITIONS, "about", ...OBJECT_PRONOUNS]);

/**
 * Tokens [from, to) are a phrase with no verb that opens with a preposition or an object pronoun, and a
 * colon after them ends the paragraph: they introduce what the next paragraph quotes ("said about the
 * plan:", "observing of the mayor:", "called them on it:"), they are not what was said.
 */
export function onlyIntroducesBlock(t: readonly Token[], from: number, to: number): boolean {
  if (to !== t.length - 1 || t[to].text !== ":" || !BLOCK_INTRO_OPENER.has(t[from].lower)) return false;
  for (let k = from; k < to; k++) if (t[k].kind === "quote" || isVerbLike(t[k])) return false;
  return true;
}

/** Fewest words of a quote that opens with a capital to be a sentence of its own, not a name ("Obamacare"). */
const MIN_SENTENCE_WORDS = 4;

/** A quote token that holds a whole sentence: a capital first, and a few words. */
export function quotedSentence(quote: Token): boolean {
  if (quote.kind !== "quote" || !/^\P{L}*\p{Lu}/u.test(quote.text)) return false;
  return (quote.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_SENTENCE_WORDS;
}

/** Tokens [from, to) are only a sentence adverb: a few words, no verb, opening with "and", "after", "in" … */
export function onlyLead(t: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_LEAD || !LEAD_OPENER.has(t[from].lower)) return false;
  for (let k = from; k < to; k++) if (t[k].kind !== "word" || isVerbLike(t[k]) || isSubjectPronoun(t[k])) return false;
  return true;
}

/** Most tokens of a content that only says when or where ("in March", "in New Hampshire", "just today"). */
const MAX_TIME_OR_PLACE = 4;
const PLACE_PREPOSITION = new Set(REPORTING.en.placePrepositions);
const POSITION_WORD = new Set([...REPORTING.en.positionAdverbs, ...REPORTING.en.cueAdverbs]);
const PLACE_NAME_PREPOSITION = new Set(REPORTING.en.placeNamePrepositions);
const NUMBER = /^\d/;

/**
 * Tokens [from, to) only say when or where the cue was spoken: a time or a position word ("mentioned
 * above", "reported just today"), or a place preposition and a time or a year ("fired back in March"),
 * or "in"/"at" and a place's name ("as she put it in Raleigh"). No statement.
 */
export function onlyTimeOrPlace(t: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_TIME_OR_PLACE) return false;
  const preposition = PLACE_PREPOSITION.has(t[from].lower);
  if (preposition && to - from < 2) return false;
  for (let k = preposition ? from + 1 : from; k < to; k++) {
    const w = t[k];
    if (w.kind !== "word") return false;
    if (isTime(w) || POSITION_WORD.has(w.lower)) continue;
    // a year, or a name after "in" or "at" ("endorsed Ruiz", "ripping into Ruiz" name whom the cue is about)
    if (preposition && NUMBER.test(w.text)) continue;
    if (PLACE_NAME_PREPOSITION.has(t[from].lower) && isCapitalised(w)) continue;
    return false;
  }
  return true;
}

/** Most words of a content that is only a setting ("in a lengthy interview on Monday"). */
const MAX_SETTING_WORDS = 7;
const SETTING_OPENER = new Set(REPORTING.en.settingOpeners);

/**
 * Tokens [from, to) are only a setting: a preposition and a few words with no verb and no quote
 * ("criticized on social media", "described in blistering terms", "hinted at that in a news conference
 * Monday"): where or how the cue was spoken, nothing said. `ownPrepositions` are the ones the cue takes
 * for its topic or target ("comment on", "blame on"), which open a content.
 */
export function onlySetting(
  t: readonly Token[],
  from: number,
  to: number,
  ownPrepositions: readonly string[],
): boolean {
  const opener = t[from];
  if (opener.kind !== "word" || !SETTING_OPENER.has(opener.text) || ownPrepositions.includes(opener.text)) return false;
  let words = 0;
  for (let k = from + 1; k < to; k++) {
    const w = t[k];
    if (w.kind === "quote") return false;
    if (w.kind !== "word") continue;
    if (++words > MAX_SETTING_WORDS - 1 || isVerbLike(w) || isIngForm(w)) return false;
  }
  return words > 0;
}

/** Words of a subject cut from its verb: "she", "both he", not a statement. */
const SUBJECT_ONLY = new Set([...PERSON_SUBJECT_PRONOUNS, ...REPORTING.en.listCoordinators, "both"]);

/**
 * Tokens [from, to) hold only a person's subject pronoun, maybe coordinated ("she", "both he"): the subject
 * of a clause whose verb the content lost ("She drew sharp criticism"), nothing said.
 */
export function onlySubjectPronoun(t: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let k = from; k < to; k++) {
    if (t[k].kind !== "word") continue;
    if (!SUBJECT_ONLY.has(t[k].lower)) return false;
    words++;
  }
  return words > 0;
}

/**
 * Tokens [from, to) open on a finite reporting verb ("said the plan would fail"): the verb of the
 * sentence's own subject, after a cue that took no object ("Officials who gained fame when he yelled
 * said …"), so nothing the earlier cue said.
 */
export function opensOnCue(t: readonly Token[], from: number, to: number): boolean {
  const w = t[from];
  if (from >= to || w.kind !== "word" || isCapitalised(w) || isIngForm(w)) return false;
  const next = t[from + 1];
  // ("reiterating calls that …", "cited reports that …": an -s form there is a noun; "replied to suggest":
  // an infinitive)
  if (w.lower.endsWith("s") || t[from - 1]?.lower === "to") return false;
  if (cueAt(t, from) === null || next === undefined || next.kind !== "word") return false;
  // a clause or a noun phrase follows the verb ("said the plan …", "said that …"); "emailed questions"
  // and "published reports" are a participle and its noun
  return next.lower === "that" || DETERMINER.has(next.lower) || isSubjectPronoun(next);
}
