import { STOPWORDS } from "../../lexicon/stopwords.js";

const STOP = new Set(STOPWORDS);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Share of a text's words that are English function words (jusText's stopword density). */
export function stopwordShare(text: string): number {
  const ws = words(text);
  if (!ws.length) return 0;
  let n = 0;
  for (const w of ws) if (STOP.has(w.toLowerCase())) n++;
  return n / ws.length;
}

export function isStopword(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

/** Ends like a sentence: . ! ? or a closing quote or bracket after one, or an ellipsis. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…]["'”’)\]]*$|[.!?,]["”’]$/.test(text);
}

/** Share of the words (other than function words) that start with a capital letter. */
export function capitalisedShare(text: string): number {
  const ws = words(text).filter((w) => !STOP.has(w.toLowerCase()) && /\p{L}/u.test(w));
  if (!ws.length) return 0;
  let n = 0;
  for (const w of ws) if (/^\p{Lu}/u.test(w)) n++;
  return n / ws.length;
}
