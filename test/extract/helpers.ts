import type { Block } from "../../src/read/block.js";

/** Blocks from lines of text, one block per non-empty line. */
export function blocksOf(...lines: string[]): Block[] {
  return lines.filter((l) => l.trim()).map((text) => ({ text: text.trim() }));
}
