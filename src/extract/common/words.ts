// Text -> its words and what they say about it: word counts and stopword shares per language, the share
// of unspaced scripts, the language it is written in, whether it ends like a sentence. No I/O.
import { SCRIPT_LANGUAGES, SCRIPT_RANGES } from "../../lexicon/scripts.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { WordTable } from "./word-table.js";

const STOP_BY_LANGUAGE = new Map(Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set(list)]));
const ENGLISH = STOP_BY_LANGUAGE.get("en") as Set<string>;
const LONGEST_STOPWORD = Math.max(...Object.values(STOPWORDS).flatMap((list) => list.map((w) => w.length)));
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/**
 * A character outside ASCII, Latin-1 and the General Punctuation block (dashes, curly quotes, none a
 * letter or a digit, none with a case): text with one is split by WORD and lower-cased word by word
 * (lower-casing it whole may change its length or its words); other text is read code by code. Latin-1
 * lower-cases one code to one code within Latin-1, so its accented letters and no-break spaces are read
 * code by code too.
 */
const NOT_SCANNED = /[\u0100-\u1fff\u2070-\uffff]/;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Share of a text's words that are function words of a language (jusText's stopword density). */
export function stopwordShare(text: string, language = "en"): number {
  const { count, stop } = wordCount(text, language);
  return count ? stop / count : 0;
}

/**
 * How many words a text has (`words(text).length`), and how many of them are function words of a
 * language (lower-cased), without the list of words where the text can be scanned.
 */
export function wordCount(text: string, language = "en"): { count: number; stop: number } {
  const set = STOP_BY_LANGUAGE.get(language) ?? ENGLISH;
  if (NOT_SCANNED.test(text)) {
    const ws = words(text);
    let stop = 0;
    for (const w of ws) if (set.has(w.toLowerCase())) stop++;
    return { count: ws.length, stop };
  }
  const bit = STOP_BIT.get(language) ?? ENGLISH_BIT;
  let stop = 0;
  const count = scanWords(text.toLowerCase(), LONGEST_STOPWORD, (lower, start, end) => {
    const entry = FUNCTION_WORDS.get(lower, start, end);
    if (entry !== undefined && (entry.stop & bit) !== 0) stop++;
  });
  return { count, stop };
}

/** Share of a text's letters in a script written without spaces (Chinese, Japanese). */
export function unspacedShare(text: string): number {
  let letters = 0;
  let unspaced = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) letters++;
    } else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) {
      letters++;
      unspaced++;
    } else if (/\p{L}/u.test(text[i])) letters++;
  }
  return letters ? unspaced / letters : 0;
}

/** How much of a text the language guess reads: enough for a story's first paragraphs. */
const LANGUAGE_SAMPLE = 2500;
/** Fewest words a Latin-script text needs for a guess, and the share of function words that decides. */
const MIN_WORDS = 6;
const MIN_SHARE = 0.12;

const SCRIPT_NAMES = [...new Set(SCRIPT_RANGES.map((r) => r[2]))];
const SCRIPT_INDEX = new Map(SCRIPT_NAMES.map((name, i) => [name, i]));
const LATIN = SCRIPT_INDEX.get("Latin") as number;
/** Script index of each code point below 0x10000 that is a letter of a listed script, else 255. */
const SCRIPT_OF = new Uint8Array(0x10000).fill(255);
for (const [from, to, name] of SCRIPT_RANGES) SCRIPT_OF.fill(SCRIPT_INDEX.get(name) as number, from, to + 1);
/** The Latin-script languages of the function-word lists, and the ones (by index) each word belongs to. */
const LATIN_LANGUAGES: string[] = [];
const LANGUAGES_OF_WORD = new Map<string, number[]>();
for (const [lang, list] of Object.entries(STOPWORDS)) {
  if (SCRIPT_LANGUAGES.some((s) => s.language === lang)) continue;
  const k = LATIN_LANGUAGES.push(lang) - 1;
  for (const w of list) LANGUAGES_OF_WORD.set(w, [...(LANGUAGES_OF_WORD.get(w) ?? []), k]);
}
/** Longest function word: a longer word is not looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...[...LANGUAGES_OF_WORD.keys()].map((w) => w.length));
/** Bit k of a function word's `stop` mask: the list of the k-th language of STOPWORDS has it. */
const STOP_BIT = new Map(Object.keys(STOPWORDS).map((lang, k) => [lang, 1 << k]));
const ENGLISH_BIT = STOP_BIT.get("en") as number;
/**
 * Every function word, found in place by the code-by-code scans: the lists that have it (`stop`, by
 * STOP_BIT) and the Latin-script languages it counts for (`latin`, as in LANGUAGES_OF_WORD).
 */
const FUNCTION_WORDS = new WordTable(
  [...new Set(Object.values(STOPWORDS).flat())].map((w) => {
    let stop = 0;
    for (const [lang, list] of STOP_BY_LANGUAGE) if (list.has(w)) stop |= STOP_BIT.get(lang) as number;
    return [w, { stop, latin: LANGUAGES_OF_WORD.get(w) }] as const;
  }),
);

/**
 * The language a text is written in, as a BCP 47 primary subtag, from its first few thousand
 * characters: by script where one script names a language (Cyrillic, Han, kana...), else by the
 * function words of the Latin-script languages. Null when the text does not say plainly.
 */
export function languageOf(text: string): string | null {
  const sample = text.length > LANGUAGE_SAMPLE ? text.slice(0, LANGUAGE_SAMPLE) : text;
  const counts = new Array<number>(SCRIPT_NAMES.length).fill(0);
  let letters = 0;
  for (let i = 0; i < sample.length; i++) {
    const k = SCRIPT_OF[sample.charCodeAt(i)];
    if (k === 255) continue;
    counts[k]++;
    letters++;
  }
  if (!letters) return null;
  let main = 0;
  for (let k = 1; k < counts.length; k++) if (counts[k] > counts[main]) main = k;
  if (main !== LATIN) {
    const entry = SCRIPT_LANGUAGES.find((s) => s.script === SCRIPT_NAMES[main]);
    if (!entry) return null;
    const other = entry.unless ? (counts[SCRIPT_INDEX.get(entry.unless.script) ?? -1] ?? 0) : 0;
    return entry.unless && other >= entry.unless.share * counts[main] ? entry.unless.language : entry.language;
  }
  return latinLanguage(sample);
}

function latinLanguage(sample: string): string | null {
  const scores = new Array<number>(LATIN_LANGUAGES.length).fill(0);
  const score = (lower: string, start: number, end: number) => {
    const langs = FUNCTION_WORDS.get(lower, start, end)?.latin;
    if (langs) for (const k of langs) scores[k]++;
  };
  const n = NOT_SCANNED.test(sample)
    ? scoreWords(sample, scores)
    : scanWords(sample.toLowerCase(), LONGEST_FUNCTION_WORD, score);
  if (n < MIN_WORDS) return null;
  let best = -1;
  let top = 0;
  let second = 0;
  for (let k = 0; k < scores.length; k++) {
    const score = scores[k];
    if (score > top) {
      second = top;
      top = score;
      best = k;
    } else if (score > second) second = score;
  }
  return best >= 0 && top / n >= MIN_SHARE && top > second ? LATIN_LANGUAGES[best] : null;
}

/** Counts a text's words (as WORD finds them) into `scores` by the languages they are function words of. */
function scoreWords(text: string, scores: number[]): number {
  const ws = text.match(WORD) ?? [];
  for (const w of ws) {
    const langs = LANGUAGES_OF_WORD.get(w.toLowerCase());
    if (langs) for (const k of langs) scores[k]++;
  }
  return ws.length;
}

/**
 * The words of lower-cased text of ASCII, Latin-1 and General Punctuation, read code by code: the same words as
 * WORD finds (a run of letters and digits, then any apostrophe + letters), with no match objects. Words
 * of at most `longest` characters are handed to `visit` where they stand (`lower`, start, end), not copied
 * out; returns how many words there are in all.
 */
function scanWords(lower: string, longest: number, visit: (lower: string, start: number, end: number) => void): number {
  let n = 0;
  for (let i = 0; i < lower.length; ) {
    if (!isLetterOrDigit(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isLetterOrDigit(lower.charCodeAt(i))) i++;
    // bounded: a read past the end (NaN) deoptimizes the compiled loop
    while (i + 1 < lower.length && isApostrophe(lower.charCodeAt(i)) && isLetter(lower.charCodeAt(i + 1))) {
      i += 2;
      while (i < lower.length && isLetter(lower.charCodeAt(i))) i++;
    }
    n++;
    if (i - start <= longest) visit(lower, start, i);
  }
  return n;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** A letter (\p{L}) of ASCII or Latin-1; the text is lower-cased, but the Latin-1 capitals are kept as letters. */
function isLetter(c: number): boolean {
  if (c < 0x80) return c >= 0x61 && c <= 0x7a;
  return c === 0xaa || c === 0xb5 || c === 0xba || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/** A letter or a number (\p{L}, \p{N}) of ASCII or Latin-1: digits, and the Latin-1 ², ³, ¹, ¼, ½, ¾. */
function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return isLetter(c) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe);
}

/** Ends like a sentence: . ! ? 。 or a closing quote or bracket after one, or an ellipsis. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…。！？]["'”’»)\]）」』]*$|[.!?,]["”’»]$/.test(text.slice(-8));
}

/** Share of the words (other than function words) that start with a capital letter. */
export function capitalisedShare(text: string): number {
  const ws = words(text).filter((w) => !ENGLISH.has(w.toLowerCase()) && /\p{L}/u.test(w));
  if (!ws.length) return 0;
  let n = 0;
  for (const w of ws) if (/^\p{Lu}/u.test(w)) n++;
  return n / ws.length;
}
