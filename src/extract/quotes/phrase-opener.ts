// Where a source phrase opens and ends as a noun phrase. The subject finders walk back from a cue
// over words that may belong to a noun phrase, and now and then start on a word that cannot open
// one: a sentence adverb ("Now Bloomberg says"), an inverted cue ("Said Dorothy Vance, …"), a
// preposition ("At the bottom it reads"), a subordinator ("As they say"), a finite verb ("came
// shouts from the crowd"), a participle with its object ("Rattling off a list"), a word that is
// never a source ("Nothing", "Specifically"); or stop on a word the phrase dangles on ("their
// chants of"). Token runs flow in; the index where the noun phrase starts flows out (past a
// discourse word or an inverted cue), or -1 when the run names nobody, and the index where it ends.
import {
  ADVERBIAL_OPENERS,
  ARTICLES,
  CONJUNCTIONS,
  DETERMINERS,
  DISCOURSE_WORDS,
  EVERYONE_WORDS,
  NON_SOURCE_OPENERS,
  NOT_SOURCES,
  NOUN_PREPOSITIONS,
  OPENING_CUES,
  PARTICLES,
  PHRASE_PREPOSITIONS,
  PLACE_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  REPORTED_PARTICIPLES,
  SUBORDINATORS,
  TIME_PREPOSITIONS,
  TIME_QUANTITY_WORDS,
  TIME_WORDS,
} from "../../lexicon/speaker-words.js";
import { isAdverb, isIngForm, isVerbLike } from "./noun-phrase.js";
import { isCapitalised, type Token } from "./tokens.js";

const DISCOURSE = new Set(DISCOURSE_WORDS);
/** Never a source's first word; the articles and demonstratives of that list open noun phrases. */
const NEVER = new Set(NOT_SOURCES.filter((w) => !DETERMINERS.includes(w)));
/**
 * Prepositions that open no source. "about" counts one ("about half of voters"), and "by" ends a
 * source cut short whose last noun still names it ("families of those affected by mass shootings").
 */
const PREPOSITION = new Set(
  [...NOUN_PREPOSITIONS, ...NON_SOURCE_OPENERS, "amid", "via", "upon"].filter(
    (w) => w !== "about" && w !== "by" && w !== "that" && w !== "such",
  ),
);
const SUBORDINATOR = new Set(SUBORDINATORS);
const DETERMINER = new Set(DETERMINERS);
const EVERYONE = new Set(EVERYONE_WORDS);
/** Words after which a participle reads as a verb taking its object ("Rattling off a list", "holding the sign"). */
const OBJECT_OPENERS = new Set([...DETERMINERS, ...Object.keys(POSSESSIVE_PRONOUNS), ...PARTICLES]);
const INVERTED_CUES = new Set(OPENING_CUES);
/** Cue forms that are never a source's first word in lower case ("said", "reported"). */
const CUE_FORMS = new Set([...OPENING_CUES, ...REPORTED_PARTICIPLES]);
/** Words that count what follows them: a determiner after them is no object ("all the staff"). */
const COUNTING = new Set([...DETERMINERS, ...TIME_QUANTITY_WORDS, "half", "none", "not"]);
/** Prepositions and time words, which take a noun phrase after them too ("by the donor club", "decades"). */
const PHRASE_HEADS = new Set([
  ...NOUN_PREPOSITIONS,
  ...PLACE_PREPOSITIONS,
  ...TIME_PREPOSITIONS,
  ...PHRASE_PREPOSITIONS,
  ...TIME_WORDS,
  ...ADVERBIAL_OPENERS,
]);

/** Index in `words` where the source's noun phrase opens, or -1 when the phrase names nobody. */
export function nounPhraseStart(words: readonly Token[]): number {
  let i = 0;
  while (
    i < words.length - 1 &&
    words[i].kind === "word" &&
    (DISCOURSE.has(words[i].lower) || (INVERTED_CUES.has(words[i].lower) && isCapitalised(words[i])))
  )
    i++;
  const w = words[i];
  if (w.kind !== "word") return i;
  const next = words[i + 1];
  const lower = !isCapitalised(w);
  if (NEVER.has(w.lower) || SUBORDINATOR.has(w.lower)) return -1;
  // "not bring himself to utter"; "Not everyone", "not all of them" count a source
  if (w.lower === "not" && !(next && (DETERMINER.has(next.lower) || EVERYONE.has(next.lower)))) return -1;
  // a one-word discourse word or adverb left over ("later", "otherwise", "simply")
  if (lower && !next && (DISCOURSE.has(w.lower) || isAdverb(w))) return -1;
  if (PREPOSITION.has(w.lower)) {
    // "From said": a capitalised one-word preposition is a name; "About four in 10 voters" a count
    if (!lower && !next) return i;
    if (next && /^\d/.test(next.text)) return i;
    if (lower || OBJECT_OPENERS.has(next.lower)) return -1;
  }
  // a finite verb ("came", "is bleak", "said"); a participle before a name modifies it ("hacked Party documents")
  if (lower && (isVerbLike(w) || CUE_FORMS.has(w.lower)) && !(w.lower.endsWith("ed") && isCapitalised(next))) return -1;
  // a lower-case word with an object after it is a verb ("run the gamut", "mirrors a tweet"), unless
  // it counts ("all the staff", "half the voters")
  if (
    lower &&
    next !== undefined &&
    OBJECT_OPENERS.has(next.lower) &&
    !COUNTING.has(w.lower) &&
    !PHRASE_HEADS.has(w.lower)
  )
    return -1;
  // a participle alone in lower case, or with its object ("holding the sign", "Rattling off a list")
  if (isIngForm(w) && ((lower && !next) || (next !== undefined && OBJECT_OPENERS.has(next.lower)))) return -1;
  return i;
}

/** Lower-case words that never end a noun phrase: what the phrase leads on to was cut off ("their chants of", "the notion of a"). */
const DANGLING = new Set([...NOUN_PREPOSITIONS, ...ARTICLES, ...CONJUNCTIONS, "such"]);

/** Where a source phrase ends once the function words it dangles on are dropped ("their chants of" → "their chants"). */
export function nounPhraseEnd(words: readonly Token[], from: number): number {
  let end = words.length;
  while (
    end - 1 > from &&
    words[end - 1].kind === "word" &&
    !isCapitalised(words[end - 1]) &&
    DANGLING.has(words[end - 1].lower)
  )
    end--;
  // "a panel of the Court of Appeals for the": a name left at the end would read as the speaker
  return isCapitalised(words[end - 1]) ? words.length : end;
}
