// Runs the extractors in order over a document's blocks and composes their findings into a Story.
//
//   blocks -> credits, byline, sign-off   (claim blocks or block tails they recognise)
//          -> dateline                    (finds the lead: the anchor where the story starts)
//          -> boilerplate                 (every other block: story, or removed with a kind)
//          -> body                        (story blocks minus cuts, joined by blank lines)
//          -> quotes                      (over the body paragraphs)
//          -> metadata, agency            (headline, dates, section..., from the page and the blocks)

import { stripBoilerplate } from "./extract/boilerplate/index.js";
import { extractByline } from "./extract/byline.js";
import { extractCredits } from "./extract/credits.js";
import { datelineIsoDate, findDateline } from "./extract/dateline.js";
import { extractMetadata } from "./extract/metadata.js";
import { extractQuotes } from "./extract/quotes.js";
import { extractSignoff } from "./extract/signoff.js";
import type { Cut } from "./extract/types.js";
import type { Block, Document } from "./read/block.js";
import type { Body, Dateline, Quote, Removed, RemovedKind, Story, Warning } from "./story.js";

export type StoryFindings = Omit<Story, "schemaVersion" | "source" | "meta">;

export function runPipeline(doc: Document): StoryFindings {
  const { blocks } = doc;
  const credits = extractCredits(blocks);
  const byline = extractByline(blocks, doc.page);
  const signoff = extractSignoff(blocks);
  const cuts = [...credits.cuts, ...byline.cuts, ...signoff.cuts];
  const claimed = wholeBlockCuts(blocks, cuts);

  const lead = findDateline(blocks, claimed);
  const roles = stripBoilerplate(doc, {
    claimed,
    lead: lead?.block ?? null,
    byline: firstBlock(byline.cuts),
    credits: firstBlock(credits.cuts),
  });

  const { body, removed, paragraphOf, offsets } = assemble(blocks, roles, cuts);
  const warnings: Warning[] = [...doc.warnings];
  if (blocks.length === 0) warnings.push({ code: "empty_input", message: "the input holds no text" });
  else if (body.paragraphs.length === 0) {
    warnings.push({ code: "no_story_found", message: "no block of the input reads as story text" });
  }

  const quotes: Quote[] = extractQuotes(body.paragraphs).map(({ pieces, ...quote }) => ({
    ...quote,
    spans: pieces.map((p) => [offsets[p.paragraph] + p.start, offsets[p.paragraph] + p.end] as [number, number]),
  }));

  const meta = extractMetadata(doc, roles, byline.byline);
  let dateline: Dateline | null = null;
  const leadParagraph = lead ? paragraphOf.get(lead.block) : undefined;
  if (lead && leadParagraph !== undefined && body.paragraphs[leadParagraph].startsWith(lead.raw)) {
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
    credits: credits.credits,
    quotes,
    body,
    removed,
    warnings,
  };
}

/** Blocks that some extractor took out whole. */
function wholeBlockCuts(blocks: readonly Block[], cuts: readonly Cut[]): Set<number> {
  const out = new Set<number>();
  for (const cut of cuts) {
    const text = blocks[cut.block].text;
    if (text.slice(0, cut.start).trim() === "" && text.slice(cut.end).trim() === "") out.add(cut.block);
  }
  return out;
}

function firstBlock(cuts: readonly Cut[]): number | null {
  return cuts.length ? Math.min(...cuts.map((c) => c.block)) : null;
}

/**
 * Body paragraphs are the story blocks with their cuts taken out; removed entries come in input order,
 * one per block or cut.
 */
function assemble(blocks: readonly Block[], roles: readonly (RemovedKind | "body")[], cuts: readonly Cut[]) {
  const cutsByBlock = new Map<number, Cut[]>();
  for (const cut of cuts) {
    const list = cutsByBlock.get(cut.block) ?? [];
    list.push(cut);
    cutsByBlock.set(cut.block, list);
  }
  const paragraphs: string[] = [];
  const removed: Removed[] = [];
  const paragraphOf = new Map<number, number>();
  blocks.forEach((block, i) => {
    const role = roles[i];
    const blockCuts = (cutsByBlock.get(i) ?? []).sort((a, b) => a.start - b.start);
    let kept = "";
    let keptEntry: Removed | null = null;
    let at = 0;
    const keep = (text: string) => {
      kept += text;
      // a removed block's own text is one entry, placed where its first kept text stands
      if (role !== "body" && text.trim() && !keptEntry) {
        keptEntry = { kind: role, text: "" };
        removed.push(keptEntry);
      }
    };
    for (const cut of blockCuts) {
      if (cut.start < at) continue; // overlapping claims: the first one wins
      keep(block.text.slice(at, cut.start));
      removed.push({ kind: cut.kind, text: block.text.slice(cut.start, cut.end).trim() });
      at = cut.end;
    }
    keep(block.text.slice(at));
    kept = kept.replace(/\s+$/, "").replace(/^\s+/, "");
    if (keptEntry) (keptEntry as Removed).text = kept;
    else if (kept && role === "body") {
      paragraphOf.set(i, paragraphs.length);
      paragraphs.push(kept);
    }
  });
  const offsets: number[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    offsets.push(offset);
    offset += p.length + 2;
  }
  const body: Body = { text: paragraphs.join("\n\n"), paragraphs };
  return { body, removed, paragraphOf, offsets };
}
