// Pathologically deep markup (thousands of unclosed or nested tags) makes HTML parsers slow (their
// open-element stacks are arrays shifted at the front) and tree walks deep. Before parsing, a linear
// scan of the tags estimates the nesting; when it passes MAX_DEPTH, the tags opened beyond that depth
// (and their end tags) are dropped, so their text lands in the element at the limit.

export const MAX_DEPTH = 500;

/** Tags that take no end tag, or whose end tag is implied by the next sibling: they add no depth. */
const FLAT = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "keygen",
  "p",
  "li",
  "dt",
  "dd",
  "tr",
  "td",
  "th",
  "option",
  "optgroup",
  "thead",
  "tbody",
  "tfoot",
  "colgroup",
  "rb",
  "rt",
  "rtc",
  "rp",
  "html",
  "head",
  "body",
]);

/** Elements whose content is raw text up to their end tag. */
const RAW = new Set(["script", "style", "textarea", "title", "xmp"]);

const MAX_NAME = 64;

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 58 || c === 45;
}

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
}

/** Where the end tag `</name` (any case) next starts, from `from`; -1 when there is none. */
function endTag(html: string, name: string, from: number): number {
  for (let j = html.indexOf("</", from); j >= 0; j = html.indexOf("</", j + 2)) {
    if (html.slice(j + 2, j + 2 + name.length).toLowerCase() === name) return j;
  }
  return -1;
}

/** Calls `visit` for every start and end tag, in order, skipping comments and raw-text content. */
function scanTags(html: string, visit: (tag: Tag) => void): void {
  let i = html.indexOf("<");
  while (i >= 0 && i < html.length) {
    if (html.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4);
      if (close < 0) return;
      i = html.indexOf("<", close + 3);
      continue;
    }
    const closing = html.charCodeAt(i + 1) === 47;
    const from = i + (closing ? 2 : 1);
    if (!isNameStart(html.charCodeAt(from))) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    let to = from + 1;
    while (to < html.length && to - from < MAX_NAME && isNameChar(html.charCodeAt(to))) to++;
    const gt = html.indexOf(">", to);
    if (gt < 0) return;
    const name = html.slice(from, to).toLowerCase();
    visit({ start: i, end: gt + 1, name, closing });
    let next = gt + 1;
    if (!closing && RAW.has(name)) {
      const close = endTag(html, name, next);
      if (close < 0) return;
      next = close;
    }
    i = html.indexOf("<", next);
  }
}

/** The page with its nesting bounded to MAX_DEPTH, and whether anything had to be dropped. */
export function boundNesting(html: string): { html: string; flattened: boolean } {
  let depth = 0;
  let deepest = 0;
  scanTags(html, (tag) => {
    if (FLAT.has(tag.name)) return;
    if (tag.closing) depth = Math.max(0, depth - 1);
    else deepest = Math.max(deepest, ++depth);
  });
  if (deepest <= MAX_DEPTH) return { html, flattened: false };

  const pieces: string[] = [];
  let at = 0;
  depth = 0;
  scanTags(html, (tag) => {
    if (FLAT.has(tag.name)) return;
    const drop = tag.closing ? depth > MAX_DEPTH : depth + 1 > MAX_DEPTH;
    depth = tag.closing ? Math.max(0, depth - 1) : depth + 1;
    if (!drop) return;
    pieces.push(html.slice(at, tag.start));
    at = tag.end;
  });
  pieces.push(html.slice(at));
  return { html: pieces.join(""), flattened: true };
}
