// Cue words in a sense that reports no statement: the idiom "all told" ("All told, 5 million people
// could qualify"), and a participle after a preposition, which qualifies the noun after it ("a lead in
// pledged delegates", "with proposed cuts"). Tokens and the cue's position in, a yes or no out.
import type { Token } from "../quotes/tokens.js";

/** Prepositions after which a participle can only qualify a noun ("in pledged delegates"). */
const BEFORE_ADJECTIVE = new Set(["in", "of", "with", "for", "from", "on", "into", "among", "over"]);

/** The cue at `i` is used in a sense that reports nothing here. */
export function otherSense(t: readonly Token[], i: number): boolean {
  const w = t[i].lower;
  const before = t[i - 1];
  // "All told, …"
  if (w === "told" && before?.lower === "all" && t[i + 1]?.text === ",") return true;
  return (
    w.endsWith("ed") && before?.kind === "word" && before.text === before.lower && BEFORE_ADJECTIVE.has(before.lower)
  );
}
