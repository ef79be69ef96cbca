// Test helper: each quote's text with the words that name its speaker (null when none stand by it).
import { extractQuotes } from "../../src/extract/quotes.js";

export const mentions = (paragraphs: string[]) =>
  extractQuotes(paragraphs).map((q) => [q.text, q.speakerMention ?? null]);
