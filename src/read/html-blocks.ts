// HTML -> Document: one block per run of text in a text-bearing element (p, h1-h6, li, td, blockquote,
// a div's own text, each <br>-separated line), in document order, with what the markup says about it:
// whether it sits in the article's content element, how much of it is links, and the kind of page
// chrome its element or an ancestor names. Page metadata comes from the head. A page whose markup holds
// no story but whose JSON-LD does gets that story's paragraphs as blocks after its own.
import type { RemovedKind } from "../story.js";
import type { Block, Document } from "./block.js";
import { chooseContent } from "./html-content.js";
import { boundNesting, MAX_DEPTH } from "./html-depth.js";
import { isEmbed, ownKind } from "./html-hints.js";
import { inheritedKinds } from "./html-inherit.js";
import { linkedDataBlocks } from "./html-ld-body.js";
import { measure, proseSizes } from "./html-measure.js";
import { pageMeta } from "./html-meta.js";
import { textRuns } from "./html-runs.js";
import { type FlatTree, parseTree, TEXT } from "./html-tree.js";

export function htmlToDocument(html: string): Document {
  const warnings: Document["warnings"] = [];
  const bounded = boundNesting(html);
  if (bounded.flattened) {
    warnings.push({
      code: "html_flattened",
      message: `the markup nests deeper than ${MAX_DEPTH} levels; the deeper tags were dropped and their text kept`,
    });
  }
  const { tree, head } = parseTree(bounded.html);
  const m = measure(tree);
  const kinds: (RemovedKind | null)[] = tree.tag.map((tag, i) => (tag === TEXT ? null : ownKind(tag, tree.attrs[i])));
  const embed = embedMarks(tree);
  for (let i = 0; i < tree.size; i++) if (embed[i]) kinds[i] = null;
  const runs = textRuns(tree, kinds);
  const page = pageMeta(head);
  const prose = proseSizes(tree, runs);
  const { roots, headline } = chooseContent(tree, m, prose, kinds, runs, page.headline ?? page.title);
  // an <h1> stands in for a headline the markup's metadata does not give
  if (!page.headline && headline >= 0) page.headline = runs.find((r) => r.owner === headline)?.text ?? null;
  const inContent = contentMarks(tree, roots);
  const hints = inheritedKinds(tree, m, prose, kinds, roots, inContent);
  const blocks: Block[] = runs.map((run) => ({
    text: run.text,
    html: {
      tag: run.owner === 0 ? "body" : tree.tag[run.owner],
      inContent: inContent[run.owner] === 1,
      linkDensity: run.text.length ? Math.min(1, run.linkChars / run.text.length) : 0,
      hint: hints[run.owner] ?? run.inlineKind,
      ...(embed[run.owner] ? { embed: true } : {}),
    },
  }));
  const fallback = linkedDataBlocks(
    page.articleBody,
    roots.reduce((n, r) => n + prose[r], 0),
  );
  if (fallback) {
    for (const b of blocks) if (b.html) b.html.inContent = false;
    for (const b of fallback) blocks.push(b);
  }
  return { blocks, page, warnings };
}

/** Inside an embedded social post. */
function embedMarks(tree: FlatTree): Uint8Array {
  const out = new Uint8Array(tree.size);
  for (let i = 1; i < tree.size; i++) {
    if (out[tree.parent[i]] || (tree.tag[i] !== TEXT && isEmbed(tree.attrs[i]))) out[i] = 1;
  }
  return out;
}

function contentMarks(tree: FlatTree, roots: readonly number[]): Uint8Array {
  const out = new Uint8Array(tree.size);
  for (const r of roots) out.fill(1, r, tree.end[r]);
  return out;
}
