// Sizes of every subtree of a flat page, computed bottom-up in one pass: text length, link text
// length, link count, paragraph count. Later passes read these instead of walking subtrees again.
import { type FlatTree, TEXT } from "./html-tree.js";

export interface Measures {
  /** Characters of visible text (whitespace runs counted once). */
  text: Int32Array;
  /** Characters of that text inside <a> elements. */
  linkText: Int32Array;
  links: Int32Array;
  /** <p> elements inside (the element itself included). */
  paragraphs: Int32Array;
}

export function measure(tree: FlatTree): Measures {
  const n = tree.size;
  const text = new Int32Array(n);
  const linkText = new Int32Array(n);
  const links = new Int32Array(n);
  const paragraphs = new Int32Array(n);
  // children come after their parent in document order: walking backwards finishes each subtree first
  for (let i = n - 1; i >= 0; i--) {
    const tag = tree.tag[i];
    if (tag === TEXT) text[i] = tree.text[i].length;
    else if (tag === "a") {
      links[i]++;
      linkText[i] = text[i];
    } else if (tag === "p") paragraphs[i]++;
    const p = tree.parent[i];
    if (p < 0) continue;
    text[p] += text[i];
    linkText[p] += linkText[i];
    links[p] += links[i];
    paragraphs[p] += paragraphs[i];
  }
  return { text, linkText, links, paragraphs };
}

/** Link text share of an element, 0..1. */
export function linkDensity(m: Measures, i: number): number {
  return m.text[i] ? Math.min(1, m.linkText[i] / m.text[i]) : 0;
}
