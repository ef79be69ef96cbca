// A statement inside a sentence that opens with a subordinator ("So while the mayor assures the council
// that …, the ferry company is planning …"): the source's clause is the subordinate one, and its content
// ends at the comma before the main clause (a subject and a verb of its own), not at a comma in a list.
// Tokens, the sentence start, the source and the content in; yes or no, and the content's end, out.
import { REPORTING } from "../../lexicon/reporting.js";
import { SENTENCE_CONJUNCTIONS } from "../../lexicon/speaker-words.js";
import { isCapitalised, quoteEndsWithComma, type Token } from "../quotes/tokens.js";
import { opensBareClause } from "./bare-clause.js";

const SUBORDINATOR = new Set(REPORTING.en.subordinators);
/** Words that open a sentence before its subordinator ("So while …", "But if …"). */
const SENTENCE_LEAD = new Set(SENTENCE_CONJUNCTIONS);
/** Most tokens between a sentence's subordinator and the source it governs. */
const MAX_SUBORDINATE_SUBJECT = 16;

/** The sentence at `start` opens with a subordinator whose clause holds the source at `from` (no comma between). */
export function openedBySubordinator(t: readonly Token[], start: number, from: number): boolean {
  const lead = t[start];
  let k = lead !== undefined && isCapitalised(lead) && SENTENCE_LEAD.has(lead.lower) ? start + 1 : start;
  const w = t[k];
  if (w?.kind !== "word" || !SUBORDINATOR.has(w.lower) || w.lower === "as" || from - k > MAX_SUBORDINATE_SUBJECT)
    return false;
  for (k++; k < from; k++) if (t[k].text === "," || t[k].kind === "quote") return false;
  return true;
}

/** The first comma in [from, to) (or a quote that ends in one) before a clause with its own subject and verb, or -1. */
export function mainClauseAt(t: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (t[k].text === "," && opensBareClause(t, k + 1, to)) return k;
    if (quoteEndsWithComma(t[k]) && opensBareClause(t, k + 1, to)) return k + 1;
  }
  return -1;
}
