// A statement whose content is a quote but for a word or two ("called him "the worst mayor in our
// history"", `said he "will never sign a bill that raises the toll on the ferry"`): what was said is the
// quote, and a fully quoted statement is a quote only, not reported speech (CONTRACT.md). Content
// tokens in, a yes or no out.
import type { Token } from "../quotes/tokens.js";

/** Most words outside the quotes of a content that is a quote whatever its length ("him", "it"). */
const MAX_BARE_WORDS = 1;
/** Fewest quoted words per word outside the quotes for a content to be a quote (9: 90% quoted). */
const MIN_QUOTED_PER_BARE = 9;
const WORD = /[\p{L}\p{N}]+/gu;

/** The content pieces hold a quote, and all their words but one, or but a tenth, are inside quotes. */
export function mostlyQuoted(t: readonly Token[], pieces: readonly (readonly [number, number])[]): boolean {
  let bare = 0;
  let quoted = 0;
  for (const [from, to] of pieces)
    for (let k = from; k < to; k++) {
      const w = t[k];
      if (w.kind === "word") bare++;
      else if (w.kind === "quote") quoted += w.text.match(WORD)?.length ?? 0;
    }
  if (quoted === 0) return false;
  return bare <= MAX_BARE_WORDS || quoted >= bare * MIN_QUOTED_PER_BARE;
}
