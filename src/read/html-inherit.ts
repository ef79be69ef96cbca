// The chrome kind each element gets: its own (tag, role, class...) or that of its outermost marked
// ancestor, so a whole "related stories" box is related down to its last link. Elements around the
// content root name nothing, nor do layout wrappers holding most of the text around them.
import type { RemovedKind } from "../story.js";
import { isWrapper, type Measures } from "./html-measure.js";
import { type FlatTree, TEXT } from "./html-tree.js";

/**
 * The chrome kind each element gets from its own markup or its outermost marked ancestor. Elements
 * around the content root, and wrappers holding most of the text around them, name nothing; a
 * <header> outside the content is navigation; a blockquote or table in a <figure> is not its caption.
 */
export function inheritedKinds(
  tree: FlatTree,
  m: Measures,
  prose: Float64Array,
  kinds: readonly (RemovedKind | null)[],
  roots: readonly number[],
  inContent: Uint8Array,
): (RemovedKind | null)[] {
  const holdsRoot = new Uint8Array(tree.size);
  for (const r of roots) for (let a = r; a >= 0 && !holdsRoot[a]; a = tree.parent[a]) holdsRoot[a] = 1;
  const out: (RemovedKind | null)[] = new Array(tree.size).fill(null);
  const from = new Int32Array(tree.size).fill(-1);
  for (let i = 1; i < tree.size; i++) {
    if (tree.tag[i] === TEXT) continue;
    const p = tree.parent[i];
    if (p >= 0 && out[p]) {
      const figureCaption = tree.tag[from[p]] === "figure" && (tree.tag[i] === "blockquote" || tree.tag[i] === "table");
      if (!figureCaption) {
        out[i] = out[p];
        from[i] = from[p];
        continue;
      }
    }
    if (holdsRoot[i]) continue;
    // wrappers are measured against the content element (the chunk of a split body) or the page
    const around = inContent[i] ? (roots.find((r) => r <= i && i < tree.end[r]) ?? 0) : 0;
    if (kinds[i] !== "comments" && isWrapper(m, prose, i, around)) continue;
    const own = kinds[i] ?? (tree.tag[i] === "header" && !inContent[i] ? "navigation" : null);
    if (own) {
      out[i] = own;
      from[i] = i;
    }
  }
  return out;
}
