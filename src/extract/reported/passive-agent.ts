// A passive cue whose agent is the source and whose subject is what was said or spoken of: "The
// meeting was first reported by the Gazette", "The levy was sharply criticized by two councillors".
// Tokens, the sentence's start and the cue (a past participle right before "by") in; the agent's
// and the subject's token ranges out, or null when the sentence is not of that shape.

import { WEAK_CUE_FORMS } from "../../lexicon/cue-verbs.js";
import { REPORTING } from "../../lexicon/reporting.js";
import { AUXILIARIES, RELATIVE_PRONOUNS, SUBORDINATORS } from "../../lexicon/speaker-words.js";
import { type Cue, cueLemma, plainCue } from "../quotes/cues.js";
import { isVerbLike, subjectAtStart } from "../quotes/noun-phrase.js";
import { sourceAfterCue } from "../quotes/source-phrase.js";
import { NAME_MARKS, type Token } from "../quotes/tokens.js";
import { isCueAdverb } from "./cue-adverb.js";

/** Forms of "be" before a passive participle ("was reported", "have been criticized"). */
const PASSIVE_BE = new Set(REPORTING.en.agentPassiveAuxiliaries);
/** Auxiliaries before that "be" ("has been", "will be"). */
const AUXILIARY = new Set(AUXILIARIES);
const NOT_SPEECH = new Set(REPORTING.en.notSpeech);
const WEAK = new Set(WEAK_CUE_FORMS);
/** Adverbs between the "be" and the participle ("was first reported"). */
const ORDER = new Set(REPORTING.en.passiveAdverbs);
/** Words that open a clause, which no subject noun phrase holds ("What the crews did"). */
const CLAUSE_OPENER = new Set([...RELATIVE_PRONOUNS, ...SUBORDINATORS]);
/** Most tokens of the subject before its "be" ("Both of the governor's early proposals"). */
const MAX_SUBJECT = 10;

export interface PassiveAgent {
  cue: Cue;
  /** Token range [from, to) of the agent after "by". */
  source: [number, number];
  /** Token range [from, to) of the sentence's subject: what the passive reports on. */
  content: [number, number];
}

/** `i`: a past participle in the sentence [start, end), "by" right after it. */
export function passiveAgent(t: readonly Token[], start: number, i: number, end: number): PassiveAgent | null {
  if (t[i + 1]?.lower !== "by") return null;
  const subject = passiveSubject(t, start, i, true);
  if (!subject) return null;
  const from = i + 2;
  const to = sourceAfterCue(t, from, end);
  if (to <= from) return null;
  return { cue: plainCue(t, i, i + 1), source: [from, to], content: subject };
}

/**
 * `i`: a past participle of a speech cue in the sentence [start, end) after a form of "be" (and adverbs):
 * the token range of the sentence's subject, a noun phrase, or null. `relative`: a "which" set off by a
 * comma may stand for the subject ("the plan, which was then criticized by the unions").
 */
export function passiveSubject(
  t: readonly Token[],
  start: number,
  i: number,
  relative = false,
): [number, number] | null {
  const w = t[i];
  if (w.kind !== "word" || !/(?:ed|said|told|written)$/.test(w.lower)) return null;
  const lemma = cueLemma(w.lower);
  if (lemma === undefined || NOT_SPEECH.has(lemma) || WEAK.has(w.lower)) return null;
  // "was first reported", "were roundly criticized": adverbs between the "be" and the participle
  let b = i;
  while (b > start && (isCueAdverb(t[b - 1]) || ORDER.has(t[b - 1].lower))) b--;
  if (b <= start || !PASSIVE_BE.has(t[b - 1].lower)) return null;
  let be = b - 1;
  // "has been", "will be": one auxiliary before a bare or perfect "be"
  if ((t[be].lower === "been" || t[be].lower === "be") && be > start && AUXILIARY.has(t[be - 1].lower)) be--;
  // ", which is then denounced by …": the relative pronoun is what was spoken of, the agent its source
  if (relative && be - 2 >= start && t[be - 1].lower === "which" && t[be - 2].text === ",") return [be - 1, be];
  const subject = subjectAtStart(t, start, be);
  if (!subject || subject[1] !== be || be - subject[0] > MAX_SUBJECT) return null;
  // a noun phrase, not a clause ("What the crews did was …")
  for (let k = subject[0]; k < be; k++) {
    const x = t[k];
    // ("Mr. Ruiz", "O'Neill": the marks inside a name)
    if (x.kind === "punct" ? !NAME_MARKS.has(x.text) : x.kind !== "word" || isVerbLike(x) || CLAUSE_OPENER.has(x.lower))
      return null;
  }
  return subject;
}
