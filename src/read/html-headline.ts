// The page's headline element: the <h1> whose text is most like the page's title (or og:title), else
// the first <h1> outside the page chrome. The content choice prefers the container that holds it, and
// its text stands in for a headline the page's metadata does not give.
import type { Run } from "./html-runs.js";
import type { FlatTree } from "./html-tree.js";

/** Share of an <h1>'s words found in the title for it to be taken for the title's headline. */
const TITLE_MATCH = 0.75;

/** The headline element's index, or -1 when the page has no <h1> outside its chrome. */
export function headlineElement(
  tree: FlatTree,
  runs: readonly Run[],
  title: string | null,
  inChrome: Uint8Array,
): number {
  const titleWords = new Set(wordsOf(title ?? ""));
  let first = -1;
  let best = -1;
  let bestShare = TITLE_MATCH;
  for (const run of runs) {
    if (tree.tag[run.owner] !== "h1" || inChrome[run.owner]) continue;
    if (first < 0) first = run.owner;
    const ws = wordsOf(run.text);
    const share = ws.length ? ws.filter((w) => titleWords.has(w)).length / ws.length : 0;
    if (share > bestShare) {
      best = run.owner;
      bestShare = share;
    }
  }
  return best >= 0 ? best : first;
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}
