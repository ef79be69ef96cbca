// Which element(s) of a page hold the article: the named body container first, tier by tier
// (itemprop=articleBody and article-body classes; <article>; story classes; content classes; <main>),
// skipping candidates inside page chrome and candidates too short to be the story; then, when no tier
// gives a good one, Readability's bottom-up paragraph scoring. A body split into sibling chunks that
// share a class is merged back.
import { CONTENT_TOKENS, NEGATIVE_WORDS, POSITIVE_WORDS, REGION_KINDS, STORY_TOKENS } from "../lexicon/html-vocab.js";
import type { RemovedKind } from "../story.js";
import { headlineElement } from "./html-headline.js";
import { classTokens, isBodyToken, squashed, tokenWords } from "./html-hints.js";
import { isWrapper, linkDensity, type Measures } from "./html-measure.js";
import type { Run } from "./html-runs.js";
import { type FlatTree, TEXT } from "./html-tree.js";

/** A tier match that holds the headline needs only this much prose. */
const ANCHORED_PROSE = 150;
/** A tier match with this much prose is taken without further search. */
const GOOD_PROSE = 1000;
/** ... or with this share of the page's prose. */
const GOOD_SHARE = 0.4;
/** Split-body chunks may make the body at most this many times the first chunk. */
const MERGE_MAX = 4;
/** A scored choice holding this share of the page's text is the page, not its article. */
const WHOLE_PAGE = 0.9;

interface Context {
  tree: FlatTree;
  m: Measures;
  kinds: readonly (RemovedKind | null)[];
  /** Inside (or being) an element of page chrome. */
  inChrome: Uint8Array;
  /** Characters of prose paragraphs in each subtree. */
  prose: Float64Array;
}

export interface ContentChoice {
  /** The content roots: one element, or several for a split body; [0] (the whole page) at worst. */
  roots: number[];
  /** The headline element (see html-headline), or -1. */
  headline: number;
}

/** Where the article is. */
export function chooseContent(
  tree: FlatTree,
  m: Measures,
  prose: Float64Array,
  kinds: readonly (RemovedKind | null)[],
  runs: readonly Run[],
  title: string | null,
): ContentChoice {
  const ctx: Context = { tree, m, kinds, inChrome: chromeRegions(tree, m, prose, kinds), prose };
  const anchor = headlineElement(tree, runs, title, ctx.inChrome);
  return { roots: contentRoots(ctx, runs, anchor), headline: anchor };
}

function contentRoots(ctx: Context, runs: readonly Run[], anchor: number): number[] {
  const tiers = tierCandidates(ctx);
  let short: number | null = null;
  for (const candidates of tiers) {
    const held = candidates.filter((c) => holds(ctx, c.node, anchor) && ctx.prose[c.node] >= ANCHORED_PROSE);
    if (held.length) {
      const best = bestOf(ctx, held) as Candidate;
      return merged(ctx, best.node, best.token, candidates);
    }
    const best = bestOf(ctx, candidates);
    if (best === null) continue;
    if (good(ctx, best.node)) return merged(ctx, best.node, best.token, candidates);
    if (short === null || ctx.prose[best.node] > ctx.prose[short]) short = best.node;
  }
  const scored = readabilityChoice(ctx, runs);
  if (short === null) return scored ?? [0];
  // a scored choice that holds nearly the whole page chose nothing: the named short body is the story
  const whole = scored !== null && textOf(ctx, scored) >= WHOLE_PAGE * ctx.m.text[0];
  if (scored && !whole && textOf(ctx, scored) > 2 * ctx.m.text[short] && textOf(ctx, scored) > 500) return scored;
  return [short];
}

function holds(ctx: Context, node: number, inner: number): boolean {
  return inner >= 0 && node < inner && inner < ctx.tree.end[node];
}

function textOf(ctx: Context, roots: readonly number[]): number {
  return roots.reduce((n, r) => n + ctx.m.text[r], 0);
}

function good(ctx: Context, node: number): boolean {
  return ctx.prose[node] >= GOOD_PROSE || ctx.prose[node] >= GOOD_SHARE * ctx.prose[0];
}

function chromeRegions(
  tree: FlatTree,
  m: Measures,
  prose: Float64Array,
  kinds: readonly (RemovedKind | null)[],
): Uint8Array {
  const out = new Uint8Array(tree.size);
  for (let i = 1; i < tree.size; i++) {
    const p = tree.parent[i];
    if (p >= 0 && out[p]) out[i] = 1;
    else if (
      (tree.tag[i] === "header" || (kinds[i] && REGION_KINDS.has(kinds[i] as string))) &&
      (kinds[i] === "comments" || !isWrapper(m, prose, i, 0))
    ) {
      out[i] = 1;
    }
  }
  return out;
}

/** Elements that are the page or one paragraph of it, never the article's box ("p class=story"). */
const NOT_CONTAINERS = new Set(["body", "html", "p", "span", "a", "h1", "h2", "h3", "h4", "h5", "h6", "li"]);

interface Candidate {
  node: number;
  /** The class/id token that matched (squashed), for merging split bodies. */
  token: string | null;
}

/** Candidates of each tier, in tier order. */
function tierCandidates(ctx: Context): Candidate[][] {
  const { tree } = ctx;
  const tiers: Candidate[][] = [[], [], [], [], []];
  for (let i = 1; i < tree.size; i++) {
    if (tree.tag[i] === TEXT || NOT_CONTAINERS.has(tree.tag[i]) || ctx.inChrome[i]) continue;
    const attrs = tree.attrs[i];
    const tokens = classTokens(attrs);
    const itemprop = (attrs?.itemprop ?? "").toLowerCase();
    const role = (attrs?.role ?? "").toLowerCase();
    let tier = -1;
    let token: string | null = null;
    if (itemprop.includes("articlebody")) tier = 0;
    else {
      const t = tokens.find(isBodyToken);
      if (t) {
        tier = 0;
        token = squashed(t);
      }
    }
    if (tier < 0 && tree.tag[i] === "article") tier = 1;
    if (tier < 0 && (role === "article" || tokens.some((t) => STORY_TOKENS.includes(squashed(t))))) tier = 2;
    if (tier < 0 && tokens.some((t) => CONTENT_TOKENS.includes(squashed(t)))) tier = 3;
    if (tier < 0 && (tree.tag[i] === "main" || role === "main" || tokens.some((t) => squashed(t).startsWith("main")))) {
      tier = 4;
    }
    if (tier >= 0) tiers[tier].push({ node: i, token });
  }
  return tiers;
}

/**
 * The candidate with the most prose; an inner candidate that holds nearly all of an outer one's prose
 * is preferred to it (it leaves the outer one's chrome out).
 */
function bestOf(ctx: Context, candidates: readonly Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  for (const c of candidates) {
    const p = ctx.prose[c.node];
    if (p <= 0) continue;
    if (!best) {
      best = c;
      continue;
    }
    const bp = ctx.prose[best.node];
    const inside = best.node < c.node && c.node < ctx.tree.end[best.node];
    if (p > bp || (inside && p >= 0.9 * bp)) best = c;
  }
  return best;
}

/** The winner plus the other chunks of a split body: same class token, outside the winner. */
function merged(ctx: Context, winner: number, token: string | null, candidates: readonly Candidate[]): number[] {
  if (!token) return [winner];
  const { tree } = ctx;
  const roots = [winner];
  let size = ctx.prose[winner];
  let last = -1;
  for (const c of candidates) {
    if (c.token !== token || c.node === winner || ctx.prose[c.node] <= 0) continue;
    if (c.node < tree.end[winner] && c.node > winner) continue;
    if (winner < tree.end[c.node] && c.node < winner) continue;
    if (last >= 0 && c.node < tree.end[last]) continue; // inside a chunk already taken
    if (size + ctx.prose[c.node] > MERGE_MAX * ctx.prose[winner]) continue;
    roots.push(c.node);
    size += ctx.prose[c.node];
    last = c.node;
  }
  return roots.sort((a, b) => a - b);
}

// --- Readability's scoring, as a fallback ---------------------------------------------------------

const SCORED_TAGS = new Set(["p", "td", "pre", "h2", "h3", "h4", "h5", "h6", "section", "div", "blockquote"]);
const TAG_BASE: Record<string, number> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

function classWeight(attrs: Record<string, string> | null): number {
  if (!attrs) return 0;
  let w = 0;
  for (const value of [attrs.class, attrs.id]) {
    if (!value) continue;
    const words = value
      .slice(0, 1000)
      .split(/\s+/)
      .flatMap((t) => tokenWords(t));
    if (words.some((x) => NEGATIVE_WORDS.has(x))) w -= 25;
    if (words.some((x) => POSITIVE_WORDS.has(x))) w += 25;
  }
  return w;
}

function readabilityChoice(ctx: Context, runs: readonly Run[]): number[] | null {
  const { tree, m } = ctx;
  const score = new Map<number, number>();
  const touch = (node: number): number => {
    let s = score.get(node);
    if (s === undefined) {
      s = (TAG_BASE[tree.tag[node]] ?? 0) + classWeight(tree.attrs[node]);
      score.set(node, s);
    }
    return s;
  };
  const mixed = blockParents(tree);
  for (const run of runs) {
    if (run.text.length < 25 || ctx.inChrome[run.owner] || !SCORED_TAGS.has(tree.tag[run.owner])) continue;
    const commas = run.text.match(/[,，、]/g)?.length ?? 0;
    const points = 1 + commas + Math.min(3, Math.floor(run.text.length / 100));
    // a container's own text counts as a paragraph inside it (Readability wraps such text in a <p>)
    let node = mixed[run.owner] ? run.owner : tree.parent[run.owner];
    for (let level = 0; level < 5 && node > 0; level++, node = tree.parent[node]) {
      const share = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score.set(node, touch(node) + points / share);
    }
  }
  if (!score.size) return null;
  const ranked = [...score.entries()]
    .map(([node, s]) => [node, s * (1 - linkDensity(m, node))] as [number, number])
    .sort((a, b) => b[1] - a[1]);
  const final = new Map(ranked);
  let [top, topScore] = ranked[0];

  // several near-equal candidates: their common ancestor holds the story
  const close = ranked.slice(1, 5).filter(([, s]) => s >= 0.75 * topScore);
  if (close.length >= 3) {
    for (let a = tree.parent[top]; a > 0; a = tree.parent[a]) {
      const holds = close.filter(([n]) => a < n && n < tree.end[a]).length;
      if (holds >= 3) {
        top = a;
        break;
      }
    }
  }
  // climb while the parent scores better
  let lastScore = final.get(top) ?? topScore;
  const threshold = lastScore / 3;
  for (let a = tree.parent[top]; a > 0 && tree.tag[a] !== "body"; a = tree.parent[a]) {
    const s = final.get(a);
    if (s === undefined) continue;
    if (s < threshold) break;
    if (s > lastScore) {
      top = a;
      break;
    }
    lastScore = s;
  }
  // an only child stands for its parent
  while (
    tree.parent[top] > 0 &&
    tree.tag[tree.parent[top]] !== "body" &&
    elementChildren(tree, tree.parent[top]).length === 1
  ) {
    top = tree.parent[top];
  }
  topScore = final.get(top) ?? topScore;
  return withSiblings(ctx, top, topScore, final);
}

/** Elements with a block element among their children. */
function blockParents(tree: FlatTree): Uint8Array {
  const out = new Uint8Array(tree.size);
  for (let i = 1; i < tree.size; i++) {
    if (tree.block[i]) out[tree.parent[i]] = 1;
  }
  return out;
}

function elementChildren(tree: FlatTree, node: number): number[] {
  const out: number[] = [];
  for (let c = node + 1; c < tree.end[node]; c = tree.end[c]) if (tree.tag[c] !== TEXT) out.push(c);
  return out;
}

function withSiblings(ctx: Context, top: number, topScore: number, final: Map<number, number>): number[] {
  const { tree, m } = ctx;
  const parent = tree.parent[top];
  if (parent <= 0 || tree.tag[top] === "body") return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = tree.attrs[top]?.class ?? "";
  const roots: number[] = [];
  for (const s of elementChildren(tree, parent)) {
    if (s === top) {
      roots.push(s);
      continue;
    }
    if (ctx.inChrome[s]) continue;
    const bonus = topClass && tree.attrs[s]?.class === topClass ? topScore * 0.2 : 0;
    const sScore = final.get(s);
    if (sScore !== undefined && sScore + bonus >= threshold) {
      roots.push(s);
      continue;
    }
    if (tree.tag[s] !== "p") continue;
    const density = linkDensity(m, s);
    const len = m.text[s];
    if (
      (len > 80 && density < 0.25) ||
      (len > 0 && len <= 80 && density === 0 && /\.( |$)/.test(ownSentence(tree, s)))
    ) {
      roots.push(s);
    }
  }
  return roots;
}

/** A short paragraph's text (for its end-of-sentence test). */
function ownSentence(tree: FlatTree, node: number): string {
  let out = "";
  for (let i = node + 1; i < tree.end[node] && out.length < 200; i++) if (tree.tag[i] === TEXT) out += tree.text[i];
  return out.trim();
}
