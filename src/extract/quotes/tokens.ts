// A paragraph as tokens for attribution: words and punctuation outside quotes, and each quoted
// stretch (marks included) as one token of its own. One pass over the text.
import type { Stretch } from "./marks.js";

export interface Token {
  /** The characters as written (a quote token holds its content only). */
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: "word" | "punct" | "quote";
  /** Index of the stretch for a quote token, else -1. */
  quote: number;
  /** Sentence number inside the paragraph (set by splitSentences). */
  sentence: number;
}

/** Longest word kept whole; longer runs of letters are split (hostile input stays linear). */
const MAX_WORD = 64;

function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  return code !== 0x2019 && code !== 0x2018 && LETTER.test(String.fromCharCode(code));
}
const LETTER = /[\p{L}\p{N}\p{M}]/u;

/** Joiners kept inside a word when a letter or digit follows: Ruiz's, al-Amin, U.S, 2.5, AT&T. */
function isJoiner(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2d || code === 0x2e || code === 0x26 || code === 0x2010;
}

function isSpace(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x2009 || code === 0x200b || code === 0x202f;
}

/** The minutes and meridiem of a clock time glued to a capitalised word: "52PM" in "9:52PMBush". */
const GLUED_CLOCK = /^\d{1,2}[AaPp]\.?[Mm]\.?(?=\p{Lu}\p{Ll})/u;

/** The length of a clock time that opens a word and runs into a name ("52PMBush" → 4), else 0. */
function gluedClockLength(word: string): number {
  return GLUED_CLOCK.exec(word)?.[0].length ?? 0;
}

/** A dash standing as a token of its own: hyphen, en, em or horizontal bar ("--" is two hyphens). */
export const DASH_TOKENS: ReadonlySet<string> = new Set(["-", "–", "—", "―"]);
/** Marks a name may hold between its letters: "O'Neil", "AT&T", "Smith-Jones". */
export const NAME_JOINERS: ReadonlySet<string> = new Set(["'", "’", "&", "-"]);
/** The same and the period of an abbreviation: "Sen. Ruiz", "Mr. Ruiz". */
export const NAME_MARKS: ReadonlySet<string> = new Set([...NAME_JOINERS, "."]);

/** A word that starts with a capital letter. */
export function isCapitalised(t: Token | undefined): boolean {
  if (t?.kind !== "word") return false;
  const c = t.text.charCodeAt(0);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = t.text[0];
  return ch !== ch.toLowerCase();
}

export function tokenize(text: string, stretches: readonly Stretch[]): Token[] {
  const out: Token[] = [];
  let q = 0;
  let i = 0;
  while (i < text.length) {
    if (q < stretches.length && i >= stretches[q].open) {
      const s = stretches[q];
      const content = text.slice(s.start, s.end);
      out.push({ text: content, lower: "", start: s.open, end: s.after, kind: "quote", quote: q, sentence: 0 });
      i = Math.max(i, s.after);
      q++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const stop = q < stretches.length ? stretches[q].open : text.length;
    if (isWordChar(code)) {
      let j = i + 1;
      let curly = false;
      while (j < stop && j - i < MAX_WORD) {
        const c = text.charCodeAt(j);
        if (isWordChar(c)) j++;
        else if (isJoiner(c) && j + 1 < stop && isWordChar(text.charCodeAt(j + 1))) {
          curly ||= c === 0x2019;
          j += 2;
        } else break;
      }
      const clock = gluedClockLength(text.slice(i, j));
      if (clock > 0) j = i + clock;
      const word = text.slice(i, j);
      // a typographic apostrophe reads as a straight one: "wouldn’t" is "wouldn't"
      const lower = word.toLowerCase();
      out.push({
        text: word,
        lower: curly ? lower.replaceAll("’", "'") : lower,
        start: i,
        end: j,
        kind: "word",
        quote: -1,
        sentence: 0,
      });
      i = j;
      continue;
    }
    // a surrogate pair stays one token
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const ch = text.slice(i, i + width);
    out.push({ text: ch, lower: ch, start: i, end: i + width, kind: "punct", quote: -1, sentence: 0 });
    i += width;
  }
  return out;
}

/** Closing marks that may stand after a quote's final comma ("…,'" inside a quote). */
const CLOSING_MARKS = new Set(["'", "’", '"', "”"]);

/** The quote token's content ends in a comma, maybe before spaces and closing marks (linear: no regex). */
export function quoteEndsWithComma(w: Token): boolean {
  if (w.kind !== "quote") return false;
  const s = w.text;
  let i = s.length - 1;
  while (i >= 0 && (CLOSING_MARKS.has(s[i]) || s[i].trim() === "")) i--;
  return s[i] === ",";
}

/** Letters joined by periods: "F.B.I" (its last period is a token of its own). */
const DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}\p{Lu}$/u;

/** A word of dotted initials ("F.B.I", "U.S"). */
export function isDottedInitials(text: string): boolean {
  return DOTTED_INITIALS.test(text);
}
