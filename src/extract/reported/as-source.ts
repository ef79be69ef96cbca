// A statement attributed by an "as" clause: "As the Gazette reported on Friday, the pier will close."
// (the content follows the clause's comma) and "The pier will close, as Ruiz noted in her column."
// (the content is the sentence before the clause, which ends it). Tokens at "as" -> the source, the
// cue and the content's range, or null. An "as" clause set off inside the sentence ("The ad - as Ruiz
// noted in her column - promises …") reports the sentence around it, so its cue has no content after
// it: asideCue gives that cue, which no rule reads.
import { REPORTING } from "../../lexicon/reporting.js";
import { AUXILIARIES } from "../../lexicon/speaker-words.js";
import { type Cue, cueAt, cueLemma } from "../quotes/cues.js";
import { isSubjectPronoun, isVerbLike, nounPhraseBefore } from "../quotes/noun-phrase.js";
import { DASH_TOKENS, type Token } from "../quotes/tokens.js";
import { contentEnd, cueTail } from "./content.js";
import { isCueAdverb } from "./cue-adverb.js";

const AS_CUE = new Set(REPORTING.en.asClauseCues);
const AUXILIARY = new Set(AUXILIARIES);
const PLACE_PREPOSITION = new Set(REPORTING.en.placePrepositions);
const SUBORDINATOR = new Set(REPORTING.en.subordinators);
/** Most tokens between "as" and its cue ("as one of the reporters on the trip noted"). */
const MAX_SOURCE = 12;
/** Most words after the cue that the cue tail did not read ("in his book", "a few days later"). */
const MAX_TAIL = 10;

export interface AsStatement {
  cue: Cue;
  /** Token ranges [from, to) of the source and of the content. */
  source: [number, number];
  content: [number, number];
}

/** The first speech cue after "as" at `i`, with the source phrase that fills the words between. */
function sourceAndCue(t: readonly Token[], i: number, end: number): { cue: Cue; source: [number, number] } | null {
  for (let k = i + 2; k < end && k - i <= MAX_SOURCE; k++) {
    if (t[k].kind !== "word") continue;
    const cue = cueAt(t, k);
    if (!cue) continue;
    const lemma = cueLemma(t[k].lower) ?? cue.text.toLowerCase();
    if (cue.ing || cue.sourceAfter || !AS_CUE.has(lemma)) return null;
    // "as Ruiz has sometimes noted": the source ends before its auxiliaries and adverbs
    let to = k;
    while (to > i + 2 && (AUXILIARY.has(t[to - 1].lower) || isCueAdverb(t[to - 1]))) to--;
    const source = nounPhraseBefore(t, i + 1, to);
    // the phrase fills the words between "as" and the cue (an adverb may stand before the cue)
    return source && source[0] === i + 1 ? { cue, source } : null;
  }
  return null;
}

/**
 * Only words that say where or when the cue was spoken from `i` to the sentence's end ("in The
 * Intercept", "a few days later"): no verb, participle, pronoun or clause opener.
 */
function tailEndsSentence(t: readonly Token[], i: number, end: number): boolean {
  let words = 0;
  for (let k = i; k < end; k++) {
    const w = t[k];
    if (w.kind === "quote") return false;
    if (w.kind !== "word") continue;
    if (++words > MAX_TAIL || !settingWord(t, k)) return false;
  }
  return true;
}

/** A word that may say where or when a cue was spoken: no verb, participle, pronoun, clause opener or cue. */
function settingWord(t: readonly Token[], k: number): boolean {
  const w = t[k];
  if (isVerbLike(w) || isSubjectPronoun(w) || SUBORDINATOR.has(w.lower) || cueAt(t, k)) return false;
  return !(w.text === w.lower && w.lower.endsWith("ing"));
}

/**
 * The statement of an "as" clause at `i`: `leading` when the clause opens the sentence (after
 * discourse words, from `start`), else it must follow a comma and end the sentence.
 */
export function asStatement(t: readonly Token[], start: number, i: number, end: number, leading: boolean) {
  if (!leading && (i - 1 <= start || t[i - 1].text !== ",")) return null;
  const found = sourceAndCue(t, i, end);
  if (!found) return null;
  const { cue, source } = found;
  const after = cueTail(t, cue, cueLemma(t[cue.from].lower), end);
  if (leading) {
    // the clause ends at its comma, maybe after a place or a time: "As Ruiz wrote in her book, …"
    let comma = after;
    if (PLACE_PREPOSITION.has(t[after]?.lower ?? "")) {
      while (comma < end && comma - after <= MAX_TAIL && t[comma].kind === "word" && !isVerbLike(t[comma])) comma++;
    }
    if (t[comma]?.text !== "," || comma + 1 >= end) return null;
    return { cue, source, content: [comma + 1, contentEnd(t, comma + 1, end).end] } satisfies AsStatement;
  }
  if (!tailEndsSentence(t, after, end)) return null;
  return { cue, source, content: [start, i - 1] } satisfies AsStatement;
}

/** Marks that open an aside inside a sentence: a dash, a comma, a parenthesis. */
function opensAside(w: Token | undefined): boolean {
  return w !== undefined && (DASH_TOKENS.has(w.text) || w.text === "," || w.text === "(");
}

/**
 * "The ad - as Ruiz noted in her column - promises …", "Spicer, as the campaign noted this week - even
 * promoted …": an "as" clause at `i`, not at the sentence's start, whose cue is followed only by where or
 * when it was spoken and then a dash. The cue's token, or -1.
 */
export function asideCue(t: readonly Token[], start: number, i: number, end: number): number {
  if (i - 1 <= start || !opensAside(t[i - 1])) return -1;
  const found = sourceAndCue(t, i, end);
  if (!found) return -1;
  const { cue } = found;
  let k = cueTail(t, cue, cueLemma(t[cue.from].lower), end);
  for (let words = 0; k < end && t[k].kind === "word"; k++) if (++words > MAX_TAIL || !settingWord(t, k)) return -1;
  // (a comma after the aside may open what was said: "…, as the Gazette reported, the pier will close")
  return k < end && DASH_TOKENS.has(t[k].text) ? cue.from : -1;
}
