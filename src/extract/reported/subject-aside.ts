// The source of a statement's cue when the noun-phrase reader found none because something stands
// between the sentence's subject and its cue: an aside set off by commas, dashes or brackets ("Tom
// Varga, director of Harbour Action, which wrote the letter, said"; "Sen. Ana Ruiz (D-N.M.), said"),
// a relative clause ("The officials whose rules were struck down say") or a participle phrase ("A
// report published Wednesday said"). Tokens before a cue -> the subject's token range, or null.
import { SET_OFF_RELATIVE_PRONOUNS } from "../../lexicon/speaker-words.js";
import type { Cue } from "../quotes/cues.js";
import { isSubjectPronoun, isVerbLike, subjectAtStart, trimToSubject } from "../quotes/noun-phrase.js";
import { DASH_TOKENS, isCapitalised, quoteEndsWithComma, type Token } from "../quotes/tokens.js";

const OPENS_ASIDE = new Set([",", "(", ...DASH_TOKENS]);
const CLOSES_ASIDE = new Set([",", ")", ...DASH_TOKENS]);
const RELATIVE = new Set(SET_OFF_RELATIVE_PRONOUNS);
/** Most tokens of an aside between a subject and its cue. */
const MAX_ASIDE = 30;
/** Most tokens of a relative clause or participle phrase between a subject and its cue. */
const MAX_MODIFIER = 10;

/** A participle that modifies the subject ("published", "released", "written"). */
function modifierParticiple(w: Token): boolean {
  return w.kind === "word" && w.text === w.lower && /(?:ed|en)$/.test(w.lower);
}

/** The aside closes right before the cue: a comma, a dash, a bracket, or a quote ending in a comma. */
function closesAside(w: Token): boolean {
  return CLOSES_ASIDE.has(w.text) || quoteEndsWithComma(w);
}

/**
 * The aside [from, to) is a noun phrase, maybe with a relative clause ("director of X, which wrote the
 * letter"), not a clause of its own ("However fair the plan, it is late, said …").
 */
function nounAside(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (w.kind === "word" && RELATIVE.has(w.lower)) return true;
    if (isVerbLike(w) || isSubjectPronoun(w)) return false;
  }
  return true;
}

/** The words [from, to) are a short modifier: words only, no punctuation or quote. */
function plainModifier(t: readonly Token[], from: number, to: number): boolean {
  if (to - from > MAX_MODIFIER) return false;
  for (let k = from; k < to; k++) if (t[k].kind !== "word") return false;
  return true;
}

/** The subject before an aside, a relative clause or a participle phrase that ends at the cue. */
export function subjectBeforeModifier(t: readonly Token[], start: number, cue: Cue): [number, number] | null {
  if (cue.ing || cue.sourceAfter) return null;
  const b = trimToSubject(t, start, cue.from);
  if (b <= start) return null;
  const subject = subjectAtStart(t, start, b);
  if (!subject || subject[1] >= b) return null;
  const after = t[subject[1]];
  const last = t[b - 1];
  // `…, using the tax ''is a mistake,'' said Mr. Burman`: a quote's inverted source follows the cue
  const inverted = last.kind === "quote" && isCapitalised(t[cue.to]);
  if (OPENS_ASIDE.has(after.text) && closesAside(last) && !inverted) {
    return b - subject[1] <= MAX_ASIDE && nounAside(t, subject[1] + 1, b - 1) ? subject : null;
  }
  // "whose rules were struck down", "published Wednesday": the modifier runs to the cue
  const modifier = RELATIVE.has(after.lower) || modifierParticiple(after);
  return modifier && plainModifier(t, subject[1], b) ? subject : null;
}
