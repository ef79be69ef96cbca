// A reporting cue whose source stands right after a quote, read as a statement of its own rather than
// as the quote's attribution: a participle that goes on with what the source said (`"…," Ruiz told
// the crowd, adding that the pier is safe`), or a cue with a "that" clause after a quote that sits
// inside an opening phrase (`Citing "family matters," the aide told the Gazette that …`).
// Tokens and the attribution -> whether the statement stands.
import { REPORTING } from "../../lexicon/reporting.js";
import type { Attribution } from "../quotes/attribution.js";
import { type Cue, cueLemma } from "../quotes/cues.js";
import type { Token } from "../quotes/tokens.js";
import { contentStart } from "./content.js";

const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
const TRAILING = new Set(REPORTING.en.trailingParticiples);

/** The quote right before the source at `att.from` opens a phrase of the sentence, not the sentence. */
function quoteInsidePhrase(t: readonly Token[], at: number): boolean {
  const sentence = t[at].sentence;
  for (let k = at - 1; k >= 0 && t[k].sentence === sentence; k--) if (t[k].kind === "word") return true;
  return false;
}

/** The statement of the cue in `att` goes on after the quote before its source (see above). */
export function goesOnAfterQuote(t: readonly Token[], att: Attribution, end: number): boolean {
  const cue = att.cue as Cue;
  // `"…," he said, adding that …`: the participle shares the quote's source, after a comma
  // (`"…," he said, citing …` is the reporter's addition)
  if (cue.ing && t[cue.from - 1]?.text === ",") return !TRAILING.has(t[cue.from].lower);
  if (!quoteInsidePhrase(t, att.from - 1)) return false;
  const from = contentStart(t, cue, cueLemma(t[cue.from].lower), end);
  return from < end && COMPLEMENTIZER.has(t[from - 1]?.lower ?? "");
}
