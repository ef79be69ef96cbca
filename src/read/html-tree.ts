// The parsed page as flat arrays in document order (node 0 is the root): what the later passes need
// of each visible node, with subtree ranges so that "is inside" is one comparison. Invisible parts
// (scripts, styles, templates, hidden elements...) are left out; the head's <title>, <meta> and
// <link> tags and the JSON-LD scripts are collected on the way. The walk is iterative, so no nesting
// depth can overflow the stack.
import { parseDocument } from "htmlparser2";
import {
  FALLBACK_TAGS,
  HIDDEN_CLASSES,
  HOVER_WORDS,
  INLINE_TAGS,
  INVISIBLE_TAGS,
  PANEL_WORDS,
} from "../lexicon/html-vocab.js";
import { isBodyToken, tokenWords } from "./html-hints.js";
import { memoize } from "./memo.js";

/** The parts of a domhandler node this module reads. */
interface RawNode {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  children?: RawNode[];
  data?: string;
}

export const TEXT = "#text";

export interface FlatTree {
  size: number;
  /** Lower-case tag name; TEXT for text nodes; "#root" for node 0. */
  tag: string[];
  /** Parent index; -1 for the root. */
  parent: Int32Array;
  /** One past the last node of the subtree: j is inside i when i < j < end[i]. */
  end: Int32Array;
  /** A text node's text, its whitespace runs collapsed to one space; "" for elements. */
  text: string[];
  attrs: (Record<string, string> | null)[];
  /**
   * 1 for elements that start a block of text of their own: all but inline tags, <br>, and custom
   * elements (<x-y>) that hold no block inside (those flow with the text around them).
   */
  block: Uint8Array;
}

export interface HeadTags {
  title: string | null;
  lang: string | null;
  metas: Record<string, string>[];
  links: Record<string, string>[];
  jsonLd: string[];
}

/** A <noscript>, or another element of fallback content, is shown only when it holds this much text. */
const FALLBACK_CONTENT = 500;
const HIDING_STYLE = /display\s{0,9}:\s{0,9}none|visibility\s{0,9}:\s{0,9}hidden/i;

interface Frame {
  node: RawNode;
  index: number;
  pos: number;
  hidden: boolean;
  foreign: boolean;
  noscript: boolean;
}

export function parseTree(html: string): { tree: FlatTree; head: HeadTags } {
  // what cheerio/slim's load() builds, without cheerio's API around it
  const root = parseDocument(html) as unknown as RawNode;
  const tag: string[] = ["#root"];
  const parent: number[] = [-1];
  const end: number[] = [0];
  const text: string[] = [""];
  const attrs: (Record<string, string> | null)[] = [null];
  const head: HeadTags = { title: null, lang: null, metas: [], links: [], jsonLd: [] };

  const stack: Frame[] = [{ node: root, index: 0, pos: 0, hidden: false, foreign: false, noscript: false }];
  while (stack.length) {
    const frame = stack[stack.length - 1];
    const children = frame.node.children ?? [];
    if (frame.pos >= children.length) {
      if (frame.index >= 0 && !frame.hidden) end[frame.index] = tag.length;
      stack.pop();
      continue;
    }
    const child = children[frame.pos++];
    if (child.type === "text") {
      if (frame.hidden || !child.data) continue;
      push(tag, parent, end, text, attrs, TEXT, frame.index, child.data.replace(/\s+/g, " "), null);
      continue;
    }
    if (child.type !== "tag" && child.type !== "script" && child.type !== "style") continue;
    const name = (child.name ?? "").toLowerCase();
    const a = child.attribs ?? {};
    collectHead(head, name, a, child, frame.foreign);
    const foreign = frame.foreign || name === "svg" || name === "math";
    const noscript = frame.noscript || name === "noscript";
    const hidden = frame.hidden || isHidden(name, a, child, frame.noscript);
    if (!child.children?.length && hidden) continue;
    let index = -1;
    if (!hidden) {
      index = push(tag, parent, end, text, attrs, name, frame.index, "", a);
      end[index] = index + 1;
    }
    if (child.children?.length)
      stack.push({ node: child, index: hidden ? -1 : index, pos: 0, hidden, foreign, noscript });
  }
  const parents = Int32Array.from(parent);
  return {
    tree: {
      size: tag.length,
      tag,
      parent: parents,
      end: Int32Array.from(end),
      text,
      attrs,
      block: blockMarks(tag, parents),
    },
    head,
  };
}

function blockMarks(tag: readonly string[], parent: Int32Array): Uint8Array {
  const block = new Uint8Array(tag.length);
  const holdsBlock = new Uint8Array(tag.length);
  // children come after their parent: walking backwards settles each element's content first
  for (let i = tag.length - 1; i > 0; i--) {
    const t = tag[i];
    if (t === TEXT || t === "br" || INLINE_TAGS.has(t)) continue;
    if (t.includes("-") && !holdsBlock[i]) continue;
    block[i] = 1;
    holdsBlock[parent[i]] = 1;
  }
  return block;
}

function push(
  tag: string[],
  parent: number[],
  end: number[],
  text: string[],
  attrs: (Record<string, string> | null)[],
  name: string,
  parentIndex: number,
  data: string,
  a: Record<string, string> | null,
): number {
  const index = tag.length;
  tag.push(name);
  parent.push(parentIndex);
  end.push(index + 1);
  text.push(data);
  attrs.push(a);
  return index;
}

function isHidden(name: string, a: Record<string, string>, node: RawNode, inNoscript: boolean): boolean {
  if (INVISIBLE_TAGS.has(name)) return true;
  if (a.hidden !== undefined || a["aria-hidden"] === "true") return true;
  if (a.style && HIDING_STYLE.test(a.style.slice(0, 1000))) return true;
  if (a.class && isHidingClass(a.class)) return true;
  if (name === "noscript" && inNoscript) return true;
  if (FALLBACK_TAGS.has(name)) return textLength(node, FALLBACK_CONTENT) < FALLBACK_CONTENT;
  return false;
}

/** Class names repeat across a page and across pages: their readings are remembered, up to a bound. */
const isHoverPanel = memoize(readHoverPanel, 20_000);

/** A class attribute with a token that hides its element; each distinct attribute is read once, up to a bound. */
const isHidingClass = memoize(
  (value: string): boolean =>
    value
      .slice(0, 1000)
      .split(/\s+/)
      .some((token) => HIDDEN_CLASSES.has(token.toLowerCase()) || isHoverPanel(token)),
  20_000,
);

function readHoverPanel(token: string): boolean {
  if (token.length > 80 || isBodyToken(token)) return false;
  const words = tokenWords(token);
  return words.some((w) => HOVER_WORDS.has(w)) && words.some((w) => PANEL_WORDS.has(w));
}

/** Length of a subtree's text, counted up to `limit` (an iterative walk that stops there). */
function textLength(node: RawNode, limit: number): number {
  let n = 0;
  const stack: RawNode[] = [node];
  while (stack.length && n < limit) {
    const cur = stack.pop() as RawNode;
    if (cur.type === "text") n += (cur.data ?? "").trim().length;
    else if (cur.children) for (let i = cur.children.length - 1; i >= 0; i--) stack.push(cur.children[i]);
  }
  return n;
}

function collectHead(head: HeadTags, name: string, a: Record<string, string>, node: RawNode, foreign: boolean): void {
  switch (name) {
    case "html":
      if (head.lang === null && a.lang) head.lang = a.lang;
      break;
    case "title":
      if (head.title === null && !foreign) head.title = ownText(node);
      break;
    case "meta":
      head.metas.push(a);
      break;
    case "link":
      head.links.push(a);
      break;
    case "script":
      if ((a.type ?? "").trim().toLowerCase() === "application/ld+json") head.jsonLd.push(ownText(node));
      break;
  }
}

function ownText(node: RawNode): string {
  return (node.children ?? []).map((c) => (c.type === "text" ? (c.data ?? "") : "")).join("");
}
