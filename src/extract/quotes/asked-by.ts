// The asker of a passive "asked by X …": the agent after "by" ends where what was asked opens ("asked by
// anchor Ana Cole whether the pier …", "asked by a reporter on Friday about the tolls", "asked by the
// panel to explain"). The asker, not the person asked, is the source of the question. Tokens at "by" (or
// at "asked") in; the agent's token range and the index of the question's first word out.
import { DETERMINERS, QUESTION_OPENERS } from "../../lexicon/speaker-words.js";
import { isTime } from "./noun-phrase.js";
import { sourceAfterCue } from "./source-phrase.js";
import type { Token } from "./tokens.js";

const QUESTION = new Set(QUESTION_OPENERS);
const DETERMINER = new Set(DETERMINERS);
/** Words of a time phrase between the asker and the question ("on Friday", "last week", "again"). */
const TIME_LEAD = new Set(["on", "last", "this", "again", "earlier", "later"]);
/** Most words between the asker and the question. */
const MAX_GAP = 4;

export interface AskedBy {
  /** Token range [from, to) of the asker. */
  source: [number, number];
  /** Index of the first word of what was asked ("whether", "about", "to"). */
  question: number;
}

/**
 * End of the asker named from `from` (the word after "by"): the source phrase, cut where a question word
 * opens what was asked ("by Tom Reyes whether …").
 */
export function askerEnd(t: readonly Token[], from: number, end: number): number {
  const to = sourceAfterCue(t, from, end);
  for (let j = from + 1; j < to; j++) if (opensAsked(t, j)) return j;
  return to;
}

/**
 * What was asked opens with a question word or an infinitive ("asked by Ruiz to explain the delay"),
 * not a "to" before a noun ("the ambassador to Peru", "to the council").
 */
function opensAsked(t: readonly Token[], j: number): boolean {
  const w = t[j];
  if (QUESTION.has(w.lower)) return true;
  const next = t[j + 1];
  return w.lower === "to" && next?.kind === "word" && next.text === next.lower && !DETERMINER.has(next.lower);
}

/** `i`: "asked" before "by": the asker and where what was asked begins, or null. */
export function askedBy(t: readonly Token[], i: number, end: number): AskedBy | null {
  if (t[i + 1]?.lower !== "by") return null;
  const from = i + 2;
  const to = askerEnd(t, from, end);
  if (to <= from) return null;
  let k = to;
  while (k < end && k - to < MAX_GAP && (TIME_LEAD.has(t[k].lower) || isTime(t[k]))) k++;
  if (k >= end || !opensAsked(t, k)) return null;
  return { source: [from, to], question: k };
}
