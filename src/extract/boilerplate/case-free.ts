// A case-insensitive lexicon pattern -> the same test, run case-sensitively on the lower-cased text.
// The first use of a case-insensitive pattern costs V8 a compile with case folding (about 1 ms for one
// of the long multilingual alternations with the `u` flag, over 20 ms for the phrase lexicon); written
// in lower case and run on lower-cased text it matches the same lines and compiles several times faster.

export interface CaseFreePattern {
  re: RegExp;
  /** Run on the lower-cased text: the pattern was case-insensitive and is written in lower case. */
  onLower: boolean;
}

/** Escapes (\S, \b, \p{Lu}...) are not letters of the pattern's text. */
const ESCAPES = /\\[pP]\{[^}]*\}|\\./g;

/** A letter written as a code (\u00c0, \x41, \cA) may stand for a capital: such patterns stay as written. */
const CODED_LETTER = /\\[uxc]/;

export function caseFree(re: RegExp): CaseFreePattern {
  if (!re.flags.includes("i") || CODED_LETTER.test(re.source)) return { re, onLower: false };
  const letters = re.source.replace(ESCAPES, "");
  if (letters !== letters.toLowerCase()) return { re, onLower: false };
  return { re: new RegExp(re.source, re.flags.replace("i", "")), onLower: true };
}

/** `lower` is `text.toLowerCase()`, computed once for all the patterns a text is tried against. */
export function testCaseFree(pattern: CaseFreePattern, text: string, lower: string): boolean {
  return pattern.re.test(pattern.onLower ? lower : text);
}
