// Multi-paragraph quotes: a paragraph that ends inside a quote continues into the next paragraph
// when that one opens with a quotation mark; the pieces make one quote. A transcript's next turn
// ("HOST: …") is a new quote even so.
import { leadingOpener } from "./marks.js";
import type { Paragraph } from "./paragraph.js";
import { speakerLabel } from "./speaker-label.js";

export interface Piece {
  paragraph: number;
  /** Index into the paragraph's stretches. */
  stretch: number;
}

/** Groups the stretches of all paragraphs into quotes, in document order. */
export function joinContinuations(paragraphs: readonly Paragraph[]): Piece[][] {
  const quotes: Piece[][] = [];
  let open: Piece[] | null = null;
  for (const p of paragraphs) {
    const opener = p.stretches.length ? leadingOpener(p.text) : -1;
    p.stretches.forEach((s, i) => {
      const piece = { paragraph: p.index, stretch: i };
      // a transcript turn ("GUEST: Well, …") starts a quote of its own
      if (open && i === 0 && s.open === opener && !speakerLabel(p.text.slice(s.start, s.end))) open.push(piece);
      else quotes.push([piece]);
      open = s.closed ? null : quotes[quotes.length - 1];
    });
    if (!p.stretches.length) open = null;
  }
  return quotes;
}
