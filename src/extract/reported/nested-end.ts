// Where the content of a cue-first statement ends when a second statement with its own source and cue
// is joined to it: "Ruiz said the pier was safe as the union's leader said it was not", "… and the
// union's leader, Tom Varga, told reporters …", "… while Varga insisted …", the same source's "…
// before claiming …", or set off by a comma as a phrase whose relative has its own cue ("…, double the
// number who said the same"). Tokens and the content's range -> where the content ends (the second
// statement is read on its own).
import { REPORTING } from "../../lexicon/reporting.js";
import {
  AUXILIARIES,
  DETERMINERS,
  POSSESSIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  SUBJECT_RELATIVES,
} from "../../lexicon/speaker-words.js";
import { cueAt, cueLemma } from "../quotes/cues.js";
import { isSubjectPronoun, isVerbLike } from "../quotes/noun-phrase.js";
import { DASH_TOKENS, isCapitalised, NAME_MARKS, type Token } from "../quotes/tokens.js";
import { isCueAdverb } from "./cue-adverb.js";

const EN = REPORTING.en;
/** Words that join a second clause: "and", "but", "while", "whereas", "though", "as". */
const JOINER = new Set([...EN.contrasts, "and", "as"]);
const DETERMINER = new Set(DETERMINERS);
const AUXILIARY = new Set(AUXILIARIES);
const NOT_SPEECH = new Set(EN.notSpeech);
const NOT_IN_SUBJECT = new Set([...RELATIVE_PRONOUNS, ...EN.complementizers, ...JOINER, ...EN.verbPhraseOpeners]);
/** Most words of the second statement's subject ("the union's chief negotiator"). */
const MAX_SUBJECT = 6;
/** Most tokens of an aside set off by commas after that subject (", Tom Varga,"). */
const MAX_ASIDE = 6;
/** Most auxiliaries and adverbs between the subject and its cue ("has repeatedly said"). */
const MAX_AUXILIARIES = 3;
const COMPARISON = new Set(EN.comparisonBeforeAs);
const SPEECH_PARTICIPLE_JOINER = new Set(EN.speechParticipleJoiners);

/** At `i` "while", "before" or "after" and an -ing cue of speech: the same source's next statement ("before claiming …"). */
function opensSpeechParticiple(t: readonly Token[], i: number, end: number): boolean {
  if (!SPEECH_PARTICIPLE_JOINER.has(t[i].lower)) return false;
  const cue = cueAt(t, i + 1);
  if (!cue?.ing || cue.weak || cue.sourceAfter || NOT_SPEECH.has(cueLemma(t[i + 1].lower) ?? "")) return false;
  return cue.to < end && t[cue.to].kind !== "punct";
}

/** A word that may open the subject of the second statement: a name, a determiner, a pronoun, a number. */
function opensSubject(w: Token | undefined): boolean {
  if (w?.kind !== "word" || isVerbLike(w) || NOT_IN_SUBJECT.has(w.lower)) return false;
  return (
    isCapitalised(w) ||
    DETERMINER.has(w.lower) ||
    Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower) ||
    isSubjectPronoun(w) ||
    /^\d/.test(w.text)
  );
}

/** The index past a short aside set off by commas at `i` (", Tom Varga,"), or -1. */
function asideEnd(t: readonly Token[], i: number, end: number): number {
  if (t[i]?.text !== ",") return -1;
  for (let k = i + 1; k < end && k - i <= MAX_ASIDE + 1; k++) {
    const w = t[k];
    if (w.text === ",") return k > i + 1 ? k + 1 : -1;
    if (w.kind !== "word" ? !NAME_MARKS.has(w.text) : isVerbLike(w) || NOT_IN_SUBJECT.has(w.lower)) return -1;
  }
  return -1;
}

/** Past up to MAX_AUXILIARIES auxiliaries and adverbs from `k` ("has repeatedly said"). */
function pastAuxiliaries(t: readonly Token[], k: number, end: number): number {
  for (let n = 0; k < end && n < MAX_AUXILIARIES && (AUXILIARY.has(t[k].lower) || isCueAdverb(t[k])); n++) k++;
  return k;
}

/**
 * At `i` a joining word opens a statement of its own: a subject (maybe with an aside after it), maybe
 * auxiliaries and adverbs, then a cue of speech with words after it. Bounded: at most MAX_SUBJECT +
 * MAX_ASIDE + MAX_AUXILIARIES tokens are read.
 */
function opensStatement(t: readonly Token[], i: number, end: number): boolean {
  let k = i + 1;
  if (!opensSubject(t[k])) return false;
  const pronoun = isSubjectPronoun(t[k]);
  k++;
  // the rest of the subject: words that are no verb, and the marks inside a name
  if (!pronoun)
    for (let words = 1; k < end && words < MAX_SUBJECT; k++) {
      const w = t[k];
      if (w.kind !== "word") {
        if (!NAME_MARKS.has(w.text)) break;
        continue;
      }
      if (isVerbLike(w) || NOT_IN_SUBJECT.has(w.lower) || isSubjectPronoun(w) || cueAt(t, k)) break;
      words++;
    }
  const aside = pronoun ? -1 : asideEnd(t, k, end);
  if (aside > 0) k = aside;
  k = pastAuxiliaries(t, k, end);
  return k < end && speechCueAt(t, k, end, pronoun);
}

/**
 * At `k` a cue of speech with words after it; a bare form only after a pronoun (`pronoun`), an auxiliary or
 * a plural ("as officials say"): "his recent claim that …" is a noun.
 */
function speechCueAt(t: readonly Token[], k: number, end: number, pronoun: boolean): boolean {
  const cue = cueAt(t, k);
  if (!cue || cue.ing || cue.sourceAfter || cue.weak || t[k].lower.endsWith("ing")) return false;
  const lemma = cueLemma(t[k].lower);
  if (NOT_SPEECH.has(lemma ?? "")) return false;
  if (lemma === t[k].lower && !pronoun && !AUXILIARY.has(t[k - 1].lower) && !t[k - 1].lower.endsWith("s")) return false;
  // ("as Ruiz said.", "as she has said, …": an attribution set off by itself reports nothing of its own)
  return cue.to < end && t[cue.to].kind !== "punct";
}

const SUBJECT_RELATIVE = new Set(SUBJECT_RELATIVES);

/**
 * At the comma `i` a noun phrase (up to MAX_SUBJECT words, no verb) and a relative that is the subject of
 * its own cue: "…, double the number who said the same of Ruiz", "…, including 20 who told the board …".
 */
function opensRelativeStatement(t: readonly Token[], i: number, end: number): boolean {
  let k = i + 1;
  for (; k < end && k - i <= MAX_SUBJECT; k++) {
    const w = t[k];
    if (w.kind !== "word" || isVerbLike(w) || isSubjectPronoun(w) || SUBJECT_RELATIVE.has(w.lower)) break;
    if (NOT_IN_SUBJECT.has(w.lower) || cueAt(t, k)) return false;
  }
  if (k === i + 1 || k >= end || !SUBJECT_RELATIVE.has(t[k].lower)) return false;
  k++;
  k = pastAuxiliaries(t, k, end);
  return k < end && speechCueAt(t, k, end, false);
}

/**
 * The word at `i` joins a clause, not words: not "as" in a comparison ("such as", "as many as"), nor "and"
 * after a name or a pronoun ("she and Mr. Pinchuk", "Collins and Rep. Varga").
 */
function joinsClause(t: readonly Token[], i: number): boolean {
  const w = t[i];
  if (w.kind !== "word" || !JOINER.has(w.lower)) return false;
  const before = t[i - 1];
  if (w.lower === "as") return !COMPARISON.has(before.lower);
  return w.lower !== "and" || before.kind !== "word" || (!isCapitalised(before) && !isSubjectPronoun(before));
}

/**
 * The first joining word in the content [from, to) that opens a statement of its own, read up to the
 * sentence's `end` (the content may stop inside it: "…, as the union's leader, Tom Varga, said …"), or `to`;
 * "even" before it goes with it ("even as"). Not inside an aside set off by dashes: "the candidate - who
 * …, even though he had acknowledged it - has decided".
 */
export function nestedEnd(t: readonly Token[], from: number, to: number, end: number): number {
  let dashes = 0;
  for (let i = from + 1; i < to; i++) {
    if (DASH_TOKENS.has(t[i].text) && t[i].kind === "punct") dashes++;
    if (dashes % 2 !== 0) continue;
    if (t[i].text === "," && opensRelativeStatement(t, i, end)) return i;
    if (joinsClause(t, i) && opensStatement(t, i, end)) return t[i - 1].lower === "even" ? i - 1 : i;
    if (opensSpeechParticiple(t, i, end)) return i;
  }
  return to;
}
