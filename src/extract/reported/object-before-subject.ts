// The object of a cue that stands before the cue's own subject, with no relative pronoun between them
// ("nine outrageous things the candidate had said", "a probe the agency said was ongoing"): the source
// phrase read before the cue holds both noun phrases, and only the second one is the source. In: the
// tokens, the source phrase's range and the cue's first token; out: where the source starts.
import { NOUN_LIKE_CUE_FORMS } from "../../lexicon/cue-verbs.js";
import {
  ARTICLES,
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  NOUN_PREPOSITIONS,
  PATH_PREPOSITIONS,
  PHRASE_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  PREDETERMINERS,
  TIME_PREPOSITIONS,
} from "../../lexicon/speaker-words.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { isAdverb, isIngForm, isVerbLike } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";

/** Words that open the cue's subject after the object's noun: an article or a possessive ("the", "her"). */
const OPENS_SUBJECT = new Set([...ARTICLES, ...Object.keys(POSSESSIVE_PRONOUNS)]);
/** Words that may stand right before an article inside one noun phrase or before it ("all the", "half
 * a", "along the", "them the"): no noun of an object. */
const BEFORE_ARTICLE = new Set([
  ...STOPWORDS.en,
  ...DETERMINERS,
  ...PREDETERMINERS,
  ...PHRASE_PREPOSITIONS,
  ...NOUN_PREPOSITIONS,
  ...PLACE_PREPOSITIONS,
  ...PATH_PREPOSITIONS,
  ...TIME_PREPOSITIONS,
  ...CONJUNCTIONS,
]);
/** Cue forms that are also nouns ("his recent call", "a previous pledge"): no verb after a subject. */
const NOUN_LIKE = new Set(NOUN_LIKE_CUE_FORMS);
const AUXILIARY = new Set(AUXILIARIES);
const CONJUNCTION = new Set(CONJUNCTIONS);
/** Most tokens of the object before the subject ("nine particularly outrageous things"). */
const MAX_OBJECT = 6;

/** A word inside a plain noun phrase: lower case, no verb or participle, no function word. */
function plainWord(w: Token): boolean {
  return w.kind === "word" && w.text === w.lower && !isVerbLike(w) && !isIngForm(w) && !BEFORE_ARTICLE.has(w.lower);
}

/**
 * The source phrase [from, to), right before the cue at `cue` (maybe after auxiliaries: "had said"), is a
 * plain noun phrase and then a second one that an article or a possessive opens: that second phrase's
 * first token; else `from`. Not before a cue that may be a noun ("a previous pledge"), nor after a phrase
 * with a name or a verb in it ("The State Department withheld a key email").
 */
export function subjectAfterObject(t: readonly Token[], from: number, to: number, cue: number): number {
  const w = t[cue];
  if (w === undefined || NOUN_LIKE.has(w.lower) || isIngForm(w)) return from;
  for (let k = to; k < cue; k++) if (!AUXILIARY.has(t[k].lower)) return from;
  for (let k = from + 1; k < to - 1 && k - from <= MAX_OBJECT; k++) {
    // (an article in lower case: "l A plurality of …" holds a stray mark, no object)
    if (!OPENS_SUBJECT.has(t[k].text)) {
      if (!plainWord(t[k])) return from;
      continue;
    }
    if (!plainWord(t[k - 1]) || isAdverb(t[k - 1])) return from;
    for (let j = k + 1; j < to; j++)
      if (t[j].kind !== "word" || isVerbLike(t[j]) || CONJUNCTION.has(t[j].lower)) return from;
    return k;
  }
  return from;
}
