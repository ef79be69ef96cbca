// A statement in a participle clause that opens its sentence: "After saying the pier was unsafe, Ruiz
// closed it", "While calling for calm, the mayor …". The cue's subject is the main clause's, after the
// comma. Tokens of the sentence and the cue -> the content's range and the source's, or null.
import { REPORTING } from "../../lexicon/reporting.js";
import { mainSubject } from "../quotes/attribution.js";
import type { Cue } from "../quotes/cues.js";
import { isVerbLike } from "../quotes/noun-phrase.js";
import type { Paragraph } from "../quotes/paragraph.js";

const OPENER = new Set(REPORTING.en.participleOpeners);
/** Most tokens of the participle clause's content before its comma. */
const MAX_CLAUSE = 40;

export interface OpeningParticiple {
  /** Token ranges [from, to) of the content and of the main subject. */
  content: [number, number];
  source: [number, number];
}

/** "After saying …, X verb": the cue at `start + 1`, its content up to the comma, X the source. */
export function openingParticiple(p: Paragraph, start: number, cue: Cue, end: number): OpeningParticiple | null {
  const t = p.tokens;
  if (!cue.ing || cue.from !== start + 1 || !OPENER.has(t[start].lower)) return null;
  let comma = -1;
  for (let k = cue.to; k < end && k - cue.to <= MAX_CLAUSE; k++) {
    if (t[k].text === ",") {
      comma = k;
      break;
    }
    if (t[k].kind === "punct" && t[k].text !== "'" && t[k].text !== "-") return null;
  }
  if (comma <= cue.to) return null;
  const subject = mainSubject(p, start, end, cue);
  // the subject opens the main clause right after the comma, and a verb follows it
  if (!subject || subject.from !== comma + 1 || subject.to >= end || !isVerbLike(t[subject.to])) return null;
  return { content: [cue.to, comma], source: [subject.from, subject.to] };
}
