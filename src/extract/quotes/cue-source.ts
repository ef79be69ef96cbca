// The source of a reporting cue, found without a parser: the subject of the cue's clause ("Marsh
// told"), the subject a participle or a coordinated verb shares with the clause it hangs from
// ("Ruiz said …, adding", "X did Y and said"), or the phrase after an inverted cue ("Said Smith:",
// "according to the ministry"). The clause rule and the look-back's reports both use it.
import {
  CAPITALISED_FUNCTION_WORDS,
  DEGREE_WORDS,
  MEDIUM_PREPOSITIONS,
  RELATIVE_PRONOUNS,
  SUBORDINATOR_ADVERBS,
  SUBORDINATORS,
  TIME_PREPOSITIONS,
} from "../../lexicon/speaker-words.js";
import { type Attribution, MAX_SOURCE_BEFORE_CUE, mainSubject } from "./attribution.js";
import { type Cue, cueAt, lastCueBefore } from "./cues.js";
import {
  isAdverb,
  isSubjectPronoun,
  isTime,
  isVerbLike,
  nounPhraseBefore,
  subjectAtStart,
  trimToSubject,
} from "./noun-phrase.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { documentSource } from "./publisher.js";
import { subjectBeforeBareRelative, subjectBeforeRelative } from "./relative-subject.js";
import { sourceAfterCue } from "./source-phrase.js";
import { isCapitalised, type Token } from "./tokens.js";

const BE = new Set(["is", "was", "are", "were", "been", "be", "am"]);
/** Words that open an aside after a subject: a relative clause, an age, a hometown ("of Flint"). */
const ASIDE_OPENERS = new Set(["who", "whose", "which", "of", "from"]);
const PLACE_PREPOSITIONS = new Set(["of", "from"]);
/** Prepositions that open an aside of time or place after a named subject ("Ruiz, at a rally in Dayton, said"). */
const TIME_PREP = new Set(TIME_PREPOSITIONS);
const PLACE_PREP = new Set(["at", "in", "on"]);
/** Words that open a subordinate clause a participle may hang from ("where a crowd had gathered, chanting"). */
const SUBORDINATOR = new Set([...SUBORDINATORS.filter((w) => w !== "what" && w !== "how" && w !== "why"), "which"]);
/** Adverbs that may open a sentence before its subordinator ("Even before …", "Shortly after …"). */
const OPENING_ADVERB = new Set(SUBORDINATOR_ADVERBS);
const RELATIVE = new Set(RELATIVE_PRONOUNS);
/** Words whose "'s" is a contraction, not an owner ("It's", "That's", "He's"). */
const FUNCTION_WORD = new Set(CAPITALISED_FUNCTION_WORDS);
const DEGREE = new Set(DEGREE_WORDS);
/** Most tokens of an aside between a named subject and its cue ("Ruiz, asked about the plan, said"). */
const MAX_ASIDE = 30;
/** Most tokens of an opening time phrase before its comma ("On Tuesday morning,"). */
const MAX_TIME_OPENER = 5;
/** "on Facebook writing", "to Wired explaining": a name after one of these before a participle is its object. */
const MEDIUM_PREPOSITION = new Set(MEDIUM_PREPOSITIONS);

/** Where the clause holding a cue starts: after the previous quote, cue, or clause break. */
export function clauseStart(t: readonly Token[], from: number, at: number): number {
  let lo = at;
  while (lo > from) {
    const prev = t[lo - 1];
    if (prev.kind === "quote" || prev.text === ";" || prev.text === ":") break;
    if (lo - 1 > from && cueAt(t, lo - 1)) break;
    lo--;
  }
  return lo;
}

/**
 * The source of a cue: the subject of its clause, the subject it shares with the clause it hangs from,
 * or the phrase after it ("according to X", "Said X:"). `k` is the quote the cue introduces, or the
 * last token of a sentence that holds none.
 */
export function cueSource(p: Paragraph, from: number, cue: Cue, k: number): Attribution | null {
  const t = p.tokens;
  if (cue.sourceAfter) {
    const to = sourceAfterCue(t, cue.to, k);
    return to > cue.to ? { paragraph: p.index, from: cue.to, to, cue, rule: "according" } : null;
  }
  const aside = parentheticalSource(p, cue, k);
  if (aside) return aside;
  const lo = clauseStart(t, from, cue.from);
  let hi = cue.from;
  const before = t[hi - 1];
  if (cue.ing && !(before && BE.has(before.lower))) return participleSubject(p, from, lo, cue, k);
  // "to portray": the subject of the verb that governs the infinitive
  if (before?.lower === "to") {
    hi--;
    const governed = hi;
    while (
      hi > lo &&
      t[hi - 1].kind === "word" &&
      (isVerbLike(t[hi - 1]) || DEGREE.has(t[hi - 1].lower) || /(?:ing|ly)$|^not$|^never$/.test(t[hi - 1].lower))
    ) {
      hi--;
    }
    // "took to the radio at dawn to accuse": no verb right before "to", so the clause's subject
    if (hi === governed) return sharedSubject(p, from, hi, cue);
  }
  const trimmed = trimToSubject(t, lo, hi);
  // "X did Y and said …": the coordinated verb shares the subject of the first one
  if (trimmed > lo && /^(?:and|but|or)$/.test(t[trimmed - 1].lower)) return sharedSubject(p, from, trimmed - 1, cue);
  const near = nounPhraseBefore(t, lo, hi);
  const span =
    subjectBeforeRelative(t, from, trimmed) ??
    subjectBeforeBareRelative(t, from, trimmed) ??
    (near && subjectBeforeAsides(t, from, near)) ??
    near ??
    subjectBeforeAside(t, from, trimmed) ??
    namedBeforeAside(t, from, trimmed);
  if (span) {
    const att: Attribution = { paragraph: p.index, from: span[0], to: span[1], cue, rule: "clause" };
    // "Ruiz released an ad that says": the document, or whoever put it out
    return t[span[1] - 1].lower === "that" ? documentSource(p, from, att) : att;
  }
  if (invertible(t, lo, cue)) {
    const to = sourceAfterCue(t, cue.to, k);
    const stop = t[to];
    const introduces = stop !== undefined && (stop.text === ":" || stop.text === "," || stop.kind === "quote");
    if (to > cue.to && introduces) return { paragraph: p.index, from: cue.to, to, cue, rule: "clause" };
  }
  return null;
}

/**
 * "The puzzle, says Ana Ruiz, an expert, is that …": an inverted cue set off by commas inside its
 * sentence, the sentence resuming with a verb after the source, names the source after it.
 */
function parentheticalSource(p: Paragraph, cue: Cue, k: number): Attribution | null {
  const t = p.tokens;
  if (cue.ing || cue.takesObject || t[cue.from - 1]?.text !== "," || !isCapitalised(t[cue.to])) return null;
  const to = sourceAfterCue(t, cue.to, k);
  const next = t[to + 1];
  if (to <= cue.to || t[to]?.text !== "," || next === undefined) return null;
  if (!(isVerbLike(next) || next.kind === "quote")) return null;
  return { paragraph: p.index, from: cue.to, to, cue, rule: "clause" };
}

/** "Ruiz, who said the pier was safe, called": the sentence's subject, set off from its cue by an aside. */
function subjectBeforeAside(t: readonly Token[], from: number, hi: number): [number, number] | null {
  if (t[hi - 1]?.text !== ",") return null;
  const subject = subjectAtStart(t, from, hi);
  return subject && t[subject[1]]?.text === "," ? subject : null;
}

/**
 * "after Ruiz, asked about the plan, had said": a name and an aside set off by commas before the cue,
 * the aside holding words of its own (a participle, a prepositional phrase) that may hide a cue.
 */
function namedBeforeAside(t: readonly Token[], from: number, hi: number): [number, number] | null {
  if (t[hi - 1]?.text !== ",") return null;
  let c = hi - 2;
  while (c > from && hi - c <= MAX_ASIDE && t[c].text !== "," && t[c].kind !== "quote" && t[c].text !== ";") c--;
  if (c <= from || t[c].text !== ",") return null;
  // the aside opens with a lower-case word: "asked about …", "in a reply to …"
  const opener = t[c + 1];
  if (opener?.kind !== "word" || isCapitalised(opener)) return null;
  return namedBefore(t, from - 1, c);
}

/**
 * "Cory Ruiz, 22, of Flint, Mich., said" / "Ruiz, whose firm, Paradata, …, said": the phrase before the
 * cue ends a chain of asides after a named subject, which is the source.
 */
function subjectBeforeAsides(t: readonly Token[], from: number, near: [number, number]): [number, number] | null {
  if (ASIDE_OPENERS.has(t[near[0]].lower)) return null;
  // "…, of Flint, Mich., said": the phrase may be an aside's own place
  const before = PLACE_PREPOSITIONS.has(t[near[0] - 1]?.lower ?? "") ? near[0] - 1 : near[0];
  if (t[before - 1]?.text !== ",") return null;
  const subject = subjectAtStart(t, from, before);
  if (!subject || subject[1] >= before || t[subject[1]]?.text !== ",") return null;
  if (!isCapitalised(t[subject[1] - 1])) return null;
  const opener = t[subject[1] + 1];
  // "Ruiz, 22, …", "Ruiz, who …", "Ruiz, during a visit to Lakeside, Ohio, said"
  if (!opener) return null;
  const asideOpens = ASIDE_OPENERS.has(opener.lower) || TIME_PREP.has(opener.lower) || PLACE_PREP.has(opener.lower);
  if (!(asideOpens || /^\d+$/.test(opener.text))) return null;
  for (let i = subject[1] + 1; i < before; i++) if (t[i].kind === "quote" || cueAt(t, i)) return null;
  return subject;
}

/** An inverted cue that opens its clause, its source after it: "Said Smith:", "In other words, explained X:". */
function invertible(t: readonly Token[], lo: number, cue: Cue): boolean {
  if (cue.takesObject) return false;
  const trimmed = trimToSubject(t, lo, cue.from);
  return trimmed === lo || t[trimmed - 1].text === ",";
}

/** The subject of a participle cue: "with X calling it", "Marsh saying", or the clause it hangs from. */
function participleSubject(p: Paragraph, from: number, lo: number, cue: Cue, k: number): Attribution | null {
  const t = p.tokens;
  const own = withSubject(t, lo, cue.from) ?? namedBefore(t, lo, cue.from);
  if (own) return { paragraph: p.index, from: own[0], to: own[1], cue, rule: "clause" };
  // "with Ruiz tweeting that … and asking, "…"": the participle it is coordinated with
  if (cue.from - 1 > from && /^(and|or)$/.test(t[cue.from - 1].lower)) {
    const first = lastCueBefore(t, from, cue.from - 1);
    if (first?.ing) {
      const shared = participleSubject(p, from, clauseStart(t, from, first.from), first, k);
      if (shared) return { ...shared, cue };
    }
  }
  // "Conceding that … "…" he warned": the subject follows the quote
  if (trimToSubject(t, from, cue.from) === from) {
    const later = subjectAfter(p, k);
    if (later) return later;
  }
  const clause = subordinateSubject(t, from, cue.from);
  if (clause) return { paragraph: p.index, from: clause[0], to: clause[1], cue, rule: "subject" };
  return sharedSubject(p, from, cue.from, cue);
}

/**
 * "Ruiz spoke near the pier, where a crowd had gathered, chanting": a participle after a subordinate
 * clause that runs up to its comma hangs from that clause, and shares its subject.
 */
function subordinateSubject(t: readonly Token[], from: number, at: number): [number, number] | null {
  if (t[at - 1]?.text !== ",") return null;
  for (let i = at - 2; i > from && at - i <= MAX_ASIDE; i--) {
    const w = t[i];
    if (w.kind === "quote" || w.text === "," || w.text === ";" || w.text === ":") return null;
    if (w.kind !== "word" || !SUBORDINATOR.has(w.lower)) continue;
    const span = subjectAtStart(t, i + 1, at - 1);
    if (!span || span[1] >= at - 1) return null;
    // "though in a news conference he used": the pronoun that closes the phrase is the subject
    const last = t[span[1] - 1];
    const subject: [number, number] = isSubjectPronoun(last) ? [span[1] - 1, span[1]] : span;
    const verb = t[span[1]];
    const finite = isVerbLike(verb) || cueAt(t, span[1]) !== null;
    return finite && !(subject[1] - subject[0] === 1 && /^(it|there|which)$/.test(t[subject[0]].lower))
      ? subject
      : null;
  }
  return null;
}

/**
 * The subject a participle or a coordinated verb shares with the clause it hangs from: that of the
 * nearest reporting verb before it ("Ruiz said …, noting"), else the sentence's subject.
 */
function sharedSubject(p: Paragraph, from: number, at: number, cue: Cue): Attribution | null {
  const t = p.tokens;
  // a cue inside an opening subordinate clause ("After Ruiz's call ended, …") is not the one shared
  const main = mainClauseStart(t, from, at);
  for (let i = at - 1; i >= main; i--) {
    const c = t[i].kind === "word" ? cueAt(t, i) : null;
    if (!c || c.ing || c.sourceAfter || c.to > at) continue;
    const lo = clauseStart(t, main, c.from);
    const span = nounPhraseBefore(t, lo, c.from);
    // "decried Berg's repeated calls …, noting": a cue form owned by a name is a noun in the object
    if (span && ownedByName(t, span, c)) continue;
    if (span) return { paragraph: p.index, from: span[0], to: span[1], cue, rule: "subject" };
    const to = invertible(t, lo, c) ? sourceAfterCue(t, c.to, at) : c.to;
    if (to > c.to) return { paragraph: p.index, from: c.to, to, cue, rule: "subject" };
    break;
  }
  return mainSubject(p, main, sentenceOf(p, at)[1], cue);
}

/** A name's possessive within two words before the cue ("Berg's calls", "Berg's repeated calls"). */
function ownedByName(t: readonly Token[], span: [number, number], c: Cue): boolean {
  for (let i = Math.max(span[0], c.from - 2); i < c.from; i++) {
    const owner = /^(.+)['’]s$/.exec(t[i].lower)?.[1];
    if (owner && isCapitalised(t[i]) && !FUNCTION_WORD.has(owner)) return true;
  }
  return false;
}

/**
 * Where the main clause starts after an opening subordinate clause: "Shortly after the call ended, Ruiz's
 * campaign sent a note saying …" → "Ruiz's campaign", also after a time phrase ("Last month, when I asked
 * Ruiz, she looked up and said" → "she"). `from` when the sentence opens otherwise.
 */
function mainClauseStart(t: readonly Token[], from: number, at: number): number {
  // "Shortly after", "Even before", "Just as": one adverb before the subordinator
  let i = isAdverb(t[from]) || OPENING_ADVERB.has(t[from]?.lower ?? "") ? from + 1 : from;
  // "Last month, when …", "On Tuesday, after …": a time phrase and its comma before the subordinator
  const comma = openingTimeComma(t, from, at);
  if (comma >= 0) i = comma + 1;
  if (i >= at || !SUBORDINATOR.has(t[i].lower) || t[i].lower === "which") return from;
  for (let j = i + 1; j < at && j - i <= MAX_ASIDE; j++) {
    const w = t[j];
    if (w.kind === "quote" || w.text === ";" || w.text === ":") return from;
    if (w.text !== ",") continue;
    const next = t[j + 1];
    return next?.kind === "word" && !RELATIVE.has(next.lower) && j + 1 < at ? j + 1 : from;
  }
  return from;
}

/** The comma that ends an opening time phrase ("Last month,", "On Tuesday,", "In 2008,"), or -1. */
function openingTimeComma(t: readonly Token[], from: number, at: number): number {
  let time = false;
  for (let j = from; j < at && j - from <= MAX_TIME_OPENER; j++) {
    const w = t[j];
    if (w.text === ",") return time && j > from ? j : -1;
    if (w.kind !== "word") return -1;
    if (isTime(w)) time = true;
  }
  return -1;
}

/** The first subject and reporting verb after the quote in its sentence: "… "down the line" he warned". */
function subjectAfter(p: Paragraph, k: number): Attribution | null {
  const t = p.tokens;
  const [, end] = sentenceOf(p, k);
  for (let i = k + 1; i < end && i - k <= MAX_SOURCE_BEFORE_CUE; i++) {
    const c = cueAt(t, i);
    if (!c || c.ing || c.sourceAfter) continue;
    const span = nounPhraseBefore(t, k + 1, c.from);
    return span ? { paragraph: p.index, from: span[0], to: span[1], cue: c, rule: "clause" } : null;
  }
  return null;
}

/** A name or pronoun right before a participle, with no comma: "… and Varga calling it …". */
function namedBefore(t: readonly Token[], lo: number, hi: number): [number, number] | null {
  const w = t[hi - 1];
  if (hi - 1 <= lo || w?.kind !== "word") return null;
  if (isSubjectPronoun(w) && w.lower !== "it" && w.lower !== "who") return [hi - 1, hi];
  if (!isCapitalised(w) || isTime(w)) return null;
  let a = hi - 1;
  while (a - 1 > lo && isCapitalised(t[a - 1]) && hi - a < 4) a--;
  // "responded on Facebook writing": a preposition's object, not the participle's subject
  if (a - 1 >= lo && MEDIUM_PREPOSITION.has(t[a - 1].text)) return null;
  return [a, hi];
}

/** "with the union calling her …": the words between "with" and the participle. */
function withSubject(t: readonly Token[], lo: number, hi: number): [number, number] | null {
  for (let i = hi - 1; i >= lo && hi - i <= 10; i--) {
    if (t[i].kind !== "word") return null;
    if (t[i].lower !== "with") continue;
    // "with Ruiz this week saying", "with Ruiz reportedly saying": the time words and adverbs are not the subject's
    let to = hi;
    while (to > i + 2 && (isTime(t[to - 1]) || isAdverb(t[to - 1]))) to--;
    return i + 1 < to ? [i + 1, to] : null;
  }
  return null;
}
