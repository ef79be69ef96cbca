// A clausal cue that is denied or refused takes no adverbial clause after it: "would not say when the pier
// reopens", "declined to say when", "did not say when." — the question word opens what went unsaid, not
// the reporter's "when …" clause. Tokens and a cue -> whether a question word after it opens the content.
import { REPORTING } from "../../lexicon/reporting.js";
import { QUESTION_OPENERS } from "../../lexicon/speaker-words.js";
import { type Cue, cueLemma } from "../quotes/cues.js";
import type { Token } from "../quotes/tokens.js";
import { isCueAdverb } from "./cue-adverb.js";

const EN = REPORTING.en;
const NEGATION = new Set(EN.negations);
const REFUSAL = new Set(EN.refusalVerbs);
/** Question words that open what went unsaid ("did not say when", "declined to say whether"), "which" aside. */
const QUESTION_OPENER = new Set(QUESTION_OPENERS.filter((w) => w !== "which"));
/** Cues that report a clause, so may report a question ("did not say when", not "did not complain when"). */
const CLAUSAL = new Set(EN.clausalLemmas);
/** Most adverbs between the negation and the cue ("did not immediately say"). */
const MAX_ADVERBS = 2;

/** The cue is negated ("wouldn't say", "did not publicly say") or refused ("declined to say"). */
function negated(t: readonly Token[], cue: Cue): boolean {
  let k = cue.from - 1;
  while (k > 0 && cue.from - 1 - k < MAX_ADVERBS && isCueAdverb(t[k]) && !NEGATION.has(t[k].lower)) k--;
  const w = t[k];
  if (w === undefined || w.kind !== "word") return false;
  const lower = w.lower.replace(/’/g, "'");
  if (NEGATION.has(lower) || lower.endsWith("n't")) return true;
  return lower === "to" && t[k - 1]?.kind === "word" && REFUSAL.has(t[k - 1].lower);
}

/** The word at `from`, right after a negated or refused cue, opens an indirect question. */
export function opensUnsaidQuestion(t: readonly Token[], cue: Cue, from: number): boolean {
  const w = t[from];
  if (w === undefined || w.kind !== "word" || !QUESTION_OPENER.has(w.lower)) return false;
  const lemma = cueLemma(t[cue.from].lower);
  return lemma !== undefined && CLAUSAL.has(lemma) && negated(t, cue);
}
