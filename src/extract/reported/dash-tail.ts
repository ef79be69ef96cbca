// A dash after a whole reported clause that no second dash closes ("said the levy would pass — a step
// the council had resisted", "… — all firms he has assailed") opens the reporter's comment on what was
// said, to the end of the sentence: the content ends before it. Tokens, the dash's position and the
// content's range -> whether the content ends at the dash.
import { DASH_TOKENS, type Token } from "../quotes/tokens.js";

/** Most tokens scanned for a second dash that closes an aside ("— as the mayor put it —"). */
const MAX_SCAN = 80;

/** The token at `i` is a dash that sets off a phrase (an em or en dash, or a spaced hyphen). */
export function isSetOffDash(t: readonly Token[], i: number): boolean {
  const w = t[i];
  if (w?.kind !== "punct" || !DASH_TOKENS.has(w.text)) return false;
  return w.text !== "-" || (i > 0 && t[i - 1].end < w.start);
}

/** The dash at `i` is the last one before `end`: it opens a tail, not an aside another dash closes. */
export function opensDashTail(t: readonly Token[], i: number, end: number): boolean {
  if (!isSetOffDash(t, i)) return false;
  const stop = Math.min(end, i + 1 + MAX_SCAN);
  for (let k = i + 1; k < stop; k++) if (isSetOffDash(t, k)) return false;
  return i + 1 < end;
}
