// A web address in a content ("… violates DNC rules pic.twitter.com/… — Jeff Weaver", "… wish list
// https://t.co/…") opens the link or the byline of an embedded post, not what a source said: the content
// ends before it. Tokens and a content's range -> where the content ends.
import type { Token } from "../quotes/tokens.js";

/** Schemes that open a web address before a colon: "https:". */
const SCHEME = new Set(["http", "https"]);
/** Hosts that open a web address written without its scheme (a word keeps its dots: "pic.twitter.com"). */
const HOST = /^(?:www|pic\.twitter)\./;

/** The word at `k` opens a web address: "https" ":", "www.…", "pic.twitter.com". */
function opensAddress(t: readonly Token[], k: number): boolean {
  const w = t[k];
  if (w.kind !== "word") return false;
  return SCHEME.has(w.lower) ? t[k + 1]?.text === ":" : HOST.test(w.lower);
}

/** The first web address among tokens [from, to), or `to`. */
export function beforeWebAddress(t: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (opensAddress(t, k)) return k;
  return to;
}
