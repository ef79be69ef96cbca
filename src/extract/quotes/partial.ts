// Partial quotes: a fragment inside the reporter's own sentence (called it "absurd", said the plan
// was "dead on arrival"), as against a quote that stands as the speaker's sentence, or goes on with
// one after an interruption ("The pier," she said, "is safe.").
import type { Attribution } from "./attribution.js";
import { cueAt } from "./cues.js";
import { endsWithPunctuation } from "./filters.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";

/** How far around the quote the reporter's words are looked at. */
const REACH = 60;

export function isPartial(p: Paragraph, k: number, attribution: Attribution | null): boolean {
  const t = p.tokens;
  const [start, end] = sentenceOf(p, k);
  const content = t[k].text.trimStart();
  let leftWords = false;
  let leftCue = false;
  let leftQuote = false;
  for (let i = Math.max(start, k - REACH); i < k; i++) {
    if (t[i].kind === "word") leftWords = true;
    if (t[i].kind === "quote") leftQuote = true;
    else if (cueAt(t, i)) leftCue = true;
  }
  if (!leftWords) {
    if (attribution?.rule === "after" || endsWithPunctuation(content)) return false;
    for (let i = k + 1; i < end && i - k <= REACH; i++) if (t[i].kind === "word") return true;
    return false;
  }
  const prev = t[k - 1];
  if (prev.text === ":") return false;
  // the second half of an interrupted quote: "That," he said, "is the reality."
  if (prev.text === "," && leftQuote) return false;
  const lower = /^\p{Ll}/u.test(content);
  if (prev.text === "," && leftCue) return lower;
  if (prev.kind === "word" && cueAt(t, k - 1) && !lower) return false;
  return true;
}
