// A reporting cue whose source stands right after a quote, read as a statement of its own rather than
// as the quote's attribution: a participle that goes on with what the source said (`"…," Ruiz told
// the crowd, adding that the pier is safe`), or a cue with a "that" clause after a quote that sits
// inside an opening phrase (`Citing "family matters," the aide told the Gazette that …`), or any clause
// after a quote that an earlier cue introduced (`Ruiz said that "…," one of the pilots said the cases
// differ`). The quote may stand before the rest of the source's noun phrase (`"…," the agency's chief
// executive, Ana Ruiz, told the council`). The paragraph and the attribution -> the quote before it, and
// whether the statement stands.
import { REPORTING } from "../../lexicon/reporting.js";
import { DETERMINERS, POSSESSIVE_PRONOUNS, RELATIVE_PRONOUNS } from "../../lexicon/speaker-words.js";
import type { Attribution } from "../quotes/attribution.js";
import { type Cue, cueAt, cueLemma } from "../quotes/cues.js";
import { isSubjectPronoun, isTime, isVerbLike } from "../quotes/noun-phrase.js";
import type { Paragraph } from "../quotes/paragraph.js";
import { clauseAfterCue, cueCloses, introduced } from "../quotes/rule-after.js";
import { isCapitalised, NAME_MARKS, quoteEndsWithComma, type Token } from "../quotes/tokens.js";
import { contentStart } from "./content.js";

const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
const TRAILING = new Set(REPORTING.en.trailingParticiples);
/** Most tokens of a source's noun phrase before the part the source reader kept ("the head of the port and"). */
const MAX_PHRASE_BEFORE = 12;
/** Marks inside a noun phrase: a comma before an apposition, those inside a name ("Gov.", "(D-Ohio)"). */
const PHRASE_MARK = new Set([",", "(", ")", ...NAME_MARKS]);
const DETERMINER = new Set(DETERMINERS);
/** Words that open or join a clause, not a noun phrase: "who", "that", "after", "while". */
const CLAUSE_WORD = new Set([...RELATIVE_PRONOUNS, ...COMPLEMENTIZER, ...REPORTING.en.subordinators]);

/**
 * The word at `k` may stand in a source's noun phrase: no verb, cue, pronoun, relative or conjunction of a
 * clause, nor a time ("…,'' and on Monday, CBS said").
 */
function inNounPhrase(t: readonly Token[], k: number): boolean {
  const w = t[k];
  if (isVerbLike(w) || isSubjectPronoun(w) || isTime(w) || CLAUSE_WORD.has(w.lower)) return false;
  return cueAt(t, k) === null;
}

/** Tokens of the sentence stand before the quote at `k` (only its neighbour is read). */
function opensAfterWords(t: readonly Token[], k: number): boolean {
  return k > 0 && t[k - 1].sentence === t[k].sentence;
}

/** A word that opens a source's noun phrase: a determiner, a possessive or a name ("the", "his", "Sen."). */
function opensNounPhrase(w: Token): boolean {
  if (w.kind !== "word" || isTime(w) || CLAUSE_WORD.has(w.lower)) return false;
  return isCapitalised(w) || DETERMINER.has(w.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower);
}

/**
 * The quote before the source at `from`, right before it or past the rest of its noun phrase (`"…," the
 * head of the harbour and ferry agency told …`: words that are no verb), inside the clause that opens at
 * `clauseFrom`; or -1.
 */
export function quoteBeforeSource(t: readonly Token[], from: number, clauseFrom: number): number {
  const sentence = t[from].sentence;
  for (let k = from - 1; k >= clauseFrom && from - k <= MAX_PHRASE_BEFORE; k--) {
    const w = t[k];
    if (w.sentence !== sentence) return -1;
    if (w.kind === "quote") {
      if (k === from - 1) return k;
      // past the phrase, only a quote that opens its sentence (`On "Meet the Press," the host …` names a show)
      return quoteEndsWithComma(w) && opensNounPhrase(t[k + 1]) && !opensAfterWords(t, k) ? k : -1;
    }
    if (w.kind === "punct" ? !PHRASE_MARK.has(w.text) : !inNounPhrase(t, k)) return -1;
  }
  return -1;
}

/** The quote at `at`, before the source, opens a phrase of the sentence, not the sentence. */
function quoteInsidePhrase(t: readonly Token[], at: number): boolean {
  const sentence = t[at].sentence;
  for (let k = at - 1; k >= 0 && t[k].sentence === sentence; k--) if (t[k].kind === "word") return true;
  return false;
}

/** The statement of the cue in `att` goes on after the quote at `quote` before its source (see above). */
export function goesOnAfterQuote(p: Paragraph, att: Attribution, quote: number, end: number): boolean {
  const t = p.tokens;
  const cue = att.cue as Cue;
  // `"…," he said, adding that …`: the participle shares the quote's source, after a comma
  // (`"…," he said, citing …` is the reporter's addition)
  if (cue.ing && t[cue.from - 1]?.text === ",") return !TRAILING.has(t[cue.from].lower);
  if (!quoteInsidePhrase(t, quote)) return false;
  const from = contentStart(t, cue, cueLemma(t[cue.from].lower), end);
  if (from < end && COMPLEMENTIZER.has(t[from - 1]?.lower ?? "")) return true;
  // `Ruiz said that "…," one of the pilots said the two cases differ`: a cue before the quote introduced
  // it, so the source after it, with a clause after its cue, reports one of its own (the quote rules
  // read the same: rule-after.ts)
  return from < end && introduced(p, quote) && (!cueCloses(t, cue.to, end) || clauseAfterCue(t, cue, end));
}
