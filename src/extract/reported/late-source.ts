// The source between a statement's content and its cue when the quote attribution rules find none
// there: a name with its apposition ("…, Ana Ruiz, the harbour master, wrote in a memo."), a long
// title before a name ("…, port authority spokesman Tad Varga said."), or a short subject whose cue
// a long listener or setting follows ("…, he told the court in his filing."). The source is a noun
// phrase only: no verb, no relative pronoun, no quote. Tokens, the sentence's start and the cue in;
// the content's comma and the source's range out. And a source after its cue that a relative clause
// closes ("…, said Ana Ruiz, a harbour expert who has written books on the port.").
import { DETERMINERS, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS } from "../../lexicon/speaker-words.js";
import { type Cue, cueAt } from "../quotes/cues.js";
import { isSubjectPronoun, isVerbLike } from "../quotes/noun-phrase.js";
import { isCapitalised, NAME_MARKS, type Token } from "../quotes/tokens.js";

/** Most tokens of a source and its apposition between the content's comma and the cue. */
const MAX_LATE_SOURCE = 14;
/** Most tokens of a name ("Ana Ruiz", "Sen. Ana M. Ruiz"). */
const MAX_NAME = 6;
const DETERMINER = new Set(DETERMINERS);
const RELATIVE = new Set(RELATIVE_PRONOUNS);

export interface LateSource {
  /** The comma that ends the content. */
  comma: number;
  from: number;
  to: number;
}

export function lateSource(t: readonly Token[], start: number, cue: Cue): LateSource | null {
  if (cue.ing || cue.sourceAfter) return null;
  // "…, Ana Ruiz, the harbour master, wrote": a comma right before the cue closes an apposition
  const set = t[cue.from - 1]?.text === ",";
  const to = set ? cue.from - 1 : cue.from;
  let inner = -1;
  for (let k = to - 1; k > start && cue.from - k <= MAX_LATE_SOURCE; k--) {
    const w = t[k];
    if (w.text === ",") {
      if (!set) return phrase(t, k + 1, to) && opensSource(t, k + 1, to) ? { comma: k, from: k + 1, to } : null;
      if (inner < 0) {
        inner = k;
        continue;
      }
      // a name and its apposition, either way round
      const a: [number, number] = [k + 1, inner];
      const b: [number, number] = [inner + 1, to];
      if (!phrase(t, ...a) || !phrase(t, ...b)) return null;
      const named = (name(t, ...a) && opensSource(t, ...b)) || (opensSource(t, ...a) && name(t, ...b));
      return named ? { comma: k, from: k + 1, to } : null;
    }
    if (w.kind === "quote" || (w.kind === "punct" && !NAME_MARKS.has(w.text))) return null;
  }
  return null;
}

/** Tokens [from, to) hold words (and the marks of names) with no verb, relative pronoun or cue. */
function phrase(t: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (w.kind !== "word") {
      if (!NAME_MARKS.has(w.text)) return false;
      continue;
    }
    if (isVerbLike(w) || RELATIVE.has(w.lower) || cueAt(t, k)) return false;
    // "winning the states by margins big enough to": a participle or an infinitive opens no source
    if ((w.text === w.lower && w.lower.endsWith("ing")) || w.lower === "to") return false;
    // a pronoun is a source on its own only: "he", not "he and aides"
    if (isSubjectPronoun(w) && to - from > 1) return false;
  }
  return true;
}

/** A noun phrase that can name a source: a name, a determiner or possessive, a pronoun, a number. */
function opensSource(t: readonly Token[], from: number, to: number): boolean {
  const w = t[from];
  if (isCapitalised(w) || isSubjectPronoun(w) || /^\d/.test(w.text)) return true;
  return to - from > 1 && (DETERMINER.has(w.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower));
}

/** Tokens [from, to) are a name: capitalised words and the marks between them. */
function name(t: readonly Token[], from: number, to: number): boolean {
  if (to - from > MAX_NAME) return false;
  for (let k = from; k < to; k++) if (t[k].kind === "word" && !isCapitalised(t[k])) return false;
  return isCapitalised(t[from]);
}

/** Words that open the relative clause describing an inverted source. */
const DESCRIBING = new Set(["who", "whose"]);

/**
 * The source after a cue that follows the content's comma at `comma`, when a relative clause runs
 * from it to the sentence's end (", said Ana Ruiz, a harbour expert who has written …"): its range
 * up to "who", or null. The name and its apposition hold no verb, cue or quote.
 */
export function describedSource(t: readonly Token[], comma: number, cue: Cue, end: number): [number, number] | null {
  if (cue.from !== comma + 1 || cue.ing || cue.sourceAfter || cue.takesObject || cue.to - cue.from > 1) return null;
  const first = t[cue.to];
  if (!first || !(isCapitalised(first) || DETERMINER.has(first.lower))) return null;
  for (let k = cue.to; k < end && k - cue.to <= MAX_LATE_SOURCE; k++) {
    const w = t[k];
    if (w.kind === "word" && DESCRIBING.has(w.lower)) {
      const to = t[k - 1].text === "," ? k - 1 : k;
      return to > cue.to ? [cue.to, to] : null;
    }
    if (w.kind === "quote" || (w.kind === "punct" && w.text !== "," && !NAME_MARKS.has(w.text))) return null;
    if (w.kind === "word" && (isVerbLike(w) || cueAt(t, k))) return null;
  }
  return null;
}
