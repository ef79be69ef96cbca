// Attribution from the clause before the quote: the nearest reporting cue before it and that cue's
// subject. `The owner's lawyer said it was "ridiculous"`, `Marsh told reporters: "…"`, `…, calling it "…"`
// (a participle shares its clause's subject), `X did Y and said "…"` (so does a coordinated verb).
import { MODALS } from "../../lexicon/speaker-words.js";
import { type Attribution, MAX_CLAUSE, MAX_SOURCE_BEFORE_CUE, mainSubject } from "./attribution.js";
import { type Cue, cueAt, lastCueBefore } from "./cues.js";
import { isSubjectPronoun, isVerbLike, nounPhraseBefore, trimToSubject } from "./noun-phrase.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { sourceAfterCue } from "./source-phrase.js";
import { isCapitalised, type Token } from "./tokens.js";

const MODAL = new Set(MODALS);
const BE = new Set(["is", "was", "are", "were", "been", "be", "am"]);
/** Prepositions before a participle cue that nest it in another report: "criticized X for saying". */
const NESTING = new Set(["for", "of", "by", "about", "after"]);

/** The cue a quote's clause hangs from: the nearest before it, or an outer one for nested reports. */
function clauseCue(t: readonly Token[], from: number, k: number): Cue | null {
  let cue = lastCueBefore(t, from, k);
  // "criticized X for saying "…"", "says she thinks", "said Americans will say": the outer report
  while (cue && cue.from > from) {
    const before = t[cue.from - 1].lower;
    if (!((cue.ing && NESTING.has(before)) || cue.weak || MODAL.has(before))) break;
    const outer = lastCueBefore(t, from, cue.from - 1);
    if (!outer) break;
    cue = outer;
  }
  return cue;
}

/** Where the clause holding a cue starts: after the previous quote, cue, or clause break. */
function clauseStart(t: readonly Token[], from: number, at: number): number {
  let lo = at;
  while (lo > from) {
    const prev = t[lo - 1];
    if (prev.kind === "quote" || prev.text === ";" || prev.text === ":") break;
    if (lo - 1 > from && cueAt(t, lo - 1)) break;
    lo--;
  }
  return lo;
}

/** The nearest cue before the quote in its sentence, and the subject of its clause. */
export function attributeClause(p: Paragraph, k: number): Attribution | null {
  const t = p.tokens;
  const [start] = sentenceOf(p, k);
  const from = Math.max(start, k - MAX_CLAUSE);
  const cue = clauseCue(t, from, k);
  if (!cue) return colonSubject(p, from, k);
  if (cue.sourceAfter) {
    const to = sourceAfterCue(t, cue.to, k);
    return to > cue.to ? { paragraph: p.index, from: cue.to, to, cue, rule: "according" } : null;
  }
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
      (isVerbLike(t[hi - 1]) || /(?:ing|ly)$|^not$|^never$/.test(t[hi - 1].lower))
    ) {
      hi--;
    }
    // "took to the radio at dawn to accuse": no verb right before "to", so the clause's subject
    if (hi === governed) return sharedSubject(p, from, hi, cue);
  }
  const trimmed = trimToSubject(t, lo, hi);
  // "X did Y and said …": the coordinated verb shares the subject of the first one
  if (trimmed > lo && /^(?:and|but|or)$/.test(t[trimmed - 1].lower)) return sharedSubject(p, from, trimmed - 1, cue);
  const span = nounPhraseBefore(t, lo, hi);
  if (span) return { paragraph: p.index, from: span[0], to: span[1], cue, rule: "clause" };
  // an inverted cue that opens its clause: "Said Smith:", "In other words, explained X:"
  if (trimmed === lo || t[trimmed - 1].text === ",") {
    const to = sourceAfterCue(t, cue.to, k);
    const stop = t[to];
    const introduces = stop !== undefined && (stop.text === ":" || stop.text === "," || stop.kind === "quote");
    if (to > cue.to && introduces) return { paragraph: p.index, from: cue.to, to, cue, rule: "clause" };
  }
  return null;
}

/** X: "…" — a colon with no cue still introduces the words of the phrase before it. */
function colonSubject(p: Paragraph, from: number, k: number): Attribution | null {
  if (p.tokens[k - 1]?.text !== ":" || k - 1 <= from) return null;
  const span = nounPhraseBefore(p.tokens, from, k - 1);
  if (span) return { paragraph: p.index, from: span[0], to: span[1], cue: null, rule: "clause" };
  return mainSubject(p, from, k - 1, null);
}

/** The subject of a participle cue: "with X calling it", "Marsh saying", or the clause it hangs from. */
function participleSubject(p: Paragraph, from: number, lo: number, cue: Cue, k: number): Attribution | null {
  const t = p.tokens;
  const own = withSubject(t, lo, cue.from) ?? namedBefore(t, lo, cue.from);
  if (own) return { paragraph: p.index, from: own[0], to: own[1], cue, rule: "clause" };
  // "Conceding that … "…" he warned": the subject follows the quote
  if (trimToSubject(t, from, cue.from) === from) {
    const later = subjectAfter(p, k);
    if (later) return later;
  }
  return sharedSubject(p, from, cue.from, cue);
}

/**
 * The subject a participle or a coordinated verb shares with the clause it hangs from: that of the
 * nearest reporting verb before it ("Ruiz said …, noting"), else the sentence's subject.
 */
function sharedSubject(p: Paragraph, from: number, at: number, cue: Cue): Attribution | null {
  const t = p.tokens;
  for (let i = at - 1; i >= from; i--) {
    const c = t[i].kind === "word" ? cueAt(t, i) : null;
    if (!c || c.ing || c.sourceAfter || c.to > at) continue;
    const span = nounPhraseBefore(t, clauseStart(t, from, c.from), c.from);
    if (span) return { paragraph: p.index, from: span[0], to: span[1], cue, rule: "subject" };
    const to = sourceAfterCue(t, c.to, at);
    if (to > c.to) return { paragraph: p.index, from: c.to, to, cue, rule: "subject" };
    break;
  }
  return mainSubject(p, from, sentenceOf(p, at)[1], cue);
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
  if (!isCapitalised(w)) return null;
  let a = hi - 1;
  while (a - 1 > lo && isCapitalised(t[a - 1]) && hi - a < 4) a--;
  return [a, hi];
}

/** "with the union calling her …": the words between "with" and the participle. */
function withSubject(t: readonly Token[], lo: number, hi: number): [number, number] | null {
  for (let i = hi - 1; i >= lo && hi - i <= 10; i--) {
    if (t[i].kind !== "word") return null;
    if (t[i].lower === "with") return i + 1 < hi ? [i + 1, hi] : null;
  }
  return null;
}
