// A statement whose content runs over a direct quote and that quote's own attribution ("Ruiz declared
// the need for patience: "Wait a year," she said.", or its source before a later cue: `"Wait a year,"
// Ana Ruiz, a guide, said Sunday`): what it holds past the quote is another report, the quote's, so the
// words are no content of its own (a fully quoted statement is a quote, CONTRACT.md).
// Statements and the story's direct quotes in, the statements to keep out.
import type { ParagraphSpan } from "../types.js";

/** Where a direct quote stands and its cue, and whether it is a fragment of a reporter's sentence. */
export interface QuoteCue {
  partial: boolean;
  pieces: readonly ParagraphSpan[];
  cueAt: ParagraphSpan | null;
  speakerAt: ParagraphSpan | null;
}

/** A statement's content pieces. */
export interface ContentSpan {
  pieces: readonly ParagraphSpan[];
}

/**
 * The statements less those whose content holds the cue of a whole quote's attribution. `sourceFirst`
 * says which statements may be dropped (those whose source is not named after their cue): "“…,” Ruiz said, according to aides" reports the quote and its
 * attribution both, so a statement of "according to" stays.
 */
export function withoutQuoteAttributions<T extends ContentSpan>(
  statements: T[],
  quotes: readonly QuoteCue[],
  sourceFirst: (s: T) => boolean,
): T[] {
  // a quote and its attribution after it (`"…," she said`), in one paragraph: from the quote's start to its cue's end
  const cues = new Map<number, ParagraphSpan[]>();
  for (const q of quotes) {
    const first = q.pieces[0];
    if (q.partial || !first) continue;
    // the cue after the quote, or its source (`"…," Ruiz, a guide, said Sunday`: the content may stop before the cue)
    for (const after of [q.cueAt, q.speakerAt]) {
      if (!after || after.paragraph !== first.paragraph || after.start < first.end) continue;
      const span = { paragraph: after.paragraph, start: first.start, end: after.end };
      const list = cues.get(after.paragraph);
      if (list) list.push(span);
      else cues.set(after.paragraph, [span]);
    }
  }
  if (!cues.size) return statements;
  const out: T[] = [];
  for (const s of statements) if (!sourceFirst(s) || !holdsCue(s.pieces, cues)) out.push(s);
  return out;
}

/** A piece of the content holds a quote with the attribution after it. */
function holdsCue(pieces: readonly ParagraphSpan[], cues: ReadonlyMap<number, ParagraphSpan[]>): boolean {
  for (const piece of pieces) {
    const list = cues.get(piece.paragraph);
    if (!list) continue;
    for (const c of list) if (c.start >= piece.start && c.end <= piece.end) return true;
  }
  return false;
}
