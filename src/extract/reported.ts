// Quotes and reported speech in one pass over the body paragraphs: the quote extractor's tokens and
// sentences, its attribution rules and its speaker resolution serve both, so a statement's source is
// resolved exactly as a quote's, and a pronoun stands for whoever spoke last, quoted or not.
//
//   paragraphs -> quotes, with the reports they may take a source from   (quotes.ts: attributeStory)
//              -> per sentence: cue, source and content of a statement   (reported/statements.ts, content.ts)
//              -> speaker fields and positions                           (quotes/resolve.ts)

import { mapPacked } from "../read/packed.js";
import type { Reported } from "../story.js";
import { extractIntlQuotes, quoteLanguage } from "./quotes/intl.js";
import type { Paragraph } from "./quotes/paragraph.js";
import type { Speaker } from "./quotes/resolve.js";
import { attributeStory, type QuoteFinding } from "./quotes.js";
import { withoutQuoteAttributions } from "./reported/holds-quote-cue.js";
import { type Statement, statementsIn } from "./reported/statements.js";
import type { ParagraphSpan } from "./types.js";

export type ReportedFinding = Omit<Reported, "spans" | "speakerSpan" | "cueSpan"> & {
  pieces: ParagraphSpan[];
  speakerAt: ParagraphSpan | null;
  cueAt: ParagraphSpan | null;
};

/** What makes two findings of one paragraph the same: content, source mention and cue at the same places, and the speaker. */
function statementKey(f: ReportedFinding): string {
  const at = (x: ParagraphSpan | null) => (x ? `${x.paragraph}:${x.start}-${x.end}` : "");
  return `${f.pieces.map(at).join(",")}|${at(f.speakerAt)}|${at(f.cueAt)}|${f.speaker ?? ""}`;
}

export interface Attributions {
  quotes: QuoteFinding[];
  reported: ReportedFinding[];
}

/**
 * `language`: the story's language; stories in a language with its own quote table get their quotes from
 * it (quotes/intl.ts), and reported speech only where the reporting lexicon has the language.
 * `lead`: the dateline at the start of a paragraph, which no statement's content includes.
 */
export function extractAttributions(
  paragraphs: readonly string[],
  language: string | null,
  lead?: ParagraphSpan,
): Attributions {
  const table = language ? quoteLanguage(language) : null;
  if (table) return { quotes: extractIntlQuotes(paragraphs, table), reported: [] };
  // each paragraph's statements become findings as soon as their speakers are known (while the
  // paragraph's tokens are at hand), so a long story never holds all its statements at once
  const reported: ReportedFinding[] = [];
  // the statements named after their cue ("according to"), which may hold a quote's attribution
  const sourceAfter = new Set<ReportedFinding>();
  let statements: Statement[] = [];
  const story = attributeStory(
    paragraphs,
    (p) => {
      statements = statementsIn(p, lead?.paragraph === p.index ? lead.end : 0);
      return mapPacked(statements, (s) => s.attribution).sort((a, b) => a.from - b.from);
    },
    (p, speakers) => {
      const seen = new Set<string>();
      for (const s of statements) {
        const f = finding(p, s, speakers.get(s.attribution) ?? null);
        // two rules that read one statement whole, source and cue included, give it once
        const key = statementKey(f);
        if (seen.has(key)) continue;
        seen.add(key);
        if (s.attribution.cue?.sourceAfter) sourceAfter.add(f);
        reported.push(f);
      }
      statements = [];
    },
  );
  // field by field: an object rest (`{ rule, ...q }`) builds a slow copy in V8
  const quotes: QuoteFinding[] = mapPacked(story.quotes, (q) => ({
    text: q.text,
    speaker: q.speaker,
    speakerMention: q.speakerMention,
    speakerDescription: q.speakerDescription,
    cue: q.cue,
    partial: q.partial,
    pieces: q.pieces,
    speakerAt: q.speakerAt,
    cueAt: q.cueAt,
  }));
  const cut = (f: ReportedFinding, pieces: ParagraphSpan[]): ReportedFinding => ({
    ...f,
    pieces,
    text: mapPacked(pieces, (x) => paragraphs[x.paragraph].slice(x.start, x.end)).join(" "),
  });
  return { quotes, reported: withoutQuoteAttributions(reported, quotes, (f) => !sourceAfter.has(f), paragraphs, cut) };

  function finding(p: Paragraph, s: Statement, speaker: Speaker | null): ReportedFinding {
    const t = p.tokens;
    const cue = s.attribution.cue;
    const pieces = mapPacked(s.pieces, ([a, b]) => ({ paragraph: p.index, start: t[a].start, end: t[b - 1].end }));
    return {
      text: mapPacked(pieces, (x) => p.text.slice(x.start, x.end)).join(" "),
      speaker: speaker?.speaker ?? null,
      speakerMention: speaker?.mention ?? null,
      speakerDescription: speaker?.description ?? null,
      cue: cue?.text ?? null,
      pieces,
      speakerAt: speaker?.at ?? null,
      cueAt: cue ? { paragraph: p.index, start: t[cue.from].start, end: t[cue.to - 1].end } : null,
    };
  }
}
