// A question put to the source by someone the sentence does not name, in a clause that hangs from
// the statement: `"…," Ruiz said when asked about the tolls.`, `…, she said, asked whether …`,
// `Pressed again about the budget, Ruiz …`. Tokens at "asked" -> the cue and the question's range.
import { REPORTING } from "../../lexicon/reporting.js";
import { QUESTION_OPENERS } from "../../lexicon/speaker-words.js";
import { askedBy } from "../quotes/asked-by.js";
import { type Cue, plainCue } from "../quotes/cues.js";
import { isTime } from "../quotes/noun-phrase.js";
import { DASH_TOKENS, quoteEndsWithComma, type Token } from "../quotes/tokens.js";
import { contentEnd } from "./content.js";

const EN = REPORTING.en;
const QUESTION_OPENER = new Set(QUESTION_OPENERS);
const ASKING = new Set(EN.unnamedAskerForms);
const BEFORE = new Set(EN.unnamedAskerLeads);
/** Most words between the cue and what it asks ("asked last month by a reporter about"). */
const MAX_GAP = 4;
/** Prepositions of a setting between the cue and what it asks ("asked during a hearing whether"). */
const SETTING = new Set(["in", "at", "during", "on"]);
/** Most words of that setting: "during a luncheon held by the paper". */
const MAX_SETTING = 8;
/** Most tokens of a question that opens its sentence ("Asked whether …, Ruiz said"). */
const MAX_OPENING_QUESTION = 25;

export interface UnnamedQuestion {
  cue: Cue;
  /** Token range [from, to) of what was asked. */
  from: number;
  to: number;
  /** Token range [from, to) of an asker named after "by", or null. */
  asker: [number, number] | null;
}

/** A word between the cue and the question: "later", "again", "specifically", "last month". */
function inGap(w: Token): boolean {
  return w.kind === "word" && (isTime(w) || w.lower === "last" || w.lower === "again" || /ly$/.test(w.lower));
}

/**
 * Where the question opens after an asking cue whose next token is `from`, past times and adverbs
 * ("asked again whether") and a setting ("asked in May if", "asked at the hearing about"), or -1.
 */
export function questionAt(t: readonly Token[], from: number, end: number): number {
  let k = from;
  while (k < end && k - from < MAX_GAP && inGap(t[k])) k++;
  if (k < end && SETTING.has(t[k].lower)) {
    let j = k + 1;
    while (j < end && j - k <= MAX_SETTING && t[j].kind === "word" && !QUESTION_OPENER.has(t[j].lower)) j++;
    if (j > k + 1 && j < end && QUESTION_OPENER.has(t[j].lower)) k = j;
  }
  return k < end && QUESTION_OPENER.has(t[k].lower) ? k : -1;
}

/** The question ends before a colon, a dash or a quote that ends in a comma ("asked about the "plan,""). */
function questionEnd(t: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (w.text === ":" || DASH_TOKENS.has(w.text)) return k;
    if (quoteEndsWithComma(w)) return k + 1;
  }
  return to;
}

/**
 * A comma close enough after an opening "asked" to end its question (statements.ts's reach), or a quote
 * that ends in one (`Asked about the "pier plan," Ruiz said …`).
 */
function commaAfter(t: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 3; k < end && k - i <= MAX_OPENING_QUESTION; k++)
    if (t[k].text === "," || quoteEndsWithComma(t[k])) return true;
  return false;
}

/** The question at `i` ("asked", "pressed"), after "when", a comma or the sentence start, or null. */
export function unnamedQuestion(t: readonly Token[], start: number, i: number, end: number): UnnamedQuestion | null {
  if (!ASKING.has(t[i].lower)) return null;
  // "Asked whether …, Ruiz said" / "When asked …, …" opening the sentence: statements.ts reads those
  const opening = i === start || (i === start + 1 && BEFORE.has(t[start].lower));
  if (opening && t[i].lower === "asked" && commaAfter(t, i, end)) return null;
  let b = i - 1;
  while (b >= start && inGap(t[b])) b--;
  const lead = b < start || t[b].text === "," || BEFORE.has(t[b].lower);
  if (!lead) return null;
  // "when asked by a reporter whether …": the asker is named after all
  const asker = askedBy(t, i, end);
  const k = asker ? asker.question : questionAt(t, i + 1, end);
  if (k < 0) return null;
  const about = t[k].lower === "about";
  const from = about ? k + 1 : k;
  const to = questionEnd(t, from, contentEnd(t, from, end, true).end);
  if (to <= from) return null;
  const cueTo = about ? k + 1 : i + 1;
  return { cue: plainCue(t, i, cueTo, about), from, to, asker: asker?.source ?? null };
}
