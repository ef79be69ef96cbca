// After a participle cue's content ("recalling her visits to the harbour"), "and" and another participle:
// the source's next act ("and detailing her work"), not more of what was said; but a participle of a
// speech verb that has no cue form ("pleading with them and begging …") and one paired with a participle
// already in the content ("while also cutting the fares and keeping …") go on with it. Tokens, the
// content's start and the second participle in, yes or no out.
import { CUE_VERBS } from "../../lexicon/cue-verbs.js";
import { isIngForm } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";

const SPEECH_LEMMAS = new Set(Object.keys(CUE_VERBS));

/** An -ing form of a reporting verb, a cue form or not ("begging" of "beg", "pleading"). */
function speechVerbForm(w: Token): boolean {
  const stem = w.lower.slice(0, -3);
  const undoubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  return SPEECH_LEMMAS.has(stem) || SPEECH_LEMMAS.has(`${stem}e`) || SPEECH_LEMMAS.has(undoubled);
}

/** Tokens [from, to) hold a lower-case -ing form ("imposing"). */
function participleIn(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t[k].text === t[k].lower && isIngForm(t[k])) return true;
  return false;
}

/** The participle at `k`, after the content that starts at `from`, is the source's next act. */
export function participleIsNextAct(t: readonly Token[], from: number, k: number): boolean {
  return !speechVerbForm(t[k]) && !participleIn(t, from, k - 1);
}
