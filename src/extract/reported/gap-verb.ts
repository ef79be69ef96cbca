// A cue with a finite verb right after it and no subject between: "everything Ruiz retweeted was false",
// "how the council responds can matter", "the posting is the twelfth". The cue's own object went before
// it (a relative clause with no pronoun), or the cue is a noun, and the verb is the main clause's: no
// statement. A verb that takes a clause may lose that clause's subject instead ("the levy, which she said
// was a mistake"), so its lemma keeps the cue. Tokens, the cue's position and its lemma in, a yes or no out.
import { REPORTING } from "../../lexicon/reporting.js";
import type { Token } from "../quotes/tokens.js";

const FINITE = new Set(REPORTING.en.finiteAuxiliaries);
const TAKES_CLAUSE = new Set([...REPORTING.en.clausalLemmas, ...REPORTING.en.gapClauseLemmas]);

/** The cue at `i` (lemma `lemma`) is followed by the main clause's verb, not by what was said. */
export function mainVerbAfter(t: readonly Token[], i: number, lemma: string): boolean {
  const next = t[i + 1];
  return next?.kind === "word" && next.text === next.lower && FINITE.has(next.lower) && !TAKES_CLAUSE.has(lemma);
}
