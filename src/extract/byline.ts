// Byline: "By Jane Doe", "By JANE DOE, Associated Press Writer", "Jane Doe | 12.03.2023", near the top
// of the story: the byline block closest above the lead (the dateline's block, or the first running
// prose), or just below it.
import type { Block, PageMeta } from "../read/block.js";
import type { Byline } from "../story.js";
import { agencyLabel, parseByline } from "./byline-parse.js";
import { canonicalAgency } from "./common/agency.js";
import { isPersonName } from "./common/names.js";
import { stopwordShare, words } from "./common/words.js";
import type { Cut } from "./types.js";

export interface BylineFinding {
  byline: Byline | null;
  /** The byline block(s), kind "byline". */
  cuts: Cut[];
  /** An agency the byline names ("Associated Press Writer" -> "AP"), else null. */
  agency: string | null;
}

/** How far above the lead a byline may stand (menus, stamps, captions between), and below it. */
const ABOVE = 30;
const BELOW = 3;
/** Running prose: a block of this many words, a fair share of them function words. */
const PROSE_WORDS = 20;
const PROSE_STOPWORDS = 0.25;

const NONE: BylineFinding = { byline: null, cuts: [], agency: null };

/** The byline near the lead: the dateline's block when there is one, else the first running prose. */
export function extractByline(
  blocks: readonly Block[],
  page: PageMeta | null,
  datelineBlock: number | null,
): BylineFinding {
  const lead = datelineBlock ?? firstProse(blocks);
  const known = pageAuthors(page);
  let chosen: { index: number; authors: string[]; agency: string | null } | null = null;
  const from = Math.max(0, lead - ABOVE);
  const to = Math.min(blocks.length - 1, lead + BELOW);
  for (let i = from; i <= to; i++) {
    if (i === lead) continue;
    const block = blocks[i];
    const parsed = parseByline(block.text, known) ?? nameOverLabel(blocks, i, lead);
    if (!parsed) continue;
    if (i < lead || !chosen) chosen = { index: i, ...parsed };
    if (i > lead) break;
  }
  if (!chosen) return NONE;
  const { index } = chosen;
  const cuts: Cut[] = [{ block: index, start: 0, end: blocks[index].text.length, kind: "byline" }];
  let agency = chosen.agency;
  // "By JANE DOE" over a line of its own naming the agency: "Associated Press"
  const next = blocks[index + 1];
  const nextAgency = next && index + 1 !== lead ? (canonicalAgency(next.text) ?? agencyLabel(next.text)) : null;
  if (nextAgency) {
    agency ??= nextAgency;
    cuts.push({ block: index + 1, start: 0, end: next.text.length, kind: "byline" });
  }
  return { byline: { raw: blocks[index].text, authors: chosen.authors }, cuts, agency };
}

/** A name alone over a staff label naming an agency: "Mariana Albernaz" / "Repórter da Agência Brasil". */
function nameOverLabel(blocks: readonly Block[], i: number, lead: number) {
  const next = blocks[i + 1];
  if (!next || i + 1 === lead || i + 1 > lead) return null;
  const agency = agencyLabel(next.text);
  const name = blocks[i].text.trim();
  return agency && name.length <= 60 && isPersonName(name) ? { authors: [name], agency } : null;
}

/** The people the page's metadata names as authors, lower case ("By Jane Doe, AP" gives "jane doe"). */
function pageAuthors(page: PageMeta | null): Set<string> {
  const names = new Set<string>();
  for (const author of page?.authors ?? []) {
    const parsed = parseByline(/^by\s/i.test(author) ? author : `By ${author}`);
    for (const name of parsed?.authors ?? [author.trim()]) names.add(name.toLowerCase());
  }
  return names;
}

/** The first block of running prose, standing in for the lead when no dateline marks it. */
function firstProse(blocks: readonly Block[]): number {
  const i = blocks.findIndex(
    (b) => b.text.length > 80 && words(b.text).length >= PROSE_WORDS && stopwordShare(b.text) >= PROSE_STOPWORDS,
  );
  return i < 0 ? Math.min(blocks.length, 10) : i;
}
