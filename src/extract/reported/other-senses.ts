// Cue words in a sense that reports no statement: the idiom "all told" ("All told, 5 million people
// could qualify"). Tokens and the cue's position in, a yes or no out.
import type { Token } from "../quotes/tokens.js";

/** The cue at `i` is used in a sense that reports nothing here. */
export function otherSense(t: readonly Token[], i: number): boolean {
  // "All told, …"
  return t[i].lower === "told" && t[i - 1]?.lower === "all" && t[i + 1]?.text === ",";
}
