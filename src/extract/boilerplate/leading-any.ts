// A lexicon pattern that opens with "any m to n characters" (`^.{0,120}\ball\s+rights\s+reserved…`) ->
// a quicker test that every line it matches passes: the rest of the pattern alone, looked for anywhere
// in the line. On such a pattern the engine tries the rest at every one of the n first positions, one
// after the other; the rest alone it finds by a quick scan for its first characters. A line the pattern
// matches holds a match of the rest (where the rest starts), so only the lines the quick test passes
// need the pattern itself, which then tells. The quick test compiles in place of the pattern: a line
// that fails it never compiles the pattern at all.
import type { CaseFreePattern } from "./case-free.js";

/** A leading "any m to n characters", not made lazy or quantified again. */
const LEADING_ANY = /^\^\.\{\d+,\d+\}(?![?*+{])/;

/** The quick test of a pattern that opens with `^.{m,n}`, run on the same text; null for other patterns. */
export function quickTest({ re, onLower }: CaseFreePattern): CaseFreePattern | null {
  const rest = afterLeadingAny(re.source);
  return rest === re.source ? null : { re: new RegExp(rest, re.flags), onLower };
}

/**
 * The pattern without a leading `^.{m,n}`: a test that every line the pattern matches passes. Kept
 * whole when the rest opens with a repeated atom (`\s+on…`): tried at every position of a long run of
 * spaces, that atom would make the search quadratic, where the leading `.{m,n}` bounded it.
 */
export function afterLeadingAny(source: string): string {
  const m = LEADING_ANY.exec(source);
  if (!m) return source;
  const rest = source.slice(m[0].length);
  return opensWithRepeat(rest) ? source : rest;
}

/** The first atom of a pattern (an escape, a class, a group, a character) is followed by a quantifier. */
function opensWithRepeat(source: string): boolean {
  let i = 0;
  if (source[0] === "\\") i = /^\\[pP]\{/.test(source) ? source.indexOf("}") + 1 : 2;
  else if (source[0] === "[") i = classEnd(source, 0);
  else if (source[0] === "(") i = groupEnd(source, 0);
  else i = 1;
  return i <= 0 || /^[?*+{]/.test(source.slice(i));
}

/** Index after the character class opening at `from`, or -1. */
function classEnd(source: string, from: number): number {
  for (let i = from + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i + 1;
  }
  return -1;
}

/** Index after the group opening at `from`, or -1. */
function groupEnd(source: string, from: number): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      i = classEnd(source, i) - 1;
      if (i < 0) return -1;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}
