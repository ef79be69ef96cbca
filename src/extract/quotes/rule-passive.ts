// A quote a passive participle names, its agent after "by": `often labeled a "witch hunt" by critics`,
// `an option seen by organizers as a "lifeboat"`. Paragraph and quote token in; the agent as the quote's
// source out, or null when the sentence is not of that shape.

import { NAMING_PARTICIPLES } from "../../lexicon/quote-context.js";
import { ARTICLES } from "../../lexicon/speaker-words.js";
import type { Attribution } from "./attribution.js";
import { plainCue } from "./cues.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { sourceAfterCue } from "./source-phrase.js";

const PARTICIPLE = new Set(NAMING_PARTICIPLES);
const ARTICLE = new Set(ARTICLES);
/** Most tokens of the agent between "by" and "as" (`seen by many in the party as "…"`). */
const MAX_AGENT = 8;

export function attributePassive(p: Paragraph, k: number): Attribution | null {
  const t = p.tokens;
  const [start, end] = sentenceOf(p, k);
  // the words right before the quote: the participle, or "by" and its agent, then "as" and an article
  let i = k - 1;
  if (i >= start && ARTICLE.has(t[i].lower)) i--;
  const as = i >= start && t[i].lower === "as" ? i : -1;
  const lead = as >= 0 ? as - 1 : i;
  // `labeled (as) a "…" by Democrats`
  if (lead >= start && PARTICIPLE.has(t[lead].lower) && t[k + 1]?.lower === "by") {
    const to = sourceAfterCue(t, k + 2, end);
    return to > k + 2 ? { paragraph: p.index, from: k + 2, to, cue: plainCue(t, lead, lead + 1), rule: "after" } : null;
  }
  // `seen by organizers as a "…"`
  if (as < 0) return null;
  for (let b = as - 1; b > start && as - b <= MAX_AGENT + 1; b--) {
    if (t[b].lower !== "by") continue;
    if (!PARTICIPLE.has(t[b - 1].lower)) return null;
    const to = sourceAfterCue(t, b + 1, as);
    return to > b + 1 ? { paragraph: p.index, from: b + 1, to, cue: plainCue(t, b - 1, b), rule: "clause" } : null;
  }
  return null;
}
