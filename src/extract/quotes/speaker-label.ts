// Labels that name a quote's speaker without a cue. Transcript turns name their speaker in capitals at
// the start of the quote: "HOST: Will it open?", "LENA MARSH: It will.". Such a turn is a quote of its
// own, and the label is its speaker. A quote that makes a paragraph may be signed after it instead:
// "“…” ― Ana Ruiz", or a next line "— Ana Ruiz, 34, Tucson". A digest line names the speaker of its
// quote after the item's headline: "Pollsters agree - Ana Ruiz: “…”".
import { AUXILIARIES, COMMON_VERBS, NAME_PARTICLES } from "../../lexicon/speaker-words.js";
import type { Attribution } from "./attribution.js";
import { cueAt } from "./cues.js";
import type { Paragraph } from "./paragraph.js";
import { DASH_TOKENS, isCapitalised, type Token } from "./tokens.js";

/** Longest label, in characters. */
const MAX_LABEL = 32;

/** The label that opens a quote's content (the name in capitals before a colon), or null. */
export function speakerLabel(content: string): string | null {
  let i = 0;
  while (i < content.length && content.charCodeAt(i) === 0x20) i++;
  const start = i;
  let letters = 0;
  for (; i < content.length && i - start <= MAX_LABEL; i++) {
    const c = content[i];
    if (c === ":") break;
    if (c >= "A" && c <= "Z") letters++;
    else if (!(c === " " || c === "." || c === "'" || c === "’" || c === "-")) return null;
  }
  if (content[i] !== ":" || letters < 2 || content[i + 1] !== " ") return null;
  return content.slice(start, i).trim();
}

/** The label rule: a transcript turn names its speaker in its first words. */
export function attributeLabel(p: Paragraph, k: number): Attribution | null {
  const label = speakerLabel(p.tokens[k].text);
  return label ? { paragraph: p.index, from: k, to: k + 1, cue: null, rule: "label", label } : null;
}

/** Most words of a signature's name, and of what follows it after commas (", 34, Phoenix"). */
const MAX_SIGNATURE_NAME = 5;
const MAX_SIGNATURE_DESCRIPTION = 8;
const NAME_PARTICLE = new Set(NAME_PARTICLES);
/** Verbs that make the words after a name a sentence, not a signature ("Ana Ruiz, 34, was arrested"). */
const VERBS = new Set([...AUXILIARIES, ...COMMON_VERBS]);

/** End of a name run from `i`: capitalised words, initials ("A.") and particles ("de"); `i` when none. */
function nameRunEnd(t: readonly Token[], i: number, end: number): number {
  let j = i;
  let words = 0;
  while (j < end && words <= MAX_SIGNATURE_NAME) {
    const w = t[j];
    if (isCapitalised(w)) words++;
    else if (w.text === "." && j > i && isCapitalised(t[j - 1]) && t[j - 1].text.length <= 2) {
      // an initial: "Julie A. Diaz"
    } else if (!(w.kind === "word" && NAME_PARTICLE.has(w.lower) && j > i && isCapitalised(t[j + 1]))) break;
    j++;
  }
  return words > MAX_SIGNATURE_NAME ? i : j;
}

/**
 * A signature: tokens [from, end) are a name, maybe a dash before it, and maybe a short description
 * after commas ("― Ana Ruiz", "Ana Ruiz, 34, Tucson", "— Tom Varga, teacher."), and nothing else.
 * Without a dash the name needs two words. Returns the token range of name and description.
 */
function signature(t: readonly Token[], from: number, end: number): [number, number] | null {
  let i = from;
  let dashes = 0;
  while (i < end && t[i].kind === "punct" && DASH_TOKENS.has(t[i].text)) {
    i++;
    dashes++;
  }
  // a final period closes the line, unless it ends an initial ("Julie A.")
  let stop = end;
  if (stop > i && t[stop - 1].text === "." && !(stop - 2 >= i && t[stop - 2].text.length <= 2)) stop--;
  const nameEnd = nameRunEnd(t, i, stop);
  let capitals = 0;
  for (let k = i; k < nameEnd; k++) if (isCapitalised(t[k])) capitals++;
  if (capitals < (dashes > 0 ? 1 : 2) || (dashes === 0 && from > 0)) return null;
  if (nameEnd === stop) return [i, nameEnd];
  if (t[nameEnd].text !== ",") return null;
  let words = 0;
  for (let k = nameEnd + 1; k < stop; k++) {
    const w = t[k];
    if (w.kind === "word") {
      if (++words > MAX_SIGNATURE_DESCRIPTION || VERBS.has(w.lower) || cueAt(t, k)) return null;
    } else if (w.text !== "," && w.text !== ".") return null;
  }
  return words > 0 ? [i, stop] : null;
}

/**
 * The signature rule: a quote that makes its paragraph signs it with a name after a dash, in the same
 * paragraph ("“…” ― Ana Ruiz") or on the next line ("— Ana Ruiz, 34, Tucson" or "Ana Ruiz, teacher").
 */
export function attributeSignature(paras: readonly Paragraph[], p: Paragraph, k: number): Attribution | null {
  const t = p.tokens;
  if (k !== 0) return null;
  let i = k + 1;
  while (i < t.length && t[i].kind === "punct" && (t[i].text === "." || t[i].text === ",")) i++;
  if (i < t.length) {
    if (!DASH_TOKENS.has(t[i].text)) return null;
    const span = signature(t, i, t.length);
    return span && { paragraph: p.index, from: span[0], to: span[1], cue: null, rule: "label" };
  }
  const next = paras[p.index + 1];
  if (!next) return null;
  const span = signature(next.tokens, 0, next.tokens.length);
  return span && { paragraph: next.index, from: span[0], to: span[1], cue: null, rule: "label" };
}

/** Most tokens of a digest line's name ("Frank Newport and Jim Harter", "Jeffrey M. Jones"). */
const MAX_DIGEST_NAME = 8;

/**
 * The digest rule: "Headline - Ana Ruiz: “…”": the capitalised name between a dash and the colon that
 * opens the quote is its speaker (names joined by "and" too), whatever words the headline holds.
 */
export function attributeDigest(p: Paragraph, k: number): Attribution | null {
  const t = p.tokens;
  if (k < 4 || t[k - 1].text !== ":") return null;
  let a = k - 1;
  while (a - 1 > 0 && k - a <= MAX_DIGEST_NAME && isDigestNameToken(t, a - 1)) a--;
  if (a === k - 1 || !isCapitalised(t[a]) || !isCapitalised(t[k - 2])) return null;
  return DASH_TOKENS.has(t[a - 1].text) ? { paragraph: p.index, from: a, to: k - 1, cue: null, rule: "label" } : null;
}

/** A capitalised word, an initial's period ("M.") or the "and" between two names. */
function isDigestNameToken(t: readonly Token[], i: number): boolean {
  const w = t[i];
  if (isCapitalised(w)) return true;
  if (w.text === ".") return isCapitalised(t[i - 1]) && t[i - 1].text.length === 1;
  return w.lower === "and" && isCapitalised(t[i - 1]) && isCapitalised(t[i + 1]);
}
