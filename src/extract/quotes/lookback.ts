// Attribution from earlier sentences: a quote whose own sentence names no source takes the latest
// report before it (in its paragraph, then the paragraph before: `Smith said X. "…"`), else the
// speaker of the previous quote within two paragraphs (a quote run).
import type { Attribution } from "./attribution.js";
import { cueAt } from "./cues.js";
import { nounPhraseBefore, subjectAtStart } from "./noun-phrase.js";
import type { Paragraph } from "./paragraph.js";

/** A report outside quotes, or an attributed quote: where it stands and who it credits. */
export interface ReportEvent<S> {
  paragraph: number;
  token: number;
  attribution: Attribution;
  speaker: S;
  quote: boolean;
}

/** How many paragraphs back a quote run may reach. */
const RUN_PARAGRAPHS = 2;

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
    for (let i = start; i < end && i - start < 40; i++) {
      const cue = cueAt(t, i);
      if (!cue || cue.weak) continue;
      if (cue.sourceAfter) break;
      if (cue.ing && i > start && t[i - 1].text === ",") {
        const subject = subjectAtStart(t, start, i);
        if (subject) out.push({ paragraph: p.index, from: subject[0], to: subject[1], cue, rule: "lookback" });
        break;
      }
      const span = nounPhraseBefore(t, start, i);
      if (span && span[1] - span[0] <= 8) {
        out.push({ paragraph: p.index, from: span[0], to: span[1], cue, rule: "lookback" });
        break;
      }
    }
  }
  return out;
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
