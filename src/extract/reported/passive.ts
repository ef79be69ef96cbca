// A cue in the passive with no agent after it ("Ruiz was officially declared the winner", "the file was
// referred to the board", "jurors get called to the court"): its subject was acted on and said nothing,
// so it is no source. Left alone: "by" naming the agent ("was criticized by economists for …"), a
// reason or a role after the cue ("was criticized for …", "was accused of …", "was described as …": what
// an unnamed speaker said of the subject), a that-clause ("it was widely reported that …"), and "was
// told …" / "was asked …", which have their own rule. Tokens and the cue in, a yes or no out.
import { REPORTING } from "../../lexicon/reporting.js";
import type { Cue } from "../quotes/cues.js";
import type { Token } from "../quotes/tokens.js";

const AUXILIARY = new Set(REPORTING.en.passiveAuxiliaries);
const OWN_RULE = REPORTING.en.passiveContentOpeners;
const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
/** Words after a passive cue that open what its unnamed speaker said of the subject. */
const REASON = new Set(["for", "of", "as"]);
/** Words that may stand between the auxiliary and the participle, besides adverbs in -ly: "was not asked". */
const BETWEEN = new Set(REPORTING.en.passiveAdverbs);
/** Most such words: "was not yet officially declared". */
const MAX_BETWEEN = 3;

/** The cue at `cue` is the participle of a passive whose agent the sentence does not name (see above). */
export function passiveWithoutAgent(t: readonly Token[], cue: Cue): boolean {
  const w = t[cue.from];
  if (w.text !== w.lower || !w.lower.endsWith("ed") || Object.hasOwn(OWN_RULE, w.lower)) return false;
  const next = t[cue.to]?.lower ?? "";
  if (next === "by" || REASON.has(next) || COMPLEMENTIZER.has(next)) return false;
  let k = cue.from - 1;
  while (
    k >= 0 &&
    cue.from - k <= MAX_BETWEEN &&
    t[k].kind === "word" &&
    (BETWEEN.has(t[k].lower) || t[k].lower.endsWith("ly"))
  )
    k--;
  return k >= 0 && AUXILIARY.has(t[k].lower);
}
