// Transcript turns name their speaker in capitals at the start of the quote: "HOST: Will it open?",
// "LENA MARSH: It will.". Such a turn is a quote of its own, and the label is its speaker.
import type { Attribution } from "./attribution.js";
import type { Paragraph } from "./paragraph.js";

/** Longest label, in characters. */
const MAX_LABEL = 32;

/** The label that opens a quote's content (the name in capitals before a colon), or null. */
export function speakerLabel(content: string): string | null {
  let i = 0;
  while (i < content.length && content.charCodeAt(i) === 0x20) i++;
  const start = i;
  let letters = 0;
  for (; i < content.length && i - start <= MAX_LABEL; i++) {
    const c = content[i];
    if (c === ":") break;
    if (c >= "A" && c <= "Z") letters++;
    else if (!(c === " " || c === "." || c === "'" || c === "’" || c === "-")) return null;
  }
  if (content[i] !== ":" || letters < 2 || content[i + 1] !== " ") return null;
  return content.slice(start, i).trim();
}

/** The label rule: a transcript turn names its speaker in its first words. */
export function attributeLabel(p: Paragraph, k: number): Attribution | null {
  const label = speakerLabel(p.tokens[k].text);
  return label ? { paragraph: p.index, from: k, to: k + 1, cue: null, rule: "label", label } : null;
}
