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

const NAME = /[a-zA-Z][a-zA-Z0-9:-]{0,63}/y;

interface Tag {
  start: number;
  end: number;
  name: string;
  closing: boolean;
}

/** Calls `visit` for every start and end tag, in order, skipping comments and raw-text content. */
function scanTags(html: string, visit: (tag: Tag) => void): void {
  const lower = html.toLowerCase();
  let i = html.indexOf("<");
  while (i >= 0 && i < html.length) {
    if (html.startsWith("<!--", i)) {
      const close = html.indexOf("-->", i + 4);
      if (close < 0) return;
      i = html.indexOf("<", close + 3);
      continue;
    }
    const closing = html[i + 1] === "/";
    NAME.lastIndex = i + (closing ? 2 : 1);
    const m = NAME.exec(html);
    if (!m) {
      i = html.indexOf("<", i + 1);
      continue;
    }
    const gt = html.indexOf(">", NAME.lastIndex);
    if (gt < 0) return;
    const name = m[0].toLowerCase();
    visit({ start: i, end: gt + 1, name, closing });
    let next = gt + 1;
    if (!closing && RAW.has(name)) {
      const close = lower.indexOf(`</${name}`, next);
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
