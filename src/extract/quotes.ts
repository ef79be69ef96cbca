// Quotes: every direct and partial quote with its speaker. PLACEHOLDER until the quotes extractor lands.
import type { Quote } from "../story.js";
import type { ParagraphSpan } from "./types.js";

export type QuoteFinding = Omit<Quote, "spans"> & { pieces: ParagraphSpan[] };

export function extractQuotes(_paragraphs: readonly string[]): QuoteFinding[] {
  return [];
}
