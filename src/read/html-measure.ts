// Sizes of every subtree of a flat page, computed bottom-up in one pass: text length, link text
// length, link count, paragraph count. Later passes read these instead of walking subtrees again.
import type { Run } from "./html-runs.js";
import { type FlatTree, TEXT } from "./html-tree.js";

/** Prose runs: at least this long, at most this share links. */
const PROSE_MIN = 40;
const PROSE_MAX_LINKS = 0.3;

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

/** Characters of prose (runs that read as paragraphs: long enough, few links) in each subtree. */
export function proseSizes(tree: FlatTree, runs: readonly Run[]): Float64Array {
  const prose = new Float64Array(tree.size);
  for (const run of runs) {
    if (run.text.length >= PROSE_MIN && run.linkChars <= PROSE_MAX_LINKS * run.text.length) {
      prose[run.owner] += run.text.length;
    }
  }
  for (let i = tree.size - 1; i > 0; i--) prose[tree.parent[i]] += prose[i];
  return prose;
}

/**
 * A wrapper: an element holding half the text or half the prose around it (the page, or the content
 * element) is a layout box, whatever its class says ("page-wrap with-ads"). Callers keep comment
 * sections chrome whatever their size.
 */
export function isWrapper(m: Measures, prose: Float64Array, i: number, around: number): boolean {
  return (m.text[i] > 0 && m.text[i] >= 0.5 * m.text[around]) || (prose[i] > 0 && prose[i] >= 0.5 * prose[around]);
}
