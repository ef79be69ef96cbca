// Attribution from the clause before the quote: the reporting cue its clause hangs from and that
// cue's source (cue-source.ts). `The owner's lawyer said it was "ridiculous"`, `Marsh told reporters:
// "…"`, `…, calling it "…"`; a cue nested in another report gives way to the outer one, the
// attribution PolNeAR credits: `Ruiz said Varga called it "a mess"` → Ruiz.

import {
  ADVERBIAL_SUBORDINATORS,
  ARTICLES,
  CLAUSE_JOINERS,
  DETERMINERS,
  MODALS,
  NOUN_PREPOSITIONS,
  type PronounKind,
  RELATIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
  SURVEY_NOUNS,
} from "../../lexicon/speaker-words.js";
import { type Attribution, MAX_CLAUSE, mainSubject } from "./attribution.js";
import { clauseStart, cueSource } from "./cue-source.js";
import { type Cue, cueAt, lastCueBefore } from "./cues.js";
import {
  isNameMidSentence,
  isPresentVerb,
  isSubjectPronoun,
  isVerbLike,
  nounPhraseBefore,
  subjectAtStart,
} from "./noun-phrase.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { relativeBeforeQuote } from "./relative-mention.js";
import { DASH_TOKENS, isCapitalised, type Token } from "./tokens.js";

const DET = new Set(DETERMINERS);
const ARTICLE = new Set(ARTICLES);
/** Nouns for a survey whose respondents are counted ("a poll", "the survey"). */
const SURVEY = new Set(SURVEY_NOUNS);
/** A share or count that opens a phrase: "31%", "75", "a third" is not counted. */
const COUNT = /^\d[\d.,]*$/;
const MODAL = new Set(MODALS);
const PREPOSITION = new Set(NOUN_PREPOSITIONS);
/** Words a source phrase never ends on: "Ruiz launched into a lament for" is cut short. */
const DANGLING = new Set([...ARTICLES, ...NOUN_PREPOSITIONS]);
const RELATIVE = new Set(RELATIVE_PRONOUNS);
const JOINER = new Set(CLAUSE_JOINERS);
/** Pronouns that stand for a third person the story names. */
const PERSON = new Set<PronounKind>(["male", "female", "plural"]);
/** Prepositions before a participle cue that nest it in another report: "criticized X for saying". */
const NESTING = new Set(["for", "of", "by", "about", "after"]);
/** Most tokens between a relative clause's comma and its cue ("…, which some have argued"). */
const MAX_ASIDE = 8;
const ADVERBIAL_SUBORDINATOR = new Set(ADVERBIAL_SUBORDINATORS);

/** The cue a quote's clause hangs from: the nearest before it, or an outer one for nested reports. */
function clauseCue(t: readonly Token[], from: number, k: number): Cue | null {
  let cue = lastCueBefore(t, from, k);
  // "He said the plan, which some have argued was a ploy, was an "insult"": the aside's cue governs no quote
  const aside = cue ? relativeAsideStart(t, from, cue, k) : -1;
  if (aside >= 0) cue = lastCueBefore(t, from, aside);
  // "criticized X for saying "…"", "says she thinks", "said Americans will say": the outer report
  while (cue && cue.from > from) {
    const before = t[cue.from - 1].lower;
    const modal = MODAL.has(before) && !isNameMidSentence(t, cue.from - 1);
    if (!((cue.ing && NESTING.has(before)) || cue.weak || modal || (cue.ing && finiteBefore(t, from, cue)))) break;
    const outer = lastCueBefore(t, from, cue.from - 1);
    if (!outer) break;
    cue = outer;
  }
  return cue && !cue.ing ? outermostReport(t, from, cue) : cue;
}

/** Where the relative clause holding `cue` opens (its comma), if a comma closes it before the quote; else -1. */
function relativeAsideStart(t: readonly Token[], from: number, cue: Cue, k: number): number {
  let open = -1;
  for (let i = cue.from - 1; i > from && cue.from - i <= MAX_ASIDE; i--) {
    const w = t[i];
    if (w.kind === "quote" || w.text === ";" || w.text === ":") return -1;
    if (w.text === "," && RELATIVE.has(t[i + 1]?.lower ?? "") && t[i + 1].lower !== "that") {
      open = i;
      break;
    }
  }
  if (open < 0) return -1;
  // the aside's own words after its cue, then a comma and the main clause's verb: "…, which some argued was a ploy, was"
  for (let i = cue.to + 1; i < k; i++) {
    if (t[i].kind === "quote") return -1;
    if (t[i].text === ",") return t[i + 1] !== undefined && isVerbLike(t[i + 1]) ? open : -1;
  }
  return -1;
}

/** "She says X's tweets accusing Y are "lies"": a finite cue earlier in the same clause governs the participle. */
function finiteBefore(t: readonly Token[], from: number, cue: Cue): boolean {
  // "footage of Trump saying": the participle has a subject of its own
  if (isCapitalised(t[cue.from - 1])) return false;
  for (let i = cue.from - 1; i >= from; i--) {
    const w = t[i];
    if (w.kind !== "word") return false;
    const c = cueAt(t, i);
    if (c) return !c.ing && !c.sourceAfter;
  }
  return false;
}

/**
 * The report a cue is nested in: "X said Y called it "…"" credits X, the outermost attribution.
 * Stops at a quote or clause break, and at a report inside a relative clause ("Ruiz, who said …, called").
 */
function outermostReport(t: readonly Token[], from: number, cue: Cue): Cue {
  let inner = cue;
  for (;;) {
    const outer = lastCueBefore(t, from, inner.from);
    if (!outer || outer.ing || outer.sourceAfter) return inner;
    // "a woman asked for a photo and Ruiz said": no clause hangs from the outer cue
    if (PREPOSITION.has(t[outer.to]?.lower ?? "")) return inner;
    // "Ruiz said as the heckler yelled": an adverbial clause of the outer verb, no report of it
    if (ADVERBIAL_SUBORDINATOR.has(t[outer.to]?.lower ?? "")) return inner;
    for (let i = outer.to; i < inner.from; i++) {
      const w = t[i];
      if (w.kind === "quote" || (w.kind === "punct" && !abbreviationPeriod(t, i))) return inner;
    }
    const subject = nounPhraseBefore(t, clauseStart(t, from, outer.from), outer.from);
    if (!subject || (subject[1] - subject[0] === 1 && RELATIVE.has(t[subject[0]].lower))) return inner;
    inner = outer;
  }
}

/** The period of an honorific or initial, glued to it: "Mr.", "Ms.", "J." (no clause break). */
function abbreviationPeriod(t: readonly Token[], i: number): boolean {
  const prev = t[i - 1];
  return (
    t[i].text === "." &&
    prev?.kind === "word" &&
    prev.end === t[i].start &&
    isCapitalised(prev) &&
    prev.text.length <= 3
  );
}

/** The nearest cue before the quote in its sentence, and the subject of its clause. */
export function attributeClause(p: Paragraph, k: number): Attribution | null {
  const t = p.tokens;
  const [start] = sentenceOf(p, k);
  const from = Math.max(start, k - MAX_CLAUSE);
  const cue = clauseCue(t, from, k);
  if (!cue) return colonSubject(p, from, k);
  let source = cueSource(p, from, cue, k);
  // "Ruiz launched into a lament for "…"": the phrase before that cue is no source
  if (source && source.to > source.from && DANGLING.has(t[source.to - 1].lower)) source = null;
  if (source && !cue.ing) {
    const own = joinedPronoun(t, cue.to, k);
    if (own >= 0) return { ...source, from: own, to: own + 1 };
    const who = relativeBeforeQuote(p, source, k);
    if (who >= 0) return { ...source, from: who, to: who + 1 };
  }
  return (source && surveySource(p, start, source)) ?? source;
}

/**
 * "Ruiz backed the deal, although she has "concerns"": a clause joined after the cue's clause, with a
 * pronoun subject and a verb of its own, holds the quote; the pronoun is its source as written (and
 * stands for the same speaker). Its token index, or -1.
 */
function joinedPronoun(t: readonly Token[], from: number, k: number): number {
  for (let i = k - 1; i > from; i--) {
    const w = t[i];
    if (w.kind === "quote" || w.text === ";" || w.text === ":") return -1;
    // a third person, who stands for someone the story names ("you", "we" may be anyone)
    if (!isSubjectPronoun(w) || !PERSON.has(SUBJECT_PRONOUNS[w.lower])) continue;
    const before = t[i - 1];
    const next = t[i + 1];
    if (before?.kind === "word" && JOINER.has(before.lower) && next?.kind === "word" && next.text === next.lower)
      return i;
  }
  return -1;
}

/** The phrase at `i` counts people: "31% of voters", "75 percent of …", "just 8 percent of …". */
function counted(t: readonly Token[], i: number): boolean {
  // the phrase may start after the count ("31% of" left out of "voters")
  let a = t[i - 1]?.lower === "of" ? i - 2 : i;
  if (t[a]?.lower === "just" || t[a]?.lower === "only") a++;
  if (COUNT.test(t[a]?.lower ?? "")) return true;
  return a > 0 && (t[a]?.text === "%" || t[a]?.lower === "percent") && COUNT.test(t[a - 1].lower);
}

/**
 * "In a CNN poll released Monday, 31% of Republicans said …": a counted share of the people asked
 * answers a survey, the source the sentence opens with.
 */
function surveySource(p: Paragraph, start: number, source: Attribution): Attribution | null {
  const t = p.tokens;
  if (!counted(t, source.from)) return null;
  if (t[start]?.lower !== "in" || !ARTICLE.has(t[start + 1]?.lower ?? "")) return null;
  for (let i = start + 2; i < source.from && i - start <= 12; i++) {
    if (t[i].text !== ",") continue;
    for (let j = start + 2; j < i; j++) if (SURVEY.has(t[j].lower)) return { ...source, from: start + 1, to: i };
    return null;
  }
  return null;
}

/**
 * X: "…" — a colon with no cue still introduces the words of the phrase before it ("Pollster Ana
 * Ruiz: "…""), or of the clause's subject when a clause stands before it ("Ruiz took the stage: "…"").
 */
function colonSubject(p: Paragraph, from: number, k: number): Attribution | null {
  const t = p.tokens;
  if (t[k - 1]?.text !== ":" || k - 1 <= from) return null;
  let span = nounPhraseBefore(t, from, k - 1);
  // "Article 9 affirms: "…"": a present-tense verb before the colon is not part of its subject
  if (span && span[1] - span[0] > 1 && !DET.has(t[span[1] - 2].lower) && isPresentVerb(t, span[1] - 1)) {
    span = [span[0], span[1] - 1];
  }
  // "Turnout fell - Ana Ruiz: "…"": a name set off by a dash is the source whatever stands before it
  let setOff = false;
  for (let i = span ? span[1] - 1 : -1; span && i > span[0]; i--) {
    if (!DASH_TOKENS.has(t[i].text)) continue;
    span = [i + 1, span[1]];
    setOff = true;
    break;
  }
  // "… is shown by this finding: "…"": a passive's agent
  if (span && t[span[0]].lower === "by" && span[1] - span[0] > 1) {
    span = [span[0] + 1, span[1]];
    setOff = true;
  }
  const subject = subjectAtStart(t, from, k - 1);
  if (span && (setOff || !(subject && subject[1] <= span[0]))) {
    return { paragraph: p.index, from: span[0], to: span[1], cue: null, rule: "clause" };
  }
  return mainSubject(p, from, k - 1, null);
}
