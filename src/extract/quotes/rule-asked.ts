// Attribution of a question put to someone: a quote inside the clause of a passive "asked" is the
// asker's words, not the answer's. `Ruiz was asked by a reporter whether the plan "works"` → the
// reporter; `Ruiz was asked, "Will it open?"` and `Asked if the plan is "fair," 60% said yes` → nobody
// (the sentence names no asker), so no later rule credits the person asked.

import { REPORTING } from "../../lexicon/reporting.js";
import {
  ASKED_FORMS,
  ASKED_OPENERS,
  BE_FORMS,
  CONJUNCTIONS,
  DETERMINERS,
  QUESTION_OPENERS,
  RELATIVE_PRONOUNS,
} from "../../lexicon/speaker-words.js";
import { askerEnd } from "./asked-by.js";
import { type Attribution, MAX_CLAUSE } from "./attribution.js";
import { cueAt } from "./cues.js";
import { isAdverb, isSubjectPronoun } from "./noun-phrase.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { NOBODY } from "./rule-sentence.js";
import { isCapitalised, type Token } from "./tokens.js";

const ASKED = new Set(ASKED_FORMS);
const OPENERS = new Set(ASKED_OPENERS);
const QUESTION = new Set(QUESTION_OPENERS);
const BE = new Set([...BE_FORMS, "get", "gets", "got", "getting"]);
const DET = new Set(DETERMINERS);
const CONJUNCTION = new Set(CONJUNCTIONS);
const RELATIVE = new Set(RELATIVE_PRONOUNS);
/** Words that may stand between "was" and "asked": "was also asked", "was not asked". */
const BETWEEN = new Set(REPORTING.en.passiveAdverbs);

export function attributeAsked(p: Paragraph, k: number): Attribution | typeof NOBODY | null {
  const t = p.tokens;
  const [start] = sentenceOf(p, k);
  const from = Math.max(start, k - MAX_CLAUSE);
  let i = k - 1;
  for (; i >= from; i--) {
    const w = t[i];
    if (w.kind === "quote" || w.text === ";") return null;
    if (w.kind === "word" && ASKED.has(w.lower)) break;
  }
  if (i < from || !passive(t, start, i)) return null;
  let next = i + 1;
  let agent: [number, number] | null = null;
  if (t[next]?.lower === "by") {
    // "by Tom Reyes whether …": the question's opener closes the agent
    const to = askerEnd(t, next + 1, k);
    if (to <= next + 1) return null;
    agent = [next + 1, to];
    next = to;
  }
  if (!(questionQuoted(t, next, k) || inQuestion(t, next, k))) return null;
  if (!agent) return NOBODY;
  return { paragraph: p.index, from: agent[0], to: agent[1], cue: cueAt(t, i), rule: "clause" };
}

/** "asked" is a passive participle: after "be" or "get", opening its clause, or before its agent. */
function passive(t: readonly Token[], start: number, i: number): boolean {
  if (t[i + 1]?.lower === "by" || i === start) return true;
  // "Ruiz, who was off-screen, then asked": an aside's comma before adverbs closes the subject
  const w = t[i - 1];
  if (w.text === "," || OPENERS.has(w.lower)) return true;
  let j = i - 1;
  while (j > start && (BETWEEN.has(t[j].lower) || isAdverb(t[j]))) j--;
  return BE.has(t[j].lower);
}

/**
 * `was asked, "…"` / `was asked by X, who …, "…"`: the question itself is quoted right after the
 * passive (and its agent's aside).
 */
function questionQuoted(t: readonly Token[], next: number, k: number): boolean {
  if (next === k) return true;
  const last = t[k - 1];
  if (!(last.text === "," || last.text === ":")) return false;
  if (next === k - 1) return true;
  // an aside about the agent: ", who …,"
  if (t[next].text !== "," || !RELATIVE.has(t[next + 1]?.lower ?? "")) return false;
  for (let j = next + 1; j < k - 1; j++) if (t[j].text === ":" || t[j].text === ".") return false;
  return true;
}

/**
 * `asked whether the plan "works"`: the quote lies inside what is asked, before any answer: no reporting
 * verb, colon or new subject after a comma ("Asked about it, Ruiz said "…"") stands between.
 */
function inQuestion(t: readonly Token[], next: number, k: number): boolean {
  if (!QUESTION.has(t[next]?.lower ?? "")) return false;
  let aside = false;
  for (let j = next + 1; j < k; j++) {
    const w = t[j];
    if (w.text === ":" || w.text === "." || w.text === "?") return false;
    if (w.text === ",") {
      const after = t[j + 1];
      if (after === undefined) return false;
      if (RELATIVE.has(after.lower)) {
        aside = true;
        continue;
      }
      aside = false;
      if (after.kind === "quote") continue;
      // "…, Ruiz said", "…, and the panel …": a new clause
      if (isCapitalised(after) || isSubjectPronoun(after) || DET.has(after.lower) || CONJUNCTION.has(after.lower))
        return false;
      continue;
    }
    // a reporting verb outside a relative aside is the answer's: "asked about it and said "…""
    if (!aside && w.kind === "word" && cueAt(t, j)) return false;
  }
  return true;
}
