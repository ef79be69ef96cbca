// Runs the extractors in order over a document's blocks and composes their findings into a Story.
//
//   blocks -> dateline                    (finds the lead: the anchor where the story starts)
//          -> credits, byline, sign-off   (claim blocks or block tails they recognise)
//          -> boilerplate                 (every other block: story, or removed with a kind)
//          -> body                        (story blocks minus cuts, joined by blank lines)
//          -> quotes, reported speech     (over the body paragraphs)
//          -> metadata, agency            (headline, dates, section..., from the page and the blocks)

import { stripBoilerplate } from "./extract/boilerplate/index.js";
import { extractByline } from "./extract/byline.js";
import { extractCredits } from "./extract/credits.js";
import { type DatelineFinding, datelineIsoDate, findDateline } from "./extract/dateline.js";
import { extractMetadata } from "./extract/metadata.js";
import { extractAttributions } from "./extract/reported.js";
import { extractSignoff } from "./extract/signoff.js";
import type { Cut, ParagraphSpan } from "./extract/types.js";
import type { Block, Document } from "./read/block.js";
import { mapPacked } from "./read/packed.js";
import type { Credits, Dateline, Quote, Removed, RemovedKind, Reported, Story, Warning } from "./story.js";

export type StoryFindings = Omit<Story, "schemaVersion" | "source" | "meta">;

export function runPipeline(doc: Document): StoryFindings {
  const lead = findDateline(doc.blocks);
  const credits = extractCredits(doc.blocks);
  const byline = extractByline(doc.blocks, doc.page, lead?.block ?? null);
  const signoff = extractSignoff(doc.blocks);
  // From here on, every extractor reads what is left of each block once the claimed stretches are out.
  const claims = applyCuts(doc.blocks, [...credits.cuts, ...byline.cuts, ...signoff.cuts]);
  const rest: Document = { ...doc, blocks: claims.blocks };
  const { blocks } = rest;

  const roles = stripBoilerplate(rest, {
    claimed: claims.claimed,
    lead: lead?.block ?? null,
    byline: firstBlock(byline.cuts),
    credits: firstBlock(credits.cuts),
  });

  const { paragraphs, removed, leadParagraph, offsets } = assemble(blocks, roles, claims.entries, lead?.block);
  const warnings: Warning[] = [...doc.warnings];
  if (blocks.length === 0) warnings.push({ code: "empty_input", message: "the input holds no text" });
  else if (paragraphs.length === 0) {
    warnings.push({ code: "no_story_found", message: "no block of the input reads as story text" });
  }

  const meta = extractMetadata(rest, roles, byline.byline);
  // positions found in a paragraph, into body.text
  const span = (p: ParagraphSpan): [number, number] => [offsets[p.paragraph] + p.start, offsets[p.paragraph] + p.end];
  const leadInBody = lead && leadParagraph !== undefined && paragraphs[leadParagraph].startsWith(lead.raw);
  const found = extractAttributions(
    paragraphs,
    meta.language,
    leadInBody ? { paragraph: leadParagraph, start: 0, end: lead.raw.length } : undefined,
  );
  // written out field by field (in the contract's order): an object rest (`{ pieces, ...quote }`) builds
  // a slow copy in V8, several microseconds per quote; the compiler holds these lists to Quote and Reported
  const quotes: Quote[] = mapPacked(found.quotes, (q) => ({
    text: q.text,
    speaker: q.speaker,
    speakerMention: q.speakerMention,
    speakerDescription: q.speakerDescription,
    cue: q.cue,
    partial: q.partial,
    spans: mapPacked(q.pieces, span),
    speakerSpan: q.speakerAt && span(q.speakerAt),
    cueSpan: q.cueAt && span(q.cueAt),
  }));
  const reported: Reported[] = mapPacked(found.reported, (r) => ({
    text: r.text,
    speaker: r.speaker,
    speakerMention: r.speakerMention,
    speakerDescription: r.speakerDescription,
    cue: r.cue,
    spans: mapPacked(r.pieces, span),
    speakerSpan: r.speakerAt && span(r.speakerAt),
    cueSpan: r.cueAt && span(r.cueAt),
  }));

  let dateline: Dateline | null = null;
  if (lead && leadParagraph !== undefined && leadInBody) {
    const at = offsets[leadParagraph];
    dateline = {
      raw: lead.raw,
      location: lead.location,
      date: lead.date,
      isoDate: datelineIsoDate(lead, meta.published),
      agency: lead.agency,
      span: [at, at + lead.raw.length],
    };
  }

  return {
    headline: meta.headline,
    published: meta.published,
    modified: meta.modified,
    section: meta.section,
    language: meta.language,
    canonicalUrl: meta.canonicalUrl,
    siteName: meta.siteName,
    agency: dateline?.agency ?? signoff.agency ?? byline.agency ?? credits.agency ?? meta.agency,
    byline: byline.byline ?? meta.byline,
    dateline,
    credits: withDatelineReporters(credits.credits, dateline ? lead : null),
    quotes,
    reported,
    // joined last: a long story's body text does not stand beside all of the extractors' work
    body: { text: paragraphs.join("\n\n"), paragraphs },
    removed,
    warnings,
  };
}

/** Reporters a dateline names ("新华社成都11月12日电（记者A、B）") join the credits' reporting role. */
function withDatelineReporters(credits: Credits | null, lead: DatelineFinding | null): Credits | null {
  if (!lead?.reporters.length) return credits;
  const roles = { ...(credits?.roles ?? {}) };
  roles.reporting = [...new Set([...(roles.reporting ?? []), ...lead.reporters])];
  return { raw: credits?.raw ?? lead.raw, roles };
}

function firstBlock(cuts: readonly Cut[]): number | null {
  return cuts.length ? Math.min(...cuts.map((c) => c.block)) : null;
}

interface BlockEntries {
  /** Removed entries of the cuts that stand before the block's kept text, and after it. */
  before: Removed[];
  after: Removed[];
}

/** The entries of a block without cuts (most blocks): one frozen pair. */
const NO_ENTRIES: BlockEntries = Object.freeze({
  before: Object.freeze([]) as never[],
  after: Object.freeze([]) as never[],
});

/**
 * Takes the claimed stretches out of the blocks: each block keeps the rest of its text (trimmed, the
 * pieces around a cut joined by a space), and its cuts become removed entries placed in input order.
 * Blocks with nothing left are `claimed`.
 */
function applyCuts(blocks: readonly Block[], cuts: readonly Cut[]) {
  const byBlock = new Map<number, Cut[]>();
  for (const cut of cuts) byBlock.set(cut.block, [...(byBlock.get(cut.block) ?? []), cut]);
  const claimed = new Set<number>();
  const entries: BlockEntries[] = [];
  const kept = mapPacked(blocks, (block, i) => {
    const own = byBlock.get(i)?.sort((a, b) => a.start - b.start);
    if (!own) {
      entries.push(NO_ENTRIES);
      return block;
    }
    const entry: BlockEntries = { before: [], after: [] };
    entries.push(entry);
    const pieces: string[] = [];
    let at = 0;
    for (const cut of own) {
      if (cut.start < at) continue; // overlapping claims: the first one wins
      pieces.push(block.text.slice(at, cut.start).trim());
      (pieces.some(Boolean) ? entry.after : entry.before).push({
        kind: cut.kind,
        text: block.text.slice(cut.start, cut.end).trim(),
      });
      at = cut.end;
    }
    pieces.push(block.text.slice(at).trim());
    const text = pieces.filter(Boolean).join(" ");
    if (!text) claimed.add(i);
    return { ...block, text };
  });
  return { blocks: kept, claimed: claimed as ReadonlySet<number>, entries };
}

/**
 * Body paragraphs are the story blocks; removed entries come in input order, one per block or cut.
 * `leadParagraph`: the paragraph of block `leadBlock`, if it is one.
 */
function assemble(
  blocks: readonly Block[],
  roles: readonly (RemovedKind | "body")[],
  entries: readonly BlockEntries[],
  leadBlock: number | undefined,
) {
  const paragraphs: string[] = [];
  const removed: Removed[] = [];
  let leadParagraph: number | undefined;
  blocks.forEach((block, i) => {
    removed.push(...entries[i].before);
    if (block.text && roles[i] === "body") {
      if (i === leadBlock) leadParagraph = paragraphs.length;
      paragraphs.push(block.text);
    } else if (block.text) {
      removed.push({ kind: roles[i] as RemovedKind, text: block.text });
    }
    removed.push(...entries[i].after);
  });
  const offsets: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    offsets.push(offset);
    offset += p.length + 2;
  }
  return { paragraphs, removed, leadParagraph, offsets };
}
