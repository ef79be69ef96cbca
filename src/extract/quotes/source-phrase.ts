// The source phrase that follows an inverted cue ("…," said Tom Varga, an economist at the institute) or
// stands between a quote and its cue ("…," Smith, 58, said): where it starts and where it ends.
import {
  AUXILIARIES,
  CLAUSE_OPENERS,
  DETERMINERS,
  NAMING_BEFORE_AS,
  NON_SOURCE_OPENERS,
  RELATIVE_PRONOUNS,
  SOURCE_ENDERS,
  SUBJECT_PRONOUNS,
} from "../../lexicon/speaker-words.js";
import { cueAt } from "./cues.js";
import { isTime, isVerbLike } from "./noun-phrase.js";
import { isCapitalised, isDottedInitials, NAME_JOINERS, type Token } from "./tokens.js";

const ENDERS = new Set(SOURCE_ENDERS);
const AUX = new Set(AUXILIARIES);
const DEMONSTRATIVE = new Set(["this", "that", "these", "those"]);
const DETERMINER = new Set(DETERMINERS);
const NON_OPENERS = new Set(NON_SOURCE_OPENERS);
const NAMING = new Set(NAMING_BEFORE_AS);
const OPENS_CLAUSE = new Set(CLAUSE_OPENERS);
/** Most tokens of a source phrase after an inverted cue ("…," said X, a Y of Z). */
const MAX_SOURCE_AFTER_CUE = 40;
/** Most tokens of the words that qualify a source after its head ("a poll taken last week in Ohio"). */
const MAX_QUALIFIER = 16;
/** Words that end a qualified source: a relative clause opens ("officials in Ohio who …"). */
const RELATIVE = new Set([...RELATIVE_PRONOUNS, "where"]);

/** "the base chief known as Bob": the "as" that brings in the source's name, not a clause. */
function namedAs(t: readonly Token[], i: number): boolean {
  return t[i].lower === "as" && NAMING.has(t[i - 1].lower);
}

/** A word that opens a new clause after a quote ("…," but he warned). */
export function opensClause(w: Token): boolean {
  return w.kind === "word" && OPENS_CLAUSE.has(w.lower);
}

/** A word that can open a source phrase: a name, a determiner, a noun. */
function startsSource(w: Token | undefined): boolean {
  if (w?.kind !== "word") return false;
  if (isCapitalised(w)) return true; // mid-sentence, "From" and "Will" are names
  return !(ENDERS.has(w.lower) || NON_OPENERS.has(w.lower) || (w.lower.endsWith("ing") && w.text === w.lower));
}

/** Words right after a quote read as its source: no verb or new clause before the cue. */
export function looksLikeSubject(t: readonly Token[], from: number, to: number): boolean {
  if (!startsSource(t[from]) && !demonstrativeNoun(t, from, to)) return false;
  if (to - from > 1 && (t[from].lower === "it" || t[from].lower === "there")) return false;
  let commas = 0;
  for (let i = from; i < to; i++) {
    if (t[i].text === ",") {
      commas++;
      const next = t[i + 1];
      // "…," Ruiz, and he said: a new clause; but a list inside an apposition ("refugees, and migration") is not
      const listed =
        next?.lower === "and" &&
        commas > 1 &&
        /^\p{Ll}+$/u.test(t[i + 2]?.text ?? "") &&
        !isVerbLike(t[i + 2]) &&
        !Object.hasOwn(SUBJECT_PRONOUNS, t[i + 2].lower);
      if (next && (next.lower === "but" || next.lower === "and" || next.lower === "or") && !listed) return false;
    }
    if (t[i].kind === "word" && commas === 0 && i > from && isVerbLike(t[i]) && !isParticipleModifier(t, i, to))
      return false;
  }
  return true;
}

/** An -ed form between a determiner and its noun is an adjective, not a verb: "the retired banker". */
function isParticipleModifier(t: readonly Token[], i: number, to: number): boolean {
  return (
    t[i].lower.endsWith("ed") &&
    DETERMINER.has(t[i - 1].lower) &&
    i + 1 < to &&
    t[i + 1].kind === "word" &&
    !isVerbLike(t[i + 1])
  );
}

/** "this source", "that official": a demonstrative and a noun before a cue name a source already met. */
function demonstrativeNoun(t: readonly Token[], from: number, to: number): boolean {
  const next = t[from + 1];
  if (!DEMONSTRATIVE.has(t[from].lower) || to - from < 2 || to - from > 4 || next.kind !== "word") return false;
  return (
    !isCapitalised(next) && !isVerbLike(next) && !ENDERS.has(next.lower) && !Object.hasOwn(SUBJECT_PRONOUNS, next.lower)
  );
}

/** A period inside a name: "Gov.", "J.M.", "Jr." (an abbreviation right before it). */
function inNamePeriod(t: readonly Token[], i: number, from: number): boolean {
  const prev = t[i - 1];
  if (i <= from || prev.kind !== "word" || prev.end !== t[i].start || !isCapitalised(prev)) return false;
  return prev.text.length <= 4 || isDottedInitials(prev.text);
}

/**
 * End of the source phrase after an inverted cue, as a token index: up to a clause or a modifier
 * ("…, who", "in", "on"), keeping appositions ("…, a Democratic pollster for Priorities USA").
 */
export function sourceAfterCue(t: readonly Token[], from: number, end: number): number {
  if (!startsSource(t[from])) return from;
  let i = from;
  let depth = 0;
  let firstChunk = true;
  for (; i < end && i - from < MAX_SOURCE_AFTER_CUE; i++) {
    const tok = t[i];
    if (tok.kind === "quote") break;
    if (tok.text === "(" || tok.text === "[") depth++;
    else if (tok.text === ")" || tok.text === "]") depth = Math.max(0, depth - 1);
    else if (depth > 0)
      continue; // inside a parenthetical: "Sen. Ana Ruiz (D-N.M.)"
    else if (tok.text === ",") {
      const next = t[i + 1];
      if (next?.kind !== "word" || startsClause(t, i + 1)) break;
      firstChunk = false;
    } else if (tok.text === ".") {
      if (!inNamePeriod(t, i, from)) break;
      // "said Sen. Ruiz", but "said Ray." ends the sentence ("said the F.B.I." keeps its initials' period)
      if ((i + 1 >= end || t[i + 1].kind === "quote") && !isDottedInitials(t[i - 1].text)) break;
    } else if (tok.kind === "punct") {
      if (!NAME_JOINERS.has(tok.text) && !(tok.text === "/" && glued(t, i))) break;
    } else if (i > from) {
      // "said Smith on Tuesday", but "said Al From": mid-phrase, a capitalised word is a name
      if (firstChunk && ENDERS.has(tok.lower) && !isCapitalised(tok) && !namedAs(t, i)) break;
      // "according to pool reports,": a cue word that closes the phrase is a noun
      if (cueAt(t, i) && !closesPhrase(t, i)) break;
      // "said the candidate could be …": a clause, not a source
      if (firstChunk && isAuxiliary(tok)) break;
    }
  }
  while (i > from && (t[i - 1].text === "," || t[i - 1].text === "(")) i--;
  return i;
}

/** A lower-case auxiliary or modal verb: "could", "is", "has". */
export function isAuxiliary(w: Token | undefined): boolean {
  return w !== undefined && w.kind === "word" && w.text === w.lower && AUX.has(w.lower);
}

/** A plural noun that may read as a cue ("reports", "claims") ends the phrase at a comma or a period. */
function closesPhrase(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  return /s$/.test(t[i].lower) && i > 0 && t[i - 1].kind === "word" && (next?.text === "," || next?.text === ".");
}

/** A slash inside a word, no space either side: "9/11 widow Ana Ruiz", "AC/DC". */
function glued(t: readonly Token[], i: number): boolean {
  const prev = t[i - 1];
  const next = t[i + 1];
  return prev !== undefined && next !== undefined && prev.end === t[i].start && next.start === t[i].end;
}

/** After a comma: a new clause or modifier rather than an apposition. */
function startsClause(t: readonly Token[], i: number): boolean {
  const w = t[i];
  if (ENDERS.has(w.lower) && w.lower !== "of" && w.lower !== "from" && w.lower !== "and") return true;
  // "…, said Ana Ruiz, an expert, would read it": a verb after the comma resumes the sentence
  return w.lower.endsWith("ing") || cueAt(t, i) !== null || isVerbLike(w);
}

/**
 * End of a source phrase with the words that qualify it after its head, up to the end of its clause:
 * "according to a poll taken last week", "… an official familiar with the talks", "… exit polls reported
 * by two networks". `to` is where sourceAfterCue stopped; the qualified end, or `to` when the words after
 * it read as a clause of their own ("according to the report the plan is dead") or run on too far.
 */
export function qualifiedEnd(t: readonly Token[], from: number, to: number, end: number): number {
  const first = t[to];
  if (to <= from || first?.kind !== "word" || isCapitalised(first)) return to;
  // "… on Tuesday", "… last week": a time phrase qualifies the report, not its source, unless it
  // qualifies a participle of the source ("a poll taken last week")
  const participle = isVerbLike(t[to - 1]) || /[^e]en$/.test(t[to - 1].lower);
  if (!participle && (isTime(first) || isTime(t[to + 1] ?? first))) return to;
  let i = to;
  for (; i < end && i - to < MAX_QUALIFIER; i++) {
    const w = t[i];
    if (w.kind === "quote" || RELATIVE.has(w.lower)) break;
    if (w.kind === "punct") {
      if (NAME_JOINERS.has(w.text) || inNamePeriod(t, i, from) || (w.text === "/" && glued(t, i))) continue;
      break;
    }
    if (isAuxiliary(w) || Object.hasOwn(SUBJECT_PRONOUNS, w.lower) || (OPENS_CLAUSE.has(w.lower) && w.lower !== "and"))
      return to;
  }
  return i < end && i - to >= MAX_QUALIFIER ? to : i;
}
