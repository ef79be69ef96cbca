// A statement whose content runs over a direct quote and that quote's own attribution ("Ruiz declared
// the need for patience: "Wait a year," she said.", or its source before a later cue: `"Wait a year,"
// Ana Ruiz, a guide, said Sunday`): what it holds past the quote is another report, the quote's, so the
// words are no content of its own (a fully quoted statement is a quote, CONTRACT.md); but the words before
// a colon that opens the quote are ("Ruiz declared the need for patience: "Wait a year," she said." keeps
// "the need for patience").
// Statements, the story's direct quotes and paragraphs in, the statements to keep (some cut short) out.
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

/** Fewest words before the colon for a content cut there: "declared the need for patience: …". */
const MIN_WORDS_BEFORE_COLON = 2;

/**
 * The statements less those whose content holds the cue of a whole quote's attribution, or cut before the
 * colon that opens that quote. `sourceFirst` says which statements may be dropped (those whose source is
 * not named after their cue): "“…,” Ruiz said, according to aides" reports the quote and its
 * attribution both, so a statement of "according to" stays. `cut` makes a statement whose content ends
 * at a position of its last piece; `paragraphs` are the texts the pieces point into.
 */
export function withoutQuoteAttributions<T extends ContentSpan>(
  statements: T[],
  quotes: readonly QuoteCue[],
  sourceFirst: (s: T) => boolean,
  paragraphs: readonly string[],
  cut: (s: T, pieces: ParagraphSpan[]) => T,
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
  for (const s of statements) {
    const held = sourceFirst(s) ? heldCue(s.pieces, cues) : null;
    if (!held) {
      out.push(s);
      continue;
    }
    const pieces = beforeColon(s.pieces, held, paragraphs);
    if (pieces) out.push(cut(s, pieces));
  }
  return out;
}

/** The piece of the content that holds a quote with the attribution after it, and where that quote starts. */
function heldCue(
  pieces: readonly ParagraphSpan[],
  cues: ReadonlyMap<number, ParagraphSpan[]>,
): { piece: number; quote: number } | null {
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const list = cues.get(piece.paragraph);
    if (!list) continue;
    for (const c of list) if (c.start >= piece.start && c.end <= piece.end) return { piece: i, quote: c.start };
  }
  return null;
}

/** A colon, then only spaces and opening quote marks: what introduces a quote ("patience: “Wait"). */
const COLON_BEFORE_QUOTE = /:[\s"“‘'`]{0,4}$/;

/**
 * The content's pieces up to the colon that opens the held quote ("the need for patience: “Wait …”"),
 * when words enough stand before it, or null.
 */
function beforeColon(
  pieces: readonly ParagraphSpan[],
  held: { piece: number; quote: number },
  paragraphs: readonly string[],
): ParagraphSpan[] | null {
  const piece = pieces[held.piece];
  const before = (paragraphs[piece.paragraph] ?? "").slice(piece.start, held.quote);
  const colon = COLON_BEFORE_QUOTE.exec(before);
  if (!colon) return null;
  const kept = before.slice(0, colon.index).trimEnd();
  if (kept.split(/\s+/).length < MIN_WORDS_BEFORE_COLON) return null;
  return [...pieces.slice(0, held.piece), { ...piece, end: piece.start + kept.length }];
}
