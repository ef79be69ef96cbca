// Where the content of a reported statement stands in its sentence: after its cue, past what still
// belongs to the cue ("said in a statement on Friday that …", "told reporters …"), up to the end of
// the sentence, a semicolon, or a participle that goes on with a second statement (", adding that …").
import { REPORTING } from "../../lexicon/reporting.js";
import { DETERMINERS, LY_NOUNS, POSSESSIVE_PRONOUNS } from "../../lexicon/speaker-words.js";
import { type Cue, cueAt, cueLemma } from "../quotes/cues.js";
import { isCalendarWord, isSubjectPronoun, isTime, isVerbLike } from "../quotes/noun-phrase.js";
import { DASH_TOKENS, isCapitalised, type Token } from "../quotes/tokens.js";

const EN = REPORTING.en;
const COMPLEMENTIZER = new Set(EN.complementizers);
const LISTENER_LEMMA = new Set(EN.listenerLemmas);
const LISTENER = new Set(EN.listeners);
const SETTING_PREPOSITION = new Set(EN.settingPrepositions);
const SETTING_NOUN = new Set(EN.settingNouns);
const ADVERB = new Set(EN.cueAdverbs);
const CONTINUATION = new Set(EN.continuations);
const LY_WORDS = new Set(LY_NOUNS);
const CONTRAST = new Set(EN.contrasts);
const CONTRAST_GOES_ON = new Set(EN.contrastGoesOn);
const ADDITION = new Set(EN.additions);
const TRAILING = new Set(EN.trailingParticiples);
const COORDINATOR = new Set(["and", "but"]);
/** Most words of the subject of a coordinated statement ("and more than 4 in 10 voters said"). */
const MAX_NEW_SUBJECT = 7;
const DETERMINER = new Set(DETERMINERS);
/** Most words of a phrase that sets a cue ("in an interview with the local radio station"). */
const MAX_SETTING = 8;
/** Most tokens between a cue's tail and a "that" that still opens its content ("told … on Saturday that"). */
const MAX_LATE_THAT = 10;
/** Most words of a listener named after a cue ("told the Senate Armed Services Committee"). */
const MAX_LISTENER = 6;
const PARTICLES = EN.cueParticles;
const NOT_BEFORE_THAT = new Set(["to", "not", "so", "such", "many", "much"]);
const TIME_PREPOSITION = new Set(["on", "in", "at", "during", "by", "until", "since", "early", "late"]);
const TIME_ADVERB = new Set(EN.timeAdverbs);
const RELATIVE_TIME = new Set(EN.relativeTimes);
const TIME_UNIT = new Set(EN.timeUnits);
const OBJECT_SETTING = new Set(EN.objectSettingPrepositions);
const OBJECT_APPOSITION = new Set(EN.objectAppositions);

/** A word that modifies the noun after it: "the", "his", "of" ("the past", "his first", "of all time"). */
function modifiesNext(w: Token | undefined): boolean {
  if (w?.kind !== "word") return false;
  return (
    DETERMINER.has(w.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower) || w.lower === "of" || w.lower === "all"
  );
}

/**
 * A time that opens at `i` after a cue's object: "Friday", "yesterday", "last week", "earlier this
 * month"; not a time inside the object ("in the past", "his first year", "of all time").
 */
function opensTime(t: readonly Token[], i: number): boolean {
  const w = t[i];
  if (!isTime(w) || modifiesNext(t[i - 1])) return false;
  if (isCalendarWord(w) || TIME_ADVERB.has(w.lower)) return true;
  const next = t[i + 1];
  return RELATIVE_TIME.has(w.lower) && next !== undefined && (TIME_UNIT.has(next.lower) || isCalendarWord(next));
}

/** A setting that opens at `i` after a cue's object: "at a rally", "in a statement", "during the debate". */
function opensSetting(t: readonly Token[], i: number, end: number): boolean {
  if (!OBJECT_SETTING.has(t[i].lower) || !modifiesNext(t[i + 1]) || t[i + 1].lower === "of") return false;
  return settingEnd(t, i, end) > 0;
}

/** A dash that sets off a phrase: an em or en dash, or a hyphen after a space ("Ruiz -- a rival"). */
function isDash(t: readonly Token[], i: number): boolean {
  const w = t[i];
  if (w.kind !== "punct" || !DASH_TOKENS.has(w.text)) return false;
  return w.text !== "-" || (i > 0 && t[i - 1].end < w.start);
}

/** A word between a cue and its content that modifies the cue: "also", "Thursday", "repeatedly". */
function isCueAdverb(w: Token): boolean {
  if (w.kind !== "word") return false;
  return ADVERB.has(w.lower) || (w.lower.length > 4 && w.lower.endsWith("ly") && !LY_WORDS.has(w.lower));
}

/** End of a phrase that says where or when the cue was spoken ("in a statement", "on Friday"), or -1. */
function settingEnd(t: readonly Token[], i: number, end: number): number {
  // "urged them to hack into the emails": an infinitive is no setting
  if (!SETTING_PREPOSITION.has(t[i].lower) || isInfinitive(t, i)) return -1;
  let found = -1;
  for (let k = i + 1; k < end && k - i <= MAX_SETTING; k++) {
    const w = t[k];
    if (w.kind !== "word" && w.text !== "'" && w.text !== "’" && w.text !== "-") break;
    if (COMPLEMENTIZER.has(w.lower)) break;
    const bare = w.lower.replace(/['’]s$/, "");
    if (SETTING_NOUN.has(bare) && !/['’]s$/.test(w.lower)) found = k + 1;
  }
  return found;
}

/** "to" before a verb ("to stay"), not before a listener ("to a crowd", "to reporters", "to Ruiz"). */
export function isInfinitive(t: readonly Token[], k: number): boolean {
  const next = t[k + 1];
  if (t[k].lower !== "to" || next?.kind !== "word" || isCapitalised(next)) return false;
  return !DETERMINER.has(next.lower) && !Object.hasOwn(POSSESSIVE_PRONOUNS, next.lower) && !LISTENER.has(next.lower);
}

/** End of the listener a "tell"-like cue names before its content ("told reporters", "told the AP"), or i. */
function listenerEnd(t: readonly Token[], i: number, end: number): number {
  const w = t[i];
  if (w.kind !== "word") return i;
  if (LISTENER.has(w.lower)) return i + 1;
  let k = i;
  if (DETERMINER.has(w.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower)) {
    // "the committee that …", "a news conference that …": the phrase runs to "that" or a comma, or to
    // the next clause's subject ("told the council the budget …")
    for (let j = i + 1; j < end && j - i <= MAX_LISTENER; j++) {
      const x = t[j];
      // "urged the council to raise the cap": an infinitive opens the content
      if (COMPLEMENTIZER.has(x.lower) || x.text === "," || x.lower === "to" || x.lower === "not") return j;
      // "told the court in a filing": the setting after the listener is the cue's too
      if (settingEnd(t, j, end) > 0) return j;
      if (x.kind !== "word" && x.text !== "'" && x.text !== "’") break;
      if (j > i + 1 && (DETERMINER.has(x.lower) || isSubjectPronoun(x))) return j;
      if (isCapitalised(x)) k = j + 1;
    }
    return k;
  }
  // a name or an organisation: "told CNN", "told Senator Ana Ruiz"
  while (k < end && k - i < MAX_LISTENER && (isCapitalised(t[k]) || (t[k].text === "." && k > i))) k++;
  return k;
}

/** The cue with the preposition that belongs to it: "called" → "called for" (its content follows). */
export function withParticle(t: readonly Token[], cue: Cue, lemma: string | undefined): Cue {
  const next = t[cue.to];
  const particles = lemma !== undefined && Object.hasOwn(PARTICLES, lemma) ? PARTICLES[lemma] : undefined;
  if (next?.kind !== "word" || !particles?.includes(next.lower)) return cue;
  return { ...cue, to: cue.to + 1, text: `${cue.text} ${next.text}`, takesObject: true };
}

/** First token after what belongs to a cue: its adverbs, its setting and its listener ("told reporters"). */
export function cueTail(t: readonly Token[], cue: Cue, lemma: string | undefined, end: number): number {
  let i = cue.to;
  let listener = lemma !== undefined && LISTENER_LEMMA.has(lemma);
  for (let guard = 0; i < end && guard < 12; guard++) {
    const w = t[i];
    if (isCueAdverb(w)) {
      i++;
      continue;
    }
    const setting = settingEnd(t, i, end);
    if (setting > 0) {
      i = setting;
      continue;
    }
    if (listener) {
      listener = false;
      const k = listenerEnd(t, i, end);
      if (k > i) {
        i = k;
        continue;
      }
    }
    // "said, in a statement, that …": a comma set off what belongs to the cue
    if (w.text === "," && i + 1 < end && (isCueAdverb(t[i + 1]) || settingEnd(t, i + 1, end) > 0)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/**
 * The "that" after a phrase the cue tail did not read, when a preposition opens it or the cue names a
 * listener ("said in Vale, Ohio, on Tuesday that …", "told foundation staff on Friday that …"), or `i`.
 */
function phraseBeforeThat(t: readonly Token[], i: number, end: number, listener: boolean): number {
  if (i >= end) return i;
  // "told a town hall in Salem, Ohio on Monday that …": the listener's place goes on past its comma
  const place = listener && t[i].text === "," && i > 0 && isCapitalised(t[i - 1]) && isCapitalised(t[i + 1]);
  if (t[i].kind !== "word" && !place) return i;
  const setting = place || (SETTING_PREPOSITION.has(t[i].lower) && !isInfinitive(t, i));
  if (!listener && !setting) return i;
  for (let k = i; k < end && k - i <= MAX_LATE_THAT; k++) {
    const w = t[k];
    // "that" opens a clause of some length, not "that question"
    if (k > i && COMPLEMENTIZER.has(w.lower)) return k + 3 < end ? k : i;
    if (k === i && setting) continue;
    // a place may hold commas: "in Vale, Ohio, that …"
    if (setting && (w.text === "," || w.text === ".")) continue;
    // "warned them to refrain from …", "tells so many lies that …"
    if (w.kind !== "word" || isVerbLike(w) || isSubjectPronoun(w) || NOT_BEFORE_THAT.has(w.lower) || cueAt(t, k))
      return i;
  }
  return i;
}

/** First token of the content after a cue: past what belongs to the cue and a leading "that". */
export function contentStart(t: readonly Token[], cue: Cue, lemma: string | undefined, end: number): number {
  let i = cueTail(t, cue, lemma, end);
  i = phraseBeforeThat(t, i, end, lemma !== undefined && LISTENER_LEMMA.has(lemma));
  if (t[i]?.text === "," && i + 1 < end && COMPLEMENTIZER.has(t[i + 1].lower)) i++;
  if (i < end && COMPLEMENTIZER.has(t[i].lower)) i++;
  else if (i < end && (t[i].text === ":" || t[i].text === ",")) i++;
  return i;
}

export interface ContentEnd {
  /** Token after the content. */
  end: number;
  /** A participle cue that goes on with the same source's statement (", adding that …"), or -1. */
  continuation: number;
}

/**
 * Where content that starts at `from` ends: the sentence end, a semicolon, a contrast the reporter adds
 * (", but …", not ", but that …"), the cue of another statement (", said X"), or a participle or coordinated cue that goes
 * on with the same source's statement (", adding that …", "and said …"). `clause`: the content ends
 * with its clause, at the first comma ("While Ruiz said …, she …"). `object`: the content is the
 * cue's object ("endorsed Ruiz"), which ends before a time, a setting ("at a rally"), a coordinated
 * verb, an apposition (", a deal that …") or a dash.
 */
export function contentEnd(t: readonly Token[], from: number, end: number, clause = false, object = false): ContentEnd {
  for (let i = from; i < end; i++) {
    const w = t[i];
    if (w.text === ";") return { end: i, continuation: -1 };
    // "endorsed Ruiz last week and has campaigned …": an object ends before the clause goes on
    if (object && i > from && (opensTime(t, i) || (COORDINATOR.has(w.lower) && t[i + 1] && isVerbLike(t[i + 1])))) {
      // "asked about the tolls on Friday": the time's preposition goes with it
      const e = isTime(w) && i - 1 > from && TIME_PREPOSITION.has(t[i - 1].lower) ? i - 1 : i;
      return { end: e, continuation: -1 };
    }
    // "praised the plan in a speech": an object ends before the setting of its cue
    if (object && i > from + 1 && opensSetting(t, i, end)) return { end: i, continuation: -1 };
    // "railed against the pact, a deal that …": and before the reporter's apposition
    if (object && i > from && w.text === "," && OBJECT_APPOSITION.has(t[i + 1]?.lower ?? "")) {
      return { end: i, continuation: -1 };
    }
    // "endorsed Ruiz — a rare step for the union": a dash sets off the reporter's comment on the object
    if (object && i > from && isDash(t, i)) return { end: i, continuation: -1 };
    if (COORDINATOR.has(w.lower) && i > from && i + 1 < end) {
      // "… and said …": the same subject's second statement
      const cue = cueAt(t, i + 1);
      // ("said she would visit the pier and tell the crews …": a bare verb goes on with the content's own)
      const bare = cue !== null && cueLemma(t[i + 1].lower) === t[i + 1].lower;
      if (cue && !bare && !cue.ing && !cue.sourceAfter && t[i - 1].kind !== "punct")
        return { end: i, continuation: i + 1 };
      // "…, and three-quarters said …": another source's statement
      if (newStatement(t, i + 1, end)) return { end: i, continuation: -1 };
    }
    if (w.text !== "," || i + 1 >= end) continue;
    if (clause) return { end: i, continuation: -1 };
    const next = t[i + 1];
    // ", but that …", ", but rather …": the same statement goes on
    if (CONTRAST.has(next.lower) && !CONTRAST_GOES_ON.has(t[i + 2]?.lower ?? "")) return { end: i, continuation: -1 };
    const cue = cueAt(t, i + 1);
    // ", referring to …": a phrase that opens with a participle is one too
    const ing = cue !== null && (cue.ing || (cue.to - cue.from > 1 && !cue.sourceAfter && next.lower.endsWith("ing")));
    if (cue && !ing && !cue.sourceAfter) return { end: i, continuation: -1 };
    // ", telling reporters that …": a participle cue goes on with the same source's statement;
    // ", prompting a rush …": a participle the reporter adds ends the content
    if (TRAILING.has(next.lower)) return { end: i, continuation: -1 };
    if (ing && !cue.weak && next.text === next.lower) return { end: i, continuation: i + 1 };
    // `"…," referring to …`, ", who is …": the reporter's own addition
    const participle = t[i - 1]?.kind === "quote" && next.text.endsWith("ing") && next.text === next.lower;
    if (ADDITION.has(next.lower) || participle) {
      if (!CONTINUATION.has(next.lower) && !relativeOnSubject(t, from, i, next, object))
        return { end: i, continuation: -1 };
    }
    if (CONTINUATION.has(next.lower) || (next.lower === "and" && CONTINUATION.has(t[i + 2]?.lower ?? ""))) {
      return { end: i, continuation: next.lower === "and" ? i + 2 : i + 1 };
    }
    if (next.lower === "according" && t[i + 2]?.lower === "to") return { end: i, continuation: -1 };
  }
  return { end, continuation: -1 };
}

/** Most words of a content's subject that a relative clause after it still describes ("she and her sister"). */
const MAX_RELATIVE_SUBJECT = 6;

/**
 * ", who …" after a content [from, at) that holds only a short subject and no verb ("said his members,
 * who lean left, would stay home"): the relative clause describes that subject and the content goes on.
 */
function relativeOnSubject(t: readonly Token[], from: number, at: number, next: Token, object: boolean): boolean {
  if (object || (next.lower !== "who" && next.lower !== "whose") || at - from > MAX_RELATIVE_SUBJECT) return false;
  for (let k = from; k < at; k++) if (t[k].kind !== "word" || isVerbLike(t[k])) return false;
  return true;
}

/** A clause with its own subject and reporting verb starts at `from`: "three-quarters said …". */
function newStatement(t: readonly Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < end && k - from <= MAX_NEW_SUBJECT; k++) {
    if (t[k].kind !== "word") return false;
    const cue = cueAt(t, k);
    if (cue) return !cue.ing && !cue.sourceAfter && !cue.weak;
  }
  return false;
}

/** Fewest words of a bracketed aside the reporter adds to a content ("(a claim the council denies)"). */
const MIN_ASIDE_WORDS = 4;

/** Words in tokens [from, to), those of quotes included. */
function wordCount(t: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    if (t[k].kind === "word") n++;
    else if (t[k].kind === "quote") n += t[k].text.split(/\s+/).filter(Boolean).length;
  }
  return n;
}

/**
 * The content [from, to) less the asides in brackets that the reporter adds to it ("the levy (which
 * the council passed in May) would hurt"), as ranges; a short bracket stays ("Sen. Ruiz (D-Ohio)").
 */
export function withoutAsides(t: readonly Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    if (t[k].text !== "(") continue;
    let close = k + 1;
    while (close < to && t[close].text !== ")" && t[close].text !== "(") close++;
    if (close >= to || t[close].text !== ")") continue;
    if (wordCount(t, k + 1, close) >= MIN_ASIDE_WORDS) {
      out.push([start, k]);
      start = close + 1;
    }
    k = close;
  }
  out.push([start, to]);
  return out;
}

/** Drops punctuation at the content's edges (a quote token stays: it is part of the words). */
export function trimEdges(t: readonly Token[], from: number, to: number): [number, number] {
  while (from < to && t[from].kind === "punct" && !/^[([]$/.test(t[from].text)) from++;
  while (to > from && t[to - 1].kind === "punct" && !/^[)\]]$/.test(t[to - 1].text)) to--;
  return [from, to];
}
