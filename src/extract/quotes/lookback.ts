// Attribution from earlier sentences: a quote whose own sentence names no source takes the latest
// report before it (in its paragraph, then the paragraph before: `Smith said X. "…"`), else the
// speaker of the previous quote within two paragraphs (a quote run).
import { BETWEEN_SOURCE_AND_CUE } from "../../lexicon/speaker-words.js";
import { type Attribution, mainSubject } from "./attribution.js";
import { cueSource } from "./cue-source.js";
import { cueAt } from "./cues.js";
import { isVerbLike } from "./noun-phrase.js";
import type { Paragraph } from "./paragraph.js";

/** A report outside quotes, or an attributed quote: where it stands and who it credits. */
export interface ReportEvent<S> {
  paragraph: number;
  token: number;
  attribution: Attribution;
  speaker: S;
  quote: boolean;
}

const BETWEEN = new Set(BETWEEN_SOURCE_AND_CUE);
/** How far into a sentence its report's cue may stand. */
const MAX_REPORT_REACH = 40;
/** How many paragraphs back a quote run may reach. */
export const RUN_PARAGRAPHS = 2;

/** Reports in the sentences of a paragraph that hold no quote ("Ruiz said that ..."). */
export function reportsIn(p: Paragraph): Attribution[] {
  const out: Attribution[] = [];
  const t = p.tokens;
  for (let s = 0; s + 1 < p.sentenceStarts.length; s++) {
    const start = p.sentenceStarts[s];
    const end = p.sentenceStarts[s + 1];
    let hasQuote = false;
    for (let i = start; i < end; i++) if (t[i].kind === "quote") hasQuote = true;
    if (hasQuote) continue;
    const att = reportOf(p, start, end);
    if (att) out.push({ ...att, rule: "lookback" });
  }
  return out;
}

/** The first report in a sentence, or the subject of a sentence that ends in a colon (it introduces). */
function reportOf(p: Paragraph, start: number, end: number): Attribution | null {
  for (let i = start; i < end && i - start < MAX_REPORT_REACH; i++) {
    const cue = cueAt(p.tokens, i);
    if (cue && !cue.weak) return cueSource(p, start, cue, end - 1);
  }
  return p.tokens[end - 1].text === ":" ? colonSubject(p, start, end - 1) : null;
}

/** "Ruiz released the following statement:": the subject of a sentence that introduces a quote. */
function colonSubject(p: Paragraph, start: number, colon: number): Attribution | null {
  const att = mainSubject(p, start, colon, null);
  if (!att) return null;
  // a subject is followed by its verb ("Ruiz released", "He then listed"), not by a comma or a noun
  let i = att.to;
  while (i < colon && BETWEEN.has(p.tokens[i].lower)) i++;
  return i < colon && isVerbLike(p.tokens[i]) ? att : null;
}

/** The report a quote at (paragraph, token) inherits its source from, if any. */
export function lookBack<S>(
  events: readonly ReportEvent<S>[][],
  paragraph: number,
  token: number,
): ReportEvent<S> | null {
  // events stand in each paragraph in token order
  const here = events[paragraph] ?? [];
  for (let e = here.length - 1; e >= 0; e--) if (here[e].token < token) return here[e];
  if (paragraph > 0) {
    const prev = events[paragraph - 1] ?? [];
    if (prev.length) return prev[prev.length - 1];
  }
  for (let q = paragraph - 2; q >= 0 && paragraph - q <= RUN_PARAGRAPHS; q--) {
    const list = events[q] ?? [];
    for (let e = list.length - 1; e >= 0; e--) if (list[e].quote) return list[e];
  }
  return null;
}
