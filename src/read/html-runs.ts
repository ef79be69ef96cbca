// Runs of text in document order: a block element starts a new run and ends its parent's current
// one, and so does <br>; each run belongs to the innermost block element around it. Whitespace is
// collapsed; link characters and the chrome kinds of inline elements are counted on the way.
import type { RemovedKind } from "../story.js";
import { type FlatTree, TEXT } from "./html-tree.js";

/** An inline element's kind names its block when it holds this share of the block's text. */
const INLINE_MAJORITY = 0.5;

export interface Run {
  /** The innermost block element around the run (0: the page itself). */
  owner: number;
  text: string;
  /** Characters of the text inside links. */
  linkChars: number;
  /** The kind of chrome an inline element holding most of the run names, if any. */
  inlineKind: RemovedKind | null;
}

/**
 * Runs of text in document order. A block element starts a new run and ends its parent's current one;
 * so does <br>. Each run belongs to the innermost block element around it.
 */
export function textRuns(tree: FlatTree, kinds: readonly (RemovedKind | null)[]): Run[] {
  const n = tree.size;
  const inLink = new Uint8Array(n);
  const inlineKind: (RemovedKind | null)[] = new Array(n).fill(null);
  for (let i = 1; i < n; i++) {
    const p = tree.parent[i];
    const tag = tree.tag[i];
    inLink[i] = tag === "a" || inLink[p] ? 1 : 0;
    const parentInline = p > 0 && !tree.block[p];
    if (tag === TEXT) inlineKind[i] = parentInline ? inlineKind[p] : null;
    else if (!tree.block[i]) inlineKind[i] = (parentInline ? inlineKind[p] : null) ?? kinds[i];
  }

  const runs: Run[] = [];
  const open: number[] = [];
  let pieces: string[] = [];
  let linkChars = 0;
  let kindChars: Map<RemovedKind, number> | null = null;
  const flush = () => {
    if (!pieces.length) return;
    const owner = open.length ? open[open.length - 1] : 0;
    // text nodes come with their whitespace collapsed; only the joins can double a space
    const text = (pieces.length === 1 ? pieces[0] : pieces.join("").replace(/ {2,}/g, " ")).trim();
    if (text) {
      runs.push({
        owner,
        text,
        linkChars: Math.min(linkChars, text.length),
        inlineKind: kindChars ? majority(kindChars, text.length) : null,
      });
    }
    pieces = [];
    linkChars = 0;
    kindChars = null;
  };
  for (let i = 1; i < n; i++) {
    while (open.length && tree.end[open[open.length - 1]] <= i) {
      flush();
      open.pop();
    }
    const tag = tree.tag[i];
    if (tag === TEXT) {
      const t = tree.text[i];
      pieces.push(t);
      const len = t.trim().length;
      if (inLink[i]) linkChars += len;
      const k = inlineKind[i];
      if (k) {
        kindChars ??= new Map();
        kindChars.set(k, (kindChars.get(k) ?? 0) + len);
      }
    } else if (tag === "br" || tag === "hr") flush();
    else if (tree.block[i]) {
      flush();
      open.push(i);
    }
  }
  while (open.length) {
    flush();
    open.pop();
  }
  flush();
  return runs;
}

function majority(kindChars: Map<RemovedKind, number>, length: number): RemovedKind | null {
  for (const [kind, chars] of kindChars) if (chars >= INLINE_MAJORITY * length) return kind;
  return null;
}
