// The mention of a quote's source when a relative clause stands between them: in `said Ana Ruiz, who
// thinks the board "lost its way"`, the quote is the relative clause's, so its source as written is
// "who" (the speaker stays the name it stands for). A source phrase and token positions flow in; the
// token index of the relative pronoun, or -1, flows out.
import type { Attribution } from "./attribution.js";
import type { Paragraph } from "./paragraph.js";

/** Most tokens of an apposition between an inverted source and its relative clause ("Ruiz, a harbour expert, who"). */
const MAX_APPOSITION = 12;

/**
 * The "who" that opens a relative clause on an inverted source (`said Ruiz, who …`) before the quote at
 * token `quote`, in the quote's own sentence; else -1. A source before its cue ("Ruiz, who is 42, said
 * "…"") and a "who" inside the reported words ("said the bomber, who fled, had …") keep the source.
 */
export function relativeBeforeQuote(p: Paragraph, att: Attribution, quote: number): number {
  if (!att.cue || att.paragraph !== p.index || att.cue.to > att.from || att.to > quote) return -1;
  const t = p.tokens;
  const sentence = t[quote].sentence;
  const last = Math.min(quote, att.to + MAX_APPOSITION);
  for (let i = att.to; i < last; i++) {
    if (t[i].sentence !== sentence || t[i].kind === "quote") return -1;
    if (t[i].lower === "who") return t[i - 1].text === "," && !apposed(t, att.from, i - 1) ? i : -1;
  }
  return -1;
}

/**
 * A comma inside the source before the relative clause's own: "said Ruiz, the head of the Port Trust,
 * who …" describes the name, and "who" could stand for the description's last noun; the name stays the mention.
 */
function apposed(t: Paragraph["tokens"], from: number, comma: number): boolean {
  for (let i = from; i < comma; i++) if (t[i].text === ",") return true;
  return false;
}
