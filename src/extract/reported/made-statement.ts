// Speech a subject makes about a topic, named by a noun: "Ruiz made several statements about the levy"
// reports "the levy", spoken of by Ruiz; "The board issued a statement on the pier" reports "the pier".
// Tokens, the sentence and the noun in; the cue (from the verb to the preposition), the subject and
// the topic's token ranges out, or null. Only a subject that opens the sentence's clause counts, so
// "Making remarks about …, Ruiz …" is left alone.
import { REPORTING } from "../../lexicon/reporting.js";
import { type Cue, plainCue } from "../quotes/cues.js";
import type { Token } from "../quotes/tokens.js";
import { contentEnd } from "./content.js";
import { verbSubject } from "./noun-cue.js";

const NOUN = new Set(REPORTING.en.madeSpeechNouns);
const MAKING = new Set(REPORTING.en.makingVerbs);
const TOPIC = new Set(REPORTING.en.madeSpeechTopics);
/** Most words between the verb and the noun: "made several controversial statements". */
const MAX_MODIFIERS = 3;
/** Most tokens of the subject. */
const MAX_SUBJECT = 10;

export interface MadeStatement {
  cue: Cue;
  source: [number, number];
  content: [number, number];
}

/** `i`: a noun of speech in the sentence [start, end). */
export function madeStatement(t: readonly Token[], start: number, i: number, end: number): MadeStatement | null {
  if (t[i].kind !== "word" || !NOUN.has(t[i].lower) || !TOPIC.has(t[i + 1]?.lower ?? "") || i + 2 >= end) return null;
  let v = i - 1;
  while (v > start && i - v <= MAX_MODIFIERS && t[v].kind === "word" && !MAKING.has(t[v].lower)) v--;
  if (v <= start || !MAKING.has(t[v].lower)) return null;
  const subject = verbSubject(t, start, v, MAX_SUBJECT);
  if (!subject) return null;
  const stop = contentEnd(t, i + 2, end, false, true);
  if (stop.end <= i + 2) return null;
  const cue = plainCue(t, v, i + 2, true);
  return { cue, source: subject, content: [i + 2, stop.end] };
}
