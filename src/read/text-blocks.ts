// Text -> blocks. Page copy and modern wire text put one paragraph per line: every non-empty line is a
// block. Old wire feeds are hard-wrapped at a fixed width with indented paragraph starts: their lines
// are joined back into paragraphs.
import type { Block, Document } from "./block.js";
import { mapPacked } from "./packed.js";

const BULLET = /^[•·▪●◦‣∙*]\s+/;

export function textToDocument(text: string): Document {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  const blocks = isHardWrapped(lines) ? unwrap(lines) : lines.flatMap(lineBlock);
  return { blocks, page: null, warnings: [] };
}

function lineBlock(line: string, i: number, lines: string[]): Block[] {
  const text = line.trim();
  if (!text) return [];
  const spaced = (i > 0 && !lines[i - 1].trim()) || (i + 1 < lines.length && !lines[i + 1].trim());
  const bullet = BULLET.exec(text);
  if (!bullet) return [{ text, spaced }];
  const rest = text.slice(bullet[0].length);
  return rest ? [{ text: rest, bullet: true, spaced }] : [];
}

/**
 * Hard-wrapped text: most long lines end near one width and run on into the next line without a
 * blank line between them.
 */
function isHardWrapped(lines: string[]): boolean {
  const lengths = mapPacked(lines, (l) => l.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < 6) return false;
  const width = quantile(lengths, 0.9);
  if (width < 40 || width > 100) return false;
  let runOn = 0;
  let long = 0;
  let closed = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (line.length < width * 0.75) continue;
    long++;
    if (lines[i + 1].trim() !== "") runOn++;
    if (/[.!?:"”]$/.test(line)) closed++;
  }
  // wrapped lines break mid-sentence; lines that each end a sentence are paragraphs of their own
  return long >= 4 && runOn >= 0.7 * long && long >= 0.4 * lengths.length && closed < 0.5 * long;
}

/** Join wrapped lines; a paragraph ends at a blank line, a short line, or before an indented line. */
function unwrap(lines: string[]): Block[] {
  const indents = mapPacked(
    lines.filter((l) => l.trim()),
    (l) => l.length - l.trimStart().length,
  );
  const baseIndent = Math.min(...indents);
  const width = quantile(
    mapPacked(lines, (l) => l.trimEnd().length).filter((n) => n > 0),
    0.9,
  );
  const blocks: Block[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) blocks.push({ text: current.join(" ") });
    current = [];
  };
  let previousLength = 0;
  for (const line of lines) {
    const text = line.trim();
    if (!text) {
      flush();
      previousLength = 0;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const startsParagraph = indent > baseIndent || previousLength < width * 0.6 || BULLET.test(text);
    if (startsParagraph) flush();
    current.push(text);
    previousLength = line.trimEnd().length;
  }
  flush();
  return blocks;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
