// Attribution: the source phrase a rule finds for a quote (a token range of one paragraph) and
// the cue that links them. The rules, in the order extractQuotes tries them:
//   label     (speaker-label.ts)   "HOST: Will it open?" in a transcript
//   according (rule-according.ts)  according to X, the outermost report ("…," Ruiz said, according to X)
//   asked     (rule-asked.ts)      X was asked by Y whether "…" → Y; a question with no asker named is nobody's
//   after     (rule-after.ts)      "…," Ruiz said  /  "…," said Ruiz  /  "…" said Ruiz.
//   final     (rule-after.ts)      X noted that it was "…" to the plan, the Gazette reported.
//   clause    (rule-clause.ts)     X said (that) … "…"  /  X said: "…"  /  …, calling it "…"  /  X said Y called it "…"
//   passive   (rule-passive.ts)    often labeled a "…" by Y  /  seen by Y as a "…"
//   later     (rule-after.ts)      X was "arbitrarily detained" by Y, the group says, …
//   owner, sentence (rule-sentence.ts)  her claim that "…"  /  Ruiz hailed it as a "breakthrough"
//   lookback, run (lookback.ts)    an earlier report or quote in the paragraph or the one before
// PolNeAR credits the outermost attribution, so a report that governs another one wins over it.
import type { Cue } from "./cues.js";
import { subjectAtStart } from "./noun-phrase.js";
import type { Paragraph } from "./paragraph.js";

export type Rule = "label" | "after" | "according" | "clause" | "subject" | "sentence" | "lookback" | "run";

export interface Attribution {
  /** Token range [from, to) of the source phrase in paragraph `paragraph`. */
  paragraph: number;
  from: number;
  to: number;
  cue: Cue | null;
  rule: Rule;
  /** A transcript label that names the speaker instead of the token range ("HOST"). */
  label?: string;
}

/** Most tokens searched from a quote for its cue and source, either way. */
export const MAX_CLAUSE = 60;
/** Most tokens between a quote and the cue that follows its source ("…," X, 58, said). */
export const MAX_SOURCE_BEFORE_CUE = 16;

/** The main subject of the sentence (for participles, colons and coordinated verbs). */
export function mainSubject(p: Paragraph, from: number, to: number, cue: Cue | null): Attribution | null {
  const span = subjectAtStart(p.tokens, from, to);
  return span ? { paragraph: p.index, from: span[0], to: span[1], cue, rule: "subject" } : null;
}
