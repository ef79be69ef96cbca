// A refusal joined to a content by "and" or "but" ("acknowledged the fees but declined to list them",
// "insists he will fight on and refuses to answer"): the source's next act, not what was said, unless
// the content's own verb stands in the same tense, so that its subject may be the one who refused
// ("said he posed a threat and refused to drop the gun"). Tokens and the content so far in, yes or no out.
import { REPORTING } from "../../lexicon/reporting.js";
import { AUXILIARIES, PAST_FINITE_AUXILIARIES, PRESENT_FINITE_AUXILIARIES } from "../../lexicon/speaker-words.js";
import type { Token } from "../quotes/tokens.js";

const REFUSAL = new Set(REPORTING.en.refusalVerbs);
const AUXILIARY = new Set(AUXILIARIES);
/** Finite verbs of the past that need no "-ed" ("was armed and refused …"). */
const PAST_FINITE = new Set(PAST_FINITE_AUXILIARIES);
/** Finite verbs of the present ("is armed and refuses …"). */
const PRESENT_FINITE = new Set(PRESENT_FINITE_AUXILIARIES);

/** A simple past verb at `k`: "posed" (not "has delivered", "was fined"), or a past finite auxiliary. */
function simplePast(t: readonly Token[], k: number): boolean {
  const w = t[k];
  if (w.kind !== "word" || w.text !== w.lower) return false;
  if (PAST_FINITE.has(w.lower)) return true;
  return w.lower.length > 4 && w.lower.endsWith("ed") && !AUXILIARY.has(t[k - 1]?.lower ?? "");
}

/** At `i` ("and" or "but") a refusal follows whose tense no verb of the content [from, i) shares. */
export function refusalEnds(t: readonly Token[], from: number, i: number): boolean {
  const verb = t[i + 1];
  if (verb === undefined || !REFUSAL.has(verb.lower)) return false;
  const past = verb.lower.endsWith("ed");
  const present = verb.lower.endsWith("s");
  // ("criticizing the panel and refusing to …": a participle goes on with the source's own participle)
  if (verb.lower.endsWith("ing")) return true;
  for (let k = from; k < i; k++) {
    if (past && simplePast(t, k)) return false;
    if (present && PRESENT_FINITE.has(t[k].lower)) return false;
  }
  return past || present;
}
