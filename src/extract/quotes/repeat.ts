// Quotes a story prints twice: a pull quote set apart from the text, then the same words with their
// attribution in a paragraph. The copy that names nobody takes the speaker of the copy that does.
//
//   quotes with speakers (some null) -> the same quotes, a repeated one's null speaker filled in
import type { ParagraphSpan } from "../types.js";

/** Fewest words a repeated quote must hold: short phrases repeat by chance ("a good deal"). */
const MIN_WORDS = 6;
const WORD = /[\p{L}\p{N}]+/gu;
/**
 * Most pairs of quotes compared in one story. A story has a few pull quotes; one with thousands of
 * unattributed quotes stops sharing here instead of comparing every pair.
 */
const MAX_PAIRS = 50_000;

export interface RepeatableQuote {
  text: string;
  speaker: string | null;
  speakerMention: string | null;
  speakerDescription: string | null;
  cue: string | null;
  /** Where the cue stands: the other copy's cue, since the speaker is carried over from it. */
  cueAt: ParagraphSpan | null;
  rule: string | null;
}

/** The quote's words, lower-cased and joined by single spaces, padded so a match falls on word edges. */
function wordsOf(text: string): { key: string; count: number } {
  const words = text.toLowerCase().match(WORD) ?? [];
  return { key: ` ${words.join(" ")} `, count: words.length };
}

/** Fills the speaker of each quote that names nobody from another quote holding the same words. */
export function shareRepeatedSpeakers(quotes: RepeatableQuote[]): void {
  const keys = quotes.map((q) => wordsOf(q.text));
  let pairs = 0;
  for (const [i, q] of quotes.entries()) {
    if (q.speaker !== null || q.speakerMention !== null || keys[i].count < MIN_WORDS) continue;
    if (pairs >= MAX_PAIRS) return;
    pairs += quotes.length;
    const source = quotes.findIndex((other, j) => {
      if (j === i || other.speaker === null || keys[j].count < MIN_WORDS) return false;
      return keys[j].key.includes(keys[i].key) || keys[i].key.includes(keys[j].key);
    });
    if (source < 0) continue;
    const other = quotes[source];
    q.speaker = other.speaker;
    q.speakerMention = other.speakerMention;
    q.speakerDescription = other.speakerDescription;
    q.cue = other.cue;
    q.cueAt = other.cueAt;
    q.rule = "repeat";
  }
}
