import { extractAttributions } from "../../src/extract/reported.js";
import type { Block } from "../../src/read/block.js";

/** Blocks from lines of text, one block per non-empty line. */
export function blocksOf(...lines: string[]): Block[] {
  return lines.filter((l) => l.trim()).map((text) => ({ text: text.trim() }));
}

/** The texts of the reported statements read from paragraphs of English. */
export function reportedTexts(paragraphs: string[]): string[] {
  return extractAttributions(paragraphs, "en").reported.map((r) => r.text);
}

/** Each reported statement read from paragraphs of English as [text, speakerMention, cue]. */
export function reportedTriples(paragraphs: string[]): (string | null)[][] {
  return extractAttributions(paragraphs, "en").reported.map((r) => [r.text, r.speakerMention, r.cue]);
}

/** Each reported statement read from paragraphs of English as "cue: text". */
export function reportedCues(paragraphs: string[]): string[] {
  return extractAttributions(paragraphs, "en").reported.map((r) => `${r.cue}: ${r.text}`);
}
