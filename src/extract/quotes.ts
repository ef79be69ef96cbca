// Quotes: every direct and partial quote in the body, with its speaker.
//
//   paragraphs -> quoted stretches and tokens    (quotes/marks.ts, tokens.ts, sentences.ts, paragraph.ts)
//              -> quotes across paragraphs        (quotes/continuation.ts)
//              -> not markup, titles, scare quotes (quotes/filters.ts; words named are kept)
//              -> source in the quote's sentence  (quotes/speaker-label.ts, rule-*.ts, cue-source.ts; see attribution.ts)
//              -> else an earlier report or quote (quotes/lookback.ts), unless the sentence only
//                 describes its subject (quotes/rule-sentence.ts: nobody's)
//              -> speaker fields                  (quotes/names.ts, speaker-span.ts, resolve.ts, pronoun.ts)
//              -> partial or not                  (quotes/partial.ts)
//              -> a repeated quote's speaker       (quotes/repeat.ts)

import { mapPacked } from "../read/packed.js";
import type { Quote } from "../story.js";
import type { Attribution } from "./quotes/attribution.js";
import { joinContinuations, type Piece } from "./quotes/continuation.js";
import {
  coordinatedWith,
  cueInSentence,
  isBareTerm,
  isMarkup,
  isNamed,
  isTitleOrScare,
  namesItsSubject,
} from "./quotes/filters.js";
import { extractIntlQuotes, quoteLanguage } from "./quotes/intl.js";
import { lookBack, type ReportEvent, RUN_PARAGRAPHS, reportsIn } from "./quotes/lookback.js";
import { buildNameTable, isListed } from "./quotes/names.js";
import { analyseParagraph, type Paragraph, TokenBudget } from "./quotes/paragraph.js";
import { isPartial } from "./quotes/partial.js";
import { PRONOUN_REACH } from "./quotes/pronoun.js";
import { shareRepeatedSpeakers } from "./quotes/repeat.js";
import { resolveSpeaker, type Speaker } from "./quotes/resolve.js";
import { attributeAccording } from "./quotes/rule-according.js";
import { attributeAfter, attributeFinal, attributeLater } from "./quotes/rule-after.js";
import { attributeAsked } from "./quotes/rule-asked.js";
import { attributeClause } from "./quotes/rule-clause.js";
import { attributePassive } from "./quotes/rule-passive.js";
import { attributeOwner, attributeSubject, NOBODY } from "./quotes/rule-sentence.js";
import { attributeWhatCalled } from "./quotes/rule-what-called.js";
import { attributeDigest, attributeLabel, attributeSignature } from "./quotes/speaker-label.js";
import { missingCloserAt } from "./quotes/unclosed.js";
import type { ParagraphSpan } from "./types.js";

export type QuoteFinding = Omit<Quote, "spans" | "speakerSpan" | "cueSpan"> & {
  pieces: ParagraphSpan[];
  /** Where the speaker's mention stands (null when carried over from an earlier attribution). */
  speakerAt: ParagraphSpan | null;
  /** Where the cue stands. */
  cueAt: ParagraphSpan | null;
};

interface Candidate {
  pieces: Piece[];
  /** Token index of the first piece's quote token. */
  token: number;
  local: Attribution | null;
  /** Its sentence gives it to nobody: no earlier report or quote is looked for. */
  nobody: boolean;
  /** Words named (the slogan "…"): without a cue, only a person the sentence is about is their source. */
  named: boolean;
  /** A cue other than the naming word itself ("called") links the source to the quote. */
  cued: boolean;
}

/** A finding with the rule that found its source ("after", "clause", "lookback"...), for tuning. */
export type ExplainedFinding = QuoteFinding & { rule: string | null };

export function extractQuotes(paragraphs: readonly string[], language: string | null = null): QuoteFinding[] {
  const table = language ? quoteLanguage(language) : null;
  if (table) return extractIntlQuotes(paragraphs, table);
  return explainQuotes(paragraphs).map(({ rule: _rule, ...finding }) => finding);
}

export function explainQuotes(paragraphs: readonly string[]): ExplainedFinding[] {
  return attributeStory(paragraphs).quotes;
}

/** The quotes of a story, and the speakers of the reports outside them (for reported speech). */
export interface AttributedStory {
  paras: Paragraph[];
  quotes: ExplainedFinding[];
}

/**
 * How far back (in paragraphs) a source's speaker is looked for in the reports before it: a pronoun's
 * reach, a quote run's. Older reports are let go as the pass moves on, so a long story holds a few
 * paragraphs' reports at a time.
 */
const HISTORY_REACH = Math.max(PRONOUN_REACH, RUN_PARAGRAPHS);
/** A paragraph with no reports (yet, or any more): shared, never pushed to. */
const NO_EVENTS: readonly ReportEvent<Speaker>[] = [];

/**
 * One pass over the paragraphs in reading order: quotes, the reports a quote may take its source
 * from, and the attributions `statementsOf` finds in each paragraph (reported speech) resolve their
 * speakers in turn, so a pronoun stands for whoever spoke last, quoted or not. Once a paragraph is
 * done, `spoken` hears the speaker each of its statements resolved to (those that name nobody are
 * absent); the pass keeps none of them after that.
 */
export function attributeStory(
  paragraphs: readonly string[],
  statementsOf: (p: Paragraph) => Attribution[] = () => [],
  spoken: (p: Paragraph, speakers: ReadonlyMap<Attribution, Speaker>) => void = () => {},
): AttributedStory {
  const budget = new TokenBudget();
  const paras = mapPacked(paragraphs, (text, i) =>
    analyseParagraph(text, i, paragraphs[i + 1], budget, missingCloserAt),
  );
  const byParagraph = new Map<number, Candidate[]>();
  for (const c of findCandidates(paras)) {
    const list = byParagraph.get(c.pieces[0].paragraph) ?? [];
    list.push(c);
    byParagraph.set(c.pieces[0].paragraph, list);
  }
  const names = buildNameTable(paras);
  const reportSpeakers = new Map<Attribution, Speaker>();
  const history = mapPacked(paras, () => NO_EVENTS) as ReportEvent<Speaker>[][];
  const out: ExplainedFinding[] = [];
  for (const p of paras) {
    const quotes = byParagraph.get(p.index) ?? [];
    byParagraph.delete(p.index);
    const reports = reportsIn(p);
    const statements = statementsOf(p);
    let r = 0;
    let s = 0;
    const upTo = (token: number) => {
      for (; r < reports.length && reports[r].from < token; r++) record(reports[r], false);
      for (; s < statements.length && statements[s].from < token; s++) statement(statements[s]);
    };
    for (const c of quotes) {
      upTo(c.token);
      out.push(finding(p, c));
    }
    upTo(Number.POSITIVE_INFINITY);
    spoken(p, reportSpeakers);
    reportSpeakers.clear();
    // no later source reaches this far back
    if (p.index >= HISTORY_REACH) history[p.index - HISTORY_REACH] = NO_EVENTS as ReportEvent<Speaker>[];
  }
  shareRepeatedSpeakers(out);
  return { paras, quotes: out };

  /** A statement takes its speaker from the story so far, and leaves the quotes' history as it is. */
  function statement(att: Attribution): void {
    const speaker = resolveSpeaker(paras, names, att, history);
    if (speaker) reportSpeakers.set(att, speaker);
  }

  function remember(event: ReportEvent<Speaker>): void {
    const q = event.paragraph;
    if (history[q] === NO_EVENTS) history[q] = [];
    history[q].push(event);
  }

  function record(att: Attribution, quote: boolean, token = att.from): Speaker | null {
    const speaker = resolveSpeaker(paras, names, att, history);
    if (speaker) remember({ paragraph: att.paragraph, token, attribution: att, speaker, quote });
    return speaker;
  }

  function finding(p: Paragraph, c: Candidate): ExplainedFinding {
    let speaker: Speaker | null = null;
    let cue: string | null = null;
    let cueAt: ParagraphSpan | null = null;
    let speakerAt: ParagraphSpan | null = null;
    let rule: string | null = null;
    if (c.local && c.named && !c.cued) {
      // words named: "Ruiz ran on the slogan "…"" is its subject's (a pronoun, a person the story names
      // or a nominal), "a website called "…"" nobody's (the naming verb is no cue), and no earlier
      // speaker goes on with them
      // … and "The ad, entitled "…"" nobody's: its subject is the thing named
      const namer = !c.local.cue && c.local.paragraph === p.index && !namesItsSubject(p, c.token, c.local.to);
      const subject = namer ? resolveSpeaker(paras, names, c.local, history) : null;
      if (subject && (!subject.person || isListed(names, subject.person))) {
        speaker = subject;
        remember({ paragraph: c.local.paragraph, token: c.token, attribution: c.local, speaker, quote: true });
        speakerAt = speaker.at;
        rule = c.local.rule;
      }
    } else if (c.local) {
      speaker = record(c.local, true, c.token);
      cue = c.local.cue?.text ?? null;
      cueAt = cueSpan(c.local);
      speakerAt = speaker?.at ?? null;
      rule = c.local.rule;
    }
    if (!speaker && !c.nobody && !c.named) {
      const event = lookBack(history, p.index, c.token);
      if (event) {
        speaker = event.speaker;
        rule = event.quote ? "run" : "lookback";
        cue = event.attribution.cue?.text ?? null;
        cueAt = cueSpan(event.attribution);
        remember({ ...event, paragraph: p.index, token: c.token, quote: true });
      }
    }
    const pieces = mapPacked(c.pieces, ({ paragraph, stretch }) => {
      const s = paras[paragraph].stretches[stretch];
      return { paragraph, start: s.start, end: s.end };
    });
    return {
      text: mapPacked(pieces, (x) => paragraphs[x.paragraph].slice(x.start, x.end)).join(" "),
      speaker: speaker?.speaker ?? null,
      speakerMention: speaker?.mention ?? null,
      speakerDescription: speaker?.description ?? null,
      cue,
      partial: isPartial(p, c.token, c.local),
      pieces,
      speakerAt,
      cueAt: cue === null ? null : cueAt,
      rule,
    };
  }

  function cueSpan(att: Attribution): ParagraphSpan | null {
    if (!att.cue) return null;
    const t = paras[att.paragraph].tokens;
    return { paragraph: att.paragraph, start: t[att.cue.from].start, end: t[att.cue.to - 1].end };
  }
}

/** Quoted stretches that read as quotes, with the attribution their own sentences give. */
function findCandidates(paras: readonly Paragraph[]): Candidate[] {
  const out: Candidate[] = [];
  for (const pieces of joinContinuations(paras)) {
    const first = paras[pieces[0].paragraph];
    const stretch = first.stretches[pieces[0].stretch];
    if (!first.text.slice(stretch.start, stretch.end).trim()) continue;
    if (isMarkup(first, pieces[0].stretch)) continue;
    const token = first.quoteToken[pieces[0].stretch];
    let local: Attribution | null = null;
    let asked = false;
    for (const { paragraph, stretch: s } of pieces) {
      const p = paras[paragraph];
      const k = p.quoteToken[s];
      const question = attributeAsked(p, k);
      // a question put to someone with no asker named: nobody's
      asked = question === NOBODY;
      if (asked) break;
      local =
        attributeLabel(p, k) ??
        attributeSignature(paras, p, k) ??
        attributeDigest(p, k) ??
        attributeAccording(p, k) ??
        attributeWhatCalled(p, k) ??
        (question as Attribution | null) ??
        attributeAfter(p, k) ??
        attributeFinal(p, k) ??
        attributeClause(p, k) ??
        attributePassive(p, k) ??
        attributeLater(p, k);
      if (local) break;
    }
    if (!asked) local ??= attributeOwner(first, token);
    const ownCue = local !== null && local.cue !== null;
    const hasCue = ownCue || cueInSentence(first, token);
    const named = pieces.length === 1 && isNamed(first, token);
    // a quote that cut short the paragraph's opening quote is in that speaker's words, never a title
    const cut = stretch.cut === true;
    if (!named && !cut && pieces.length === 1 && isTitleOrScare(first, token, hasCue, ownCue)) continue;
    const subject = asked ? NOBODY : (local ?? attributeSubject(first, token));
    const nobody = subject === NOBODY;
    local = nobody ? null : subject;
    // no source in its own sentence: a short term, not a quote an earlier speaker goes on with (a term
    // inside a question put to someone is still the asker's words)
    if (
      local === null &&
      !asked &&
      !named &&
      pieces.length === 1 &&
      isBareTerm(first, token) &&
      !listedAfterKept(first, token)
    )
      continue;
    // ("called "…" by critics": the naming word is the agent's cue)
    const cued = local?.cue != null && (!(named && local.cue.to === token) || local.from > token);
    out.push({ pieces, token, local, nobody, named, cued });
  }
  return out;

  /** The quote is listed after one that was kept: "rapists" and "thieves". */
  function listedAfterKept(p: Paragraph, k: number): boolean {
    const j = coordinatedWith(p, k);
    const last = out[out.length - 1];
    return j >= 0 && last !== undefined && last.pieces[0].paragraph === p.index && last.token === j;
  }
}
