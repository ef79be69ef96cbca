// "according to X" anywhere in the quote's sentence: `"…," according to the ministry.`
import { type Attribution, MAX_CLAUSE } from "./attribution.js";
import { cueAt } from "./cues.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { qualifiedEnd, sourceAfterCue } from "./source-phrase.js";

export function attributeAccording(p: Paragraph, k: number): Attribution | null {
  const t = p.tokens;
  const [start, end] = sentenceOf(p, k);
  for (let i = Math.max(start, k - MAX_CLAUSE); i < Math.min(end, k + MAX_CLAUSE); i++) {
    if (t[i].lower !== "according") continue;
    const cue = cueAt(t, i);
    if (!cue?.sourceAfter) continue;
    let to = sourceAfterCue(t, cue.to, end);
    // "according to a study by economists at …": the authors belong to the source
    if (to > cue.to && t[to]?.lower === "by") to = Math.max(to, sourceAfterCue(t, to + 1, end));
    // "according to an official familiar with the talks": the source keeps what qualifies it
    to = qualifiedEnd(t, cue.to, to, end);
    if (to > cue.to) return { paragraph: p.index, from: cue.to, to, cue, rule: "according" };
  }
  return null;
}
