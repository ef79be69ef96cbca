// Speech that its subject receives: "The plan has drawn sharp criticism from two councillors" reports
// "The plan", spoken of by the councillors; "Ruiz faced criticism for closing the pier" reports "Ruiz …
// for closing the pier", from a speaker the sentence does not name; "Ruiz faced criticism from rivals that
// her plan was rushed" reports the that-clause, what the rivals said. Tokens, the sentence and the noun
// ("criticism") in; the cue (from the receiving verb to the noun), the source after "from" and the
// content's token ranges out, or null. Left alone: a sentence that opens with the verb ("Facing
// criticism, Ruiz left"), which names no subject before it.
import { REPORTING } from "../../lexicon/reporting.js";
import { type Cue, plainCue } from "../quotes/cues.js";
import { sourceAfterCue } from "../quotes/source-phrase.js";
import type { Token } from "../quotes/tokens.js";
import { contentEnd } from "./content.js";
import { verbSubject } from "./noun-cue.js";

const NOUN = new Set(REPORTING.en.receivedSpeechNouns);
const RECEIVING = new Set(REPORTING.en.receivingVerbs);
const UNDER = new Set(REPORTING.en.underVerbs);
/** Words after the noun (and its source) that open what the subject was criticized for. */
const REASON = new Set(REPORTING.en.receivedSpeechReasons);
const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
/** Words between the noun and "from" that only weigh the source: "drew criticism even from allies". */
const FOCUS = new Set(REPORTING.en.receivedSpeechFocus);
/** Most words between the verb and the noun: "drew sharp, sustained criticism". */
const MAX_MODIFIERS = 3;
/** Most tokens of the subject ("Trump's often controversial comments on everything from Muslims"). */
const MAX_SUBJECT = 14;

export interface ReceivedSpeech {
  cue: Cue;
  /** Token range [from, to) of the source after "from", or null. */
  source: [number, number] | null;
  pieces: [number, number][];
}

/** `i`: a noun of speech in the sentence [start, end). */
export function receivedSpeech(t: readonly Token[], start: number, i: number, end: number): ReceivedSpeech | null {
  if (t[i].kind !== "word" || !NOUN.has(t[i].lower)) return null;
  // the receiving verb a few modifiers back: "drew sharp criticism", "came under heavy criticism"
  let v = i - 1;
  while (v > start && i - v <= MAX_MODIFIERS && t[v].kind === "word" && !RECEIVING.has(t[v].lower)) {
    if (t[v].lower === "under" && UNDER.has(t[v - 1]?.lower ?? "")) break;
    v--;
  }
  if (v <= start || t[v].kind !== "word") return null;
  if (t[v].lower === "under") v--;
  else if (!RECEIVING.has(t[v].lower)) return null;
  // the subject before the verb's auxiliaries and adverbs: "The proposal has quickly drawn"
  const subject = verbSubject(t, start, v, MAX_SUBJECT);
  if (!subject) return null;
  const cue = plainCue(t, v, i + 1, false);
  let after = i + 1;
  if (FOCUS.has(t[after]?.lower ?? "") && t[after + 1]?.lower === "from") after++;
  let source: [number, number] | null = null;
  if (t[after]?.lower === "from") {
    let to = sourceAfterCue(t, after + 1, end);
    // "from rivals that her plan was rushed": the source ends where what they said opens
    for (let k = after + 2; k < to; k++)
      if (COMPLEMENTIZER.has(t[k].lower)) {
        to = k;
        break;
      }
    if (to > after + 1) {
      source = [after + 1, to];
      after = to;
    }
  }
  // "faced criticism from rivals that her plan was rushed": the clause is what was said, not the subject
  if (COMPLEMENTIZER.has(t[after]?.lower ?? "")) {
    const stop = contentEnd(t, after + 1, end);
    if (stop.end > after + 1) return { cue, source, pieces: [[after + 1, stop.end]] };
  }
  const pieces: [number, number][] = [subject];
  if (REASON.has(t[after]?.lower ?? "")) {
    const stop = contentEnd(t, after, end, false, true);
    if (stop.end > after + 1) pieces.push([after, stop.end]);
  }
  return { cue, source, pieces };
}
