// Attribution after the quote: `"…," Ruiz said`, `"…," said Tom Varga, an economist`,
// `"…." Ruiz said.`, and later in the sentence: `X was "arbitrarily detained," the group says.` An
// attribution that closes the sentence after its last comma is the outermost one and is tried before
// the clause rule: `Ruiz noted that it was "central," the Gazette reported.`
import { DETERMINERS, NOUN_PREPOSITIONS, SETTING_OPENERS } from "../../lexicon/speaker-words.js";
import { type Attribution, MAX_CLAUSE, MAX_SOURCE_BEFORE_CUE, mainSubject } from "./attribution.js";
import { type Cue, cueAt, lastCueBefore, trailingCueAt } from "./cues.js";
import { isSubjectPronoun, isTime, isVerbLike, trimToSubject } from "./noun-phrase.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { isAuxiliary, looksLikeSubject, opensClause, sourceAfterCue } from "./source-phrase.js";
import { isCapitalised, type Token } from "./tokens.js";

/** Most tokens between a quote and its cue when the source has an apposition ("…," X, a Y of Z, said). */
const MAX_APPOSITION_SOURCE = 40;
/** Most words of a source in a parenthetical or final attribution (", the rights group says."). */
const MAX_LATE_SOURCE = 7;
/** Punctuation that leaves a quote open for what follows: "…," "…?" "…—". */
const OPEN_END = new Set([",", "?", "!", "—", "–", "-", "…", ":", ";"]);
const DETERMINER = new Set(DETERMINERS);
/** Words that open a phrase after a final cue: a preposition ("in a video message to …", "during a speech to …"). */
const PREPOSITION = new Set([...NOUN_PREPOSITIONS, "during"]);
/** Most words of a prepositional phrase after a final cue (", she said in a video message to the party."). */
const MAX_CUE_COMPLEMENT = 10;
const SETTING = new Set(SETTING_OPENERS);
/** Most tokens inside a parenthetical after a source's name ("(R-S.C.)", "(D-Vale County)"). */
const MAX_PARENTHETICAL = 10;
const DASH_OR_COMMA = new Set([",", "—", "–", "-"]);
/** Punctuation that ends a quote's sentence and may still leave its attribution to follow: "…?" Ruiz asked. */
const SENTENCE_STOPS = new Set(["?", "!", "…"]);
/** Characters after the closing punctuation that do not count: spaces, single marks, brackets. */
const TRAILING = new Set([" ", "\t", "\n", "'", "’", "‘", ")", "]"]);

/** Closing punctuation inside the marks, ignoring trailing spaces and single marks. */
function lastContentChar(content: string): string {
  let end = content.length;
  while (end > 0 && TRAILING.has(content[end - 1])) end--;
  return content.charAt(end - 1);
}

/** The quote leaves its sentence open for an attribution after it. */
function endsOpen(p: Paragraph, k: number): boolean {
  if (OPEN_END.has(lastContentChar(p.tokens[k].text))) return true;
  const next = p.tokens[k + 1];
  return next !== undefined && next.kind === "punct" && DASH_OR_COMMA.has(next.text);
}

/** A name or pronoun right after a quote and a cue that ends there: `"…." Ruiz said.` */
function tightAfter(p: Paragraph, k: number): Attribution | null {
  const t = p.tokens;
  const j = k + 1;
  let c = j;
  if (isSubjectPronoun(t[j])) c = j + 1;
  else {
    while (
      c < t.length &&
      c - j < 4 &&
      (isCapitalised(t[c]) || (t[c].text === "." && c > j && t[c - 1].text.length <= 3))
    ) {
      c++;
    }
  }
  if (c === j || c >= t.length) return null;
  const cue = trailingCueAt(t, c);
  if (!cue || cue.ing || cue.sourceAfter || cue.to - cue.from > 1) return null;
  const after = t[cue.to];
  if (after !== undefined && !(after.text === "." || after.text === ",")) return null;
  return { paragraph: p.index, from: j, to: c, cue, rule: "after" };
}

/** A reporting cue before the quote in its sentence introduces it: `Reid said that "…." He added`. */
export function introduced(p: Paragraph, k: number): boolean {
  const [start] = sentenceOf(p, k);
  return lastCueBefore(p.tokens, Math.max(start, k - MAX_CLAUSE), k) !== null;
}

/** A cue, a name or a determiner: what can follow a quote as its attribution ("said X", "the Post's X said"). */
function startsAttribution(t: readonly Token[], j: number): boolean {
  const w = t[j];
  return w !== undefined && (cueAt(t, j) !== null || isCapitalised(w) || DETERMINER.has(w.lower));
}

/** The source after a quote that ends open (or, tightly, after one that does not). */
export function attributeAfter(p: Paragraph, k: number): Attribution | null {
  const last = lastContentChar(p.tokens[k].text);
  const t = p.tokens;
  const [start, sentenceEnd] = sentenceOf(p, k);
  // "Why not?" Ruiz asked.  "We will see…" Ruiz said.  A quote's own ?, ! or … ended the sentence before
  // its attribution.
  const stops = SENTENCE_STOPS.has(last);
  const end = sentenceEnd === k + 1 && stops && k + 1 < t.length ? sentenceOf(p, k + 1)[1] : sentenceEnd;
  // A cue before the quote introduced it, and its own ? or ! ended it: `Ruiz asked: "Why?" Critics cited it`.
  if (stops && isCapitalised(t[k + 1]) && introduced(p, k)) return null;
  // a whole sentence quoted without its comma is open too: "We will win" said Ruiz.
  const unpunctuated = k === start && /[\p{L}\p{N}]/u.test(last) && startsAttribution(t, k + 1);
  if (!endsOpen(p, k) && !unpunctuated) {
    if (last === "?" || last === "!") return null;
    const tight = tightAfter(p, k);
    return tight && !introduced(p, k) ? tight : null;
  }
  let j = k + 1;
  while (j < end && t[j].kind === "punct" && DASH_OR_COMMA.has(t[j].text)) j++;
  if (j >= end || t[j].kind !== "word") return null;
  if (t[j].lower === "as")
    j++; // "…," as Smith put it
  else if (opensClause(t[j])) return null; // "…," but he also warned: a new clause
  if (j >= end) return null;
  const first = cueAt(t, j);
  // "…," promising to campaign: a participle that shares the sentence's subject, unless a cue right
  // before the quote introduced it ("videos he calls "…," pointing to …": the clause rule's "he")
  if (first?.ing && k > start && !cueRightBefore(t, k)) return mainSubject(p, start, k, first);
  if (first) {
    // "…," said Smith, a pollster.  Not "told X", nor a participle ("…," referring to X)
    if (!first.sourceAfter && (first.ing || first.to - first.from > 1 || first.takesObject)) return null;
    const to = sourceAfterCue(t, first.to, end);
    // "…," said the plan could fail: the cue reports a clause, its source stands before the quote
    if (to <= first.to || (to < end && isAuxiliary(t[to]))) return null;
    return { paragraph: p.index, from: first.to, to, cue: first, rule: first.sourceAfter ? "according" : "after" };
  }
  const att = sourceBeforeCue(p, j, end);
  // "X claimed that "…," one of the lawyers said the cases differ": a report of its own, not the quote's
  if (att?.cue && (!cueCloses(t, att.cue.to, end) || clauseAfterCue(t, att.cue, end)) && introduced(p, k)) return null;
  return att;
}

/**
 * A clause of its own follows the cue: the short phrase after it holds a verb ("said the cases were
 * alike"), or a cue that takes no object has a subject after it ("said the two cases differ", not "said
 * this week").
 */
export function clauseAfterCue(t: readonly Token[], cue: Cue, end: number): boolean {
  const after = cue.to;
  const w = t[after];
  if (!cue.takesObject && w?.kind === "word" && (isSubjectPronoun(w) || DETERMINER.has(w.lower))) {
    const next = t[after + 1];
    if (isSubjectPronoun(w) || (next?.kind === "word" && !isTime(next))) return true;
  }
  const to = complementEnd(t, after, end);
  for (let i = after; i < to; i++) if (isVerbLike(t[i])) return true;
  return false;
}

/** After a cue or its source, the end of a short phrase of words: "on Tuesday", "in a video message to the convention", "reporters". */
function complementEnd(t: readonly Token[], after: number, end: number): number {
  const reach = PREPOSITION.has(t[after]?.lower ?? "") ? MAX_CUE_COMPLEMENT : 4;
  let i = after;
  while (i < end && t[i].kind === "word" && i - after < reach && !cueAt(t, i)) i++;
  return i;
}

/** A name after the cue, then a phrase of time or place that closes the clause: ", said Ana Ruiz on Tuesday." */
function namedThen(
  t: readonly Token[],
  from: number,
  to: number,
  end: number,
  closes: (t: readonly Token[], i: number, end: number) => boolean,
): boolean {
  return namedSource(t, from, to) && SETTING.has(t[to]?.lower ?? "") && closes(t, complementEnd(t, to, end), end);
}

/** Most lower-case words of a role before a name: "political scientist Ana Ruiz". */
const MAX_ROLE_WORDS = 2;

/** The source [from, to) is named: "Ana Ruiz", "the ministry", or a role before a name ("economist Ana Ruiz"). */
function namedSource(t: readonly Token[], from: number, to: number): boolean {
  if (t[from].lower === "the") return true;
  let k = from;
  while (k < to && k - from < MAX_ROLE_WORDS && t[k].kind === "word" && !isCapitalised(t[k]) && !isVerbLike(t[k])) k++;
  return k < to && isCapitalised(t[k]) && !isSubjectPronoun(t[k]);
}

/** The words after a cue end its clause: nothing, a comma, or a short phrase ("said on Tuesday", "told reporters"). */
export function cueCloses(t: readonly Token[], after: number, end: number): boolean {
  const i = complementEnd(t, after, end);
  return closesClause(t, i, end) || t[i]?.kind === "quote" || DASH_OR_COMMA.has(t[i]?.text ?? "");
}

/** "…," Smith, 58, said.  /  "…," like the markets, said Tom Varga. */
function sourceBeforeCue(p: Paragraph, j: number, end: number): Attribution | null {
  const t = p.tokens;
  let comma = false;
  for (let c = j + 1; c < end && c - j <= (comma ? MAX_APPOSITION_SOURCE : MAX_SOURCE_BEFORE_CUE); c++) {
    if (t[c].text === ",") comma = true;
    if (t[c].kind === "quote" && !comma) return null; // a quote inside an apposition is fine
    const cue = trailingCueAt(t, c);
    if (!cue || cue.sourceAfter || cue.ing) continue;
    if (t[c - 1].lower === "to") return null; // "want to publish": not a report
    // "…," perhaps only 10%, he said: a pronoun after a comma, right before the cue, is its subject
    if (c - 2 > j && t[c - 2].text === "," && isSubjectPronoun(t[c - 1]) && t[c - 1].lower !== "who") {
      return { paragraph: p.index, from: c - 1, to: c, cue, rule: "after" };
    }
    let to = trimToSubject(t, j, c);
    // "…," as his father hoped, Mr. Varga said: the source is the last comma's chunk
    let from = j;
    if (to > j && !looksLikeSubject(t, j, to)) {
      for (let i = to - 1; i > j; i--)
        if (t[i].text === ",") {
          from = i + 1;
          break;
        }
    }
    if (to <= from || !looksLikeSubject(t, from, to)) {
      if (t[c - 1].text !== "," || cue.takesObject) return null;
      // the words before the comma were not a source: the source follows the cue
      const after = sourceAfterCue(t, cue.to, end);
      return after > cue.to ? { paragraph: p.index, from: cue.to, to: after, cue, rule: "after" } : null;
    }
    while (to > from && (t[to - 1].text === "," || t[to - 1].text === "—")) to--;
    return { paragraph: p.index, from, to, cue, rule: "after" };
  }
  return null;
}

/**
 * An attribution later in the quote's sentence, after a comma or another quote:
 * `X was "arbitrarily detained" by Y, the rights group says.`
 */
export function attributeLater(p: Paragraph, k: number): Attribution | null {
  const t = p.tokens;
  const [, end] = sentenceOf(p, k);
  for (let i = k + 1; i < end && i - k < MAX_CLAUSE; i++) {
    if (t[i].kind === "quote") {
      const att = attributeAfter(p, i);
      if (att) return att;
      continue;
    }
    if (t[i].text !== "," || i + 1 >= end) continue;
    const att = attributionAfterComma(t, p.index, i + 1, end);
    if (att) return att;
  }
  return null;
}

/**
 * An attribution that closes the quote's sentence after its last comma: `Ruiz noted that it was
 * "central" to the plan, the Tribune reported.` It is the outermost report, so it comes first.
 */
export function attributeFinal(p: Paragraph, k: number): Attribution | null {
  const t = p.tokens;
  const [, end] = sentenceOf(p, k);
  let comma = -1;
  for (let i = end - 1; i > k && end - i <= MAX_LATE_SOURCE + MAX_CUE_COMPLEMENT; i--) {
    if (t[i].kind === "quote") return null;
    if (t[i].text === ",") {
      comma = i;
      break;
    }
  }
  return comma > 0 && comma + 1 < end ? attributionAfterComma(t, p.index, comma + 1, end, true) : null;
}

/**
 * A short title whose apposition is a name: "the chief executive, Ana M. Ruiz" in [from, to) — the
 * comma within the short reach and a capitalised word right after it.
 */
function namedTitle(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to && k - from <= MAX_LATE_SOURCE; k++) {
    if (t[k].text === ",") return isCapitalised(t[k + 1]) && t[k + 1].kind === "word";
    if (t[k].kind !== "word") return false;
  }
  return false;
}

/** ", said the group." or ", the group says." closing its clause (its sentence, when `final`). */
export function attributionAfterComma(
  t: readonly Token[],
  paragraph: number,
  j: number,
  end: number,
  final = false,
): Attribution | null {
  const closes = final ? closesSentence : closesClause;
  const first = cueAt(t, j);
  if (first) {
    if (first.ing || first.sourceAfter || first.to - first.from > 1 || first.takesObject) return null;
    const to = sourceAfterCue(t, first.to, end);
    // a long source only when it is named: ", said Ana Ruiz, director of the …"
    const short = to - first.to <= MAX_LATE_SOURCE || isCapitalised(t[first.to]) || namedTitle(t, first.to, to);
    // "…, said Ana Ruiz on Tuesday." / "…, said Ruiz in a statement.": a phrase of time or place may close it
    const ok = to > first.to && short && (closes(t, to, end) || namedThen(t, first.to, to, end, closes));
    return ok ? { paragraph, from: first.to, to, cue: first, rule: "after" } : null;
  }
  // "Sen. Ana Ruiz (R-S.C.) told …": a parenthetical after the name counts no words, and the source ends before it
  let paren = -1;
  let skipped = 0;
  for (let c = j + 1; c < end && c - j - skipped <= MAX_LATE_SOURCE; c++) {
    if (t[c].text === "." && isCapitalised(t[c - 1]) && t[c - 1].text.length <= 4) continue; // "Mr."
    if (t[c].text === "(" && paren < 0) {
      const close = closingParenthesis(t, c, end);
      if (close < 0) return null;
      paren = c;
      skipped = close - c + 1;
      c = close;
      continue;
    }
    if (t[c].kind !== "word") return null;
    const cue = trailingCueAt(t, c);
    if (!cue) continue;
    if (cue.ing || cue.sourceAfter) return null;
    // the parenthetical stands right before the cue, or not at all
    if (paren >= 0 && paren + skipped !== c) return null;
    const to = trimToSubject(t, j, paren >= 0 ? paren : c);
    // "…, she said on Tuesday." / "…, he said in a video message to the convention."
    const after = complementEnd(t, cue.to, end);
    const ok = to > j && looksLikeSubject(t, j, to) && closes(t, after, end);
    return ok ? { paragraph, from: j, to, cue, rule: "after" } : null;
  }
  return null;
}

/** The ")" that closes the short parenthetical opened at `open` ("(R-S.C.)"), or -1. */
function closingParenthesis(t: readonly Token[], open: number, end: number): number {
  for (let k = open + 1; k < end && k - open <= MAX_PARENTHETICAL; k++) {
    if (t[k].text === ")") return k;
    if (t[k].text === "(" || t[k].kind === "quote") return -1;
  }
  return -1;
}

/** The attribution ends its clause: a comma, the sentence's end or its final punctuation follows. */
function closesClause(t: readonly Token[], i: number, end: number): boolean {
  if (i >= end) return true;
  const w = t[i];
  return w.text === "," || w.text === "." || w.text === ";" || (i + 1 >= end && w.kind === "punct");
}

/** The attribution ends its sentence: only the final punctuation follows. */
function closesSentence(t: readonly Token[], i: number, end: number): boolean {
  return i >= end || (i + 1 >= end && t[i].kind === "punct");
}

/** A cue stands right before the quote, or before the comma or colon that opens it: "he calls "…"". */
function cueRightBefore(t: readonly Token[], k: number): boolean {
  const i = t[k - 1]?.text === "," || t[k - 1]?.text === ":" ? k - 2 : k - 1;
  return i >= 0 && t[i].kind === "word" && cueAt(t, i) !== null;
}
