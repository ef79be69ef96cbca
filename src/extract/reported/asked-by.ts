// A question put by an asker the sentence names after a passive "asked": "Ruiz was asked by a caller
// whether the pier would reopen", `"No," he said when asked by a reporter if he would run.` The asker
// is the source, the question the content. Tokens at "asked" -> the cue, the asker's and the
// question's token ranges, or null.
import { REPORTING } from "../../lexicon/reporting.js";
import { type Cue, plainCue } from "../quotes/cues.js";
import type { Token } from "../quotes/tokens.js";
import { contentEnd } from "./content.js";

const EN = REPORTING.en;
const ASKING = new Set(EN.unnamedAskerForms);
/** Words that open the question after the asker: "whether", "if", "why", "about", "to" … ("who" is a relative there). */
const OPENER = new Set([...EN.questionOpeners.filter((w) => w !== "who"), "to"]);
/** Most tokens of the asker: "host Tom Varga of the morning show". */
const MAX_ASKER = 8;

export interface AskedBy {
  cue: Cue;
  /** Token ranges [from, to) of the asker and of the question. */
  source: [number, number];
  content: [number, number];
}

/** `i`: a token in the sentence that ends at `end`. */
export function askedBy(t: readonly Token[], i: number, end: number): AskedBy | null {
  if (!ASKING.has(t[i].lower) || t[i + 1]?.lower !== "by") return null;
  const from = i + 2;
  let k = from;
  while (k < end && k - from < MAX_ASKER && t[k].kind === "word" && !OPENER.has(t[k].lower)) k++;
  if (k === from || k + 1 >= end || !OPENER.has(t[k].lower)) return null;
  // "asked by reporters about the levy": what was asked follows "about"
  const start = t[k].lower === "about" ? k + 1 : k;
  const stop = contentEnd(t, start, end, true).end;
  if (stop <= start) return null;
  return { cue: plainCue(t, i, i + 1), source: [from, k], content: [start, stop] };
}
