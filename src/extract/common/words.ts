import { STOPWORDS } from "../../lexicon/stopwords.js";

const STOP_BY_LANGUAGE = new Map(Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set(list)]));
const ENGLISH = STOP_BY_LANGUAGE.get("en") as Set<string>;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Share of a text's words that are function words of a language (jusText's stopword density). */
export function stopwordShare(text: string, language = "en"): number {
  const stop = STOP_BY_LANGUAGE.get(language) ?? ENGLISH;
  const ws = words(text);
  if (!ws.length) return 0;
  let n = 0;
  for (const w of ws) if (stop.has(w.toLowerCase())) n++;
  return n / ws.length;
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

/**
 * The language whose function words make up the largest share of the text, when that share says it
 * plainly (a quarter of the words); "ja"/"zh" by script; else null.
 */
export function languageOf(text: string): string | null {
  if (unspacedShare(text) > 0.5) return /[\u3040-\u30ff]/u.test(text) ? "ja" : "zh";
  const ws = words(text).map((w) => w.toLowerCase());
  if (ws.length < 30) return null;
  let best: string | null = null;
  let bestShare = 0.25;
  for (const [lang, stop] of STOP_BY_LANGUAGE) {
    let n = 0;
    for (const w of ws) if (stop.has(w)) n++;
    if (n / ws.length > bestShare) {
      best = lang;
      bestShare = n / ws.length;
    }
  }
  return best;
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
