// Metadata: headline, dates, section, language, canonical URL, site name; from the page's markup when
// it has any (JSON-LD, OpenGraph, <meta>), else from the blocks the boilerplate stripper set aside.
import type { Block, Document, PageMeta, StoryFacts } from "../read/block.js";
import { isoDate, readDateStamp } from "../read/dates.js";
import { mapPacked } from "../read/packed.js";
import type { Byline } from "../story.js";
import type { Role } from "./boilerplate/index.js";
import { canonicalAgency } from "./common/agency.js";
import { languageOf, words } from "./common/words.js";

export interface Metadata extends StoryFacts {
  /** An agency the page's metadata names as author or publisher. */
  agency: string | null;
  /** A byline from the page's metadata, for pages whose text carries none. */
  byline: Byline | null;
}

export function extractMetadata(doc: Document, roles: readonly Role[], textByline: Byline | null): Metadata {
  const page = doc.page;
  const blocks = doc.blocks;
  const headlineBlock = roles.indexOf("headline");
  const people = (page?.authors ?? []).filter((a) => !canonicalAgency(a));
  return {
    headline:
      page?.headline ??
      (page?.title ? titleWithoutSite(page.title, page.siteName) : null) ??
      (headlineBlock >= 0 ? blocks[headlineBlock].text : null),
    published: page?.published ?? stampDate(blocks, roles),
    modified: page?.modified ?? null,
    section: page?.section ?? sectionLabel(blocks, roles, headlineBlock) ?? sectionFromRelated(blocks, roles),
    language: page?.language ?? storyLanguage(blocks, roles),
    canonicalUrl: page?.canonicalUrl ?? null,
    siteName: page?.siteName ?? null,
    agency: pageAgency(page),
    byline: !textByline && people.length ? { raw: people.join(", "), authors: people } : null,
  };
}

const TITLE_SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "];

/** A page title without the site's name around it: "Storm hits coast | The Herald" -> "Storm hits coast". */
function titleWithoutSite(title: string, siteName: string | null): string {
  const site = siteName?.trim().toLowerCase();
  for (const sep of TITLE_SEPARATORS) {
    const last = title.lastIndexOf(sep);
    if (last > 0) {
      const head = title.slice(0, last).trim();
      const tail = title.slice(last + sep.length).trim();
      if (tail.toLowerCase() === site || (words(tail).length <= 4 && words(head).length >= 3)) return head;
    }
    const first = title.indexOf(sep);
    if (first > 0 && site && title.slice(0, first).trim().toLowerCase() === site) {
      return title.slice(first + sep.length).trim();
    }
  }
  return title.trim();
}

/** The first date stamp above or around the story. */
function stampDate(blocks: readonly Block[], roles: readonly Role[]): string | null {
  for (let i = 0; i < blocks.length; i++) {
    if (roles[i] !== "timestamp") continue;
    const parts = readDateStamp(blocks[i].text);
    const iso = parts ? isoDate(parts) : null;
    if (iso) return iso;
  }
  return null;
}

/** A single short navigation label between the headline and the story ("• World"). */
function sectionLabel(blocks: readonly Block[], roles: readonly Role[], headline: number): string | null {
  if (headline < 0) return null;
  const labels: string[] = [];
  for (let i = headline + 1; i < blocks.length && roles[i] !== "body"; i++) {
    if (roles[i] !== "navigation") continue;
    const label = blocks[i].text.replace(/^[•·▪●◦‣∙*|]\s*/, "").trim();
    if (words(label).length <= 3 && /^\p{Lu}/u.test(label)) labels.push(label);
  }
  return labels.length === 1 ? labels[0] : null;
}

/** "Next In World", "More from Business": the section a related list names. */
function sectionFromRelated(blocks: readonly Block[], roles: readonly Role[]): string | null {
  for (let i = 0; i < blocks.length; i++) {
    if (roles[i] !== "related") continue;
    const m = /^(?:[Nn]ext|[Mm]ore|[Ll]atest|[Tt]op)\s+(?:[Ii]n|[Ff]rom)\s+(\p{Lu}[\p{L}&' -]{1,30})$/u.exec(
      blocks[i].text.trim(),
    );
    if (m) return m[1].trim();
  }
  return null;
}

/** The language the story text is plainly written in, by its function words or its script. */
function storyLanguage(blocks: readonly Block[], roles: readonly Role[]): string | null {
  const text = mapPacked(
    blocks.filter((_, i) => roles[i] === "body"),
    (b) => b.text,
  )
    .join(" ")
    .slice(0, 5000);
  return languageOf(text);
}

function pageAgency(page: PageMeta | null): string | null {
  for (const author of page?.authors ?? []) {
    const agency = canonicalAgency(author);
    if (agency) return agency;
  }
  return null;
}
