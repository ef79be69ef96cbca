// Quotation-mark scanning and pairing inside one paragraph: a hand-written loop, linear in the text.
//
// Double marks only open a top-level quote: straight ", curly “ ” „, guillemets « » ‹ ›, and the
// typewriter pairs `` and ''. Whether a mark opens or closes is read from its neighbours, not its
// glyph (a “ typed as a closer still closes); the glyph decides only when the context does not.
// Single marks (' ‘ ’) are apostrophes or nested quotes and never open a quote of their own. A quote
// still open at the paragraph's end runs to that end (`closed: false`); a continuation may follow.
// A paragraph opened by a straight " holds a “ inside that quote as a quote of its own: the “ ends
// the first one (`cut` marks the second), unless the straight opener was stray.

/** One quoted stretch of a paragraph. */
export interface Stretch {
  /** Offset of the opening mark. */
  open: number;
  /** Content: [start, end), excluding the marks. */
  start: number;
  end: number;
  /** Offset just past the closing mark (the paragraph's end when the quote never closes). */
  after: number;
  closed: boolean;
  /** Its opener cut short the quote that opened the paragraph (`"It isn't about “Law” now`). */
  cut?: true;
}

type Family = "straight" | "curly" | "angle" | "single-angle" | "typewriter" | "corner" | "white-corner";
type Glyph = "open" | "close" | "either";

interface Mark {
  at: number;
  length: number;
  family: Family;
  glyph: Glyph;
}

const MAX_DEPTH = 4;

function markAt(text: string, i: number): Mark | null {
  const c = text.charCodeAt(i);
  switch (c) {
    case 0x22: // "
      return { at: i, length: 1, family: "straight", glyph: "either" };
    case 0x201c: // “
    case 0x201e: // „
      return { at: i, length: 1, family: "curly", glyph: "open" };
    case 0x201d: // ”
      return { at: i, length: 1, family: "curly", glyph: "close" };
    case 0xab: // «
      return { at: i, length: 1, family: "angle", glyph: "open" };
    case 0xbb: // »
      return { at: i, length: 1, family: "angle", glyph: "close" };
    case 0x2039: // ‹
      return { at: i, length: 1, family: "single-angle", glyph: "open" };
    case 0x203a: // ›
      return { at: i, length: 1, family: "single-angle", glyph: "close" };
    case 0x300c: // 「 (Chinese, Japanese)
      return { at: i, length: 1, family: "corner", glyph: "open" };
    case 0x300d: // 」
      return { at: i, length: 1, family: "corner", glyph: "close" };
    case 0x300e: // 『
      return { at: i, length: 1, family: "white-corner", glyph: "open" };
    case 0x300f: // 』
      return { at: i, length: 1, family: "white-corner", glyph: "close" };
    case 0x60: // `` opens
      return text.charCodeAt(i + 1) === 0x60 ? { at: i, length: 2, family: "typewriter", glyph: "open" } : null;
    case 0x27: // '' (a run of three: '' then ' when it opens, ' then '' when it closes)
      return typewriterPair(text, i);
    case 0x2019: // ’’ typed for ”
      return text.charCodeAt(i + 1) === 0x2019 ? { at: i, length: 2, family: "curly", glyph: "close" } : null;
    case 0x2018: // ‘‘ typed for “
      return text.charCodeAt(i + 1) === 0x2018 ? { at: i, length: 2, family: "curly", glyph: "open" } : null;
    default:
      return null;
  }
}

function typewriterPair(text: string, i: number): Mark | null {
  if (text.charCodeAt(i + 1) !== 0x27 || text.charCodeAt(i - 1) === 0x27) return null;
  const run = text.charCodeAt(i + 2) === 0x27 ? 3 : 2;
  if (run === 3 && text.charCodeAt(i + 3) === 0x27) return { at: i, length: 2, family: "typewriter", glyph: "either" };
  if (run === 3 && !opensByContext(text, i, 3)) return { at: i + 1, length: 2, family: "typewriter", glyph: "either" };
  return { at: i, length: 2, family: "typewriter", glyph: "either" };
}

function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0xa0 ||
    code === 0x2009 ||
    code === 0x202f
  );
}

const OPEN_BEFORE = new Set("([{<—–-:/\u201c\u201e\u00ab\u2039\u2018`'\"".split("").map((c) => c.charCodeAt(0)));
const CLOSE_AFTER = new Set(".,;:!?)]}>—–-…\u201d\u00bb\u203a\u2019'\"*".split("").map((c) => c.charCodeAt(0)));

function opensByContext(text: string, at: number, length: number): boolean {
  const before = at === 0 ? -1 : text.charCodeAt(at - 1);
  const next = at + length < text.length ? text.charCodeAt(at + length) : -1;
  return (before === -1 || isSpace(before) || OPEN_BEFORE.has(before)) && next !== -1 && !isSpace(next);
}

function closesByContext(text: string, at: number, length: number): boolean {
  const before = at === 0 ? -1 : text.charCodeAt(at - 1);
  const next = at + length < text.length ? text.charCodeAt(at + length) : -1;
  return before !== -1 && !isSpace(before) && (next === -1 || isSpace(next) || CLOSE_AFTER.has(next));
}

function role(text: string, mark: Mark, depth: number): "open" | "close" {
  // corner brackets stand in unspaced scripts: their glyph alone says which way they face
  if (mark.family === "corner" || mark.family === "white-corner") return mark.glyph === "open" ? "open" : "close";
  // a French guillemet set off by a space on its inner side faces the way its glyph does: "« Oui »,"
  if (mark.family === "angle" && mark.glyph === "close" && mark.at > 0 && isSpace(text.charCodeAt(mark.at - 1))) {
    const next = mark.at + 1 < text.length ? text.charCodeAt(mark.at + 1) : -1;
    if (next === -1 || isSpace(next) || CLOSE_AFTER.has(next)) return "close";
  }
  const opens = opensByContext(text, mark.at, mark.length);
  const closes = closesByContext(text, mark.at, mark.length);
  if (opens && !closes) return "open";
  if (closes && !opens) return "close";
  if (!opens && !closes) {
    // a mark with space on both sides, or none: its place in the paragraph decides
    const next = mark.at + mark.length < text.length ? text.charCodeAt(mark.at + mark.length) : -1;
    if (next === -1) return "close";
    if (mark.at === 0) return "open";
  }
  if (mark.glyph !== "either") return mark.glyph;
  return depth > 0 ? "close" : "open";
}

/**
 * Pairs the double quotation marks of one paragraph into top-level stretches, in order. A quote left
 * open at the end continues into the next paragraph when `next` opens with a mark of its kind;
 * otherwise its opening mark may be stray, and the text after it is paired again (`"Ruiz replied,
 * “Not today.” Then…`). When nothing pairs there (or no paragraph follows), `missingCloser` may say
 * where its left-out closing mark belonged (unclosed.ts); else it runs to the paragraph's end.
 */
export function scanMarks(text: string, next?: string, missingCloser?: MissingCloser): Stretch[] {
  const out = pairMarks(text, 0, false);
  const last = out[out.length - 1];
  if (!last || last.closed) return splitAtCurly(text, out);
  // the next paragraph continues the quote when it opens with a mark of the same kind
  const opener = markAt(text, last.open);
  const nextOpener = next === undefined ? null : leadingMark(next);
  if (nextOpener && opener && nextOpener.family === opener.family) return splitAtCurly(text, out);
  const again = next === undefined ? [] : pairMarks(text, last.start, false);
  if (again.length) return [...out.slice(0, -1), ...again];
  // nothing goes on with it: its closer may have been left out before an attribution
  const cut = missingCloser?.(text, last) ?? -1;
  if (cut > last.start) return [...out.slice(0, -1), { ...last, end: trimEnd(text, cut), after: cut, closed: true }];
  return next === undefined ? splitAtCurly(text, out) : out;
}

/** Where a quote that never closes and goes on nowhere was meant to end, or -1 (see unclosed.ts). */
export type MissingCloser = (text: string, quote: Stretch) => number;

/**
 * A paragraph opened by a straight mark that closes or goes on into the next paragraph, with a “
 * inside it: paired again with the “ ending the first quote (a stray opener is left as it was read).
 */
function splitAtCurly(text: string, out: Stretch[]): Stretch[] {
  const lead = leadingMark(text);
  if (lead?.family !== "straight" || out[0]?.open !== lead.at) return out;
  return pairMarks(text, 0, true);
}

function pairMarks(text: string, from: number, splitCurly: boolean): Stretch[] {
  const out: Stretch[] = [];
  const stack: Mark[] = [];
  const lead = splitCurly ? leadingMark(text) : null;
  let cutAt = -1;
  for (let i = from; i < text.length; i++) {
    const mark = markAt(text, i);
    if (!mark) continue;
    i = mark.at + mark.length - 1;
    if (role(text, mark, stack.length) === "open") {
      // an opener right before another opener of another kind marks a block quote, not a quote: "“You…
      const next = markAt(text, mark.at + mark.length);
      if (stack.length === 0 && next && next.family !== mark.family && role(text, next, 0) === "open") continue;
      const same = familyLevel(stack, mark.family);
      if (stack.length === 1 && lead !== null && stack[0].at === lead.at && opensCurlyAfterStraight(lead, mark)) {
        // a paragraph opened with a straight mark and a “ inside it: two quotes, the “ opens the second
        closeAt(stack[0], trimEnd(text, mark.at), mark.at);
        stack[0] = mark;
        cutAt = mark.at;
      } else if (stack.length === 1 && same === 0) {
        // a second opener of the open quote's kind: its closer was left out ("Not now, he added, "not
        // ever.") or the same mark nests a quote; the first quote ends here and the mark opens the next
        closeAt(stack[0], trimEnd(text, mark.at), mark.at);
        stack[0] = mark;
      } else if (stack.length === 0 || same === 0) {
        // a second opener of the top level's family under a nested quote: the first one was stray
        stack.length = 0;
        stack.push(mark);
      } else if (same < 0 && stack.length < MAX_DEPTH) stack.push(mark);
      continue;
    }
    if (stack.length === 0) continue; // a stray closer
    // a closer ends the innermost quote of its family; any closer ends a lone top-level quote
    const level = stack.length === 1 ? 0 : familyLevel(stack, mark.family);
    const opener = stack[0];
    stack.length = level < 0 ? stack.length - 1 : level;
    if (stack.length === 0) closeAt(opener, mark.at, mark.at + mark.length);
  }
  if (stack.length > 0) {
    const opener = stack[0];
    const start = opener.at + opener.length;
    const end = trimEnd(text, text.length);
    if (end > start) out.push({ open: opener.at, start, end, after: text.length, closed: false });
  }
  return out;

  /** The top-level quote the opener opened ends at `end` (nothing when it holds nothing). */
  function closeAt(opener: Mark, end: number, after: number): void {
    const start = opener.at + opener.length;
    if (end <= start) return;
    if (opener.at === cutAt) out.push({ open: opener.at, start, end, after, closed: true, cut: true });
    else out.push({ open: opener.at, start, end, after, closed: true });
  }
}

/** A curly “ while the straight quote that opened the paragraph is open. */
function opensCurlyAfterStraight(lead: Mark, mark: Mark): boolean {
  return lead.family === "straight" && mark.family === "curly" && mark.glyph === "open";
}

/** Where the text before `end` stops, less its trailing spaces. */
function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  return at;
}

/** The innermost level of the stack opened by a mark of this family, or -1. */
function familyLevel(stack: readonly Mark[], family: Family): number {
  for (let k = stack.length - 1; k >= 0; k--) if (stack[k].family === family) return k;
  return -1;
}

function leadingMark(text: string): Mark | null {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const mark = markAt(text, i);
  return mark && mark.at === i && role(text, mark, 0) === "open" ? mark : null;
}

/** Offset of the opening mark when the paragraph starts with one (after spaces), else -1. */
export function leadingOpener(text: string): number {
  return leadingMark(text)?.at ?? -1;
}
