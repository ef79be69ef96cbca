// Dateline: "MOSCOW (Reuters) -", "PARIS, Aug 30 (AFP) -", "WASHINGTON (AP) —". Finds the lead: the
// first block that opens with a dateline, after any page chrome (menus, stamps, captions) above it.
// A dateline naming an agency may stand anywhere; plainer forms ("COMMACK, N.Y., Feb 26 -", "MIAMI _")
// only among the first blocks or before running prose.
import type { Block } from "../read/block.js";
import { type DateParts, isoDate } from "../read/dates.js";
import { type DatelineParse, parseDateline } from "./dateline-parse.js";

export interface DatelineFinding {
  /** The block whose text starts with the dateline. */
  block: number;
  /** The exact text from the block's start, including its separator: "MOSCOW (Reuters) -". */
  raw: string;
  location: string | null;
  date: string | null;
  dateParts: DateParts | null;
  /** Canonical agency named in the dateline itself, else null. */
  agency: string | null;
  /** Reporters the dateline names ("（记者A、B）"), for the credits. */
  reporters: string[];
}

/** How many blocks are read for a dateline at most. */
const MAX_BLOCKS = 600;
/** Plain datelines (no agency) count among this many first blocks, or before running prose. */
const EARLY = 5;
/** A weak dateline ("CALGARY, Alberta -") gives way to a stronger one this few blocks below it. */
const WEAK_REACH = 3;
/** How far after the published date a dateline's day may fall and still be of that year. */
const DAYS_AHEAD = 7;
const DAY_MS = 86_400_000;

/** Finds the lead paragraph's dateline among the first blocks. */
export function findDateline(blocks: readonly Block[]): DatelineFinding | null {
  let weak: { finding: DatelineFinding; rank: number; prose: boolean } | null = null;
  let rank = 0;
  const end = Math.min(blocks.length, MAX_BLOCKS);
  for (let i = 0; i < end; i++) {
    const block = blocks[i];
    if (weak && rank - weak.rank > WEAK_REACH) return weak.finding;
    if (!block.html?.hint) {
      const parsed = parseDateline(block.text);
      if (parsed && acceptable(parsed, rank)) {
        const finding = toFinding(i, parsed);
        if (parsed.strength !== "weak") return finding;
        // a heading above the lead ("GRAIN TRADE - WEEKLY") gives way to a place opening prose
        const prose = readsAsProse(parsed.rest);
        if (!weak || (!weak.prose && prose)) weak = { finding, rank, prose };
      }
    }
    rank++;
  }
  return weak?.finding ?? null;
}

function acceptable(p: DatelineParse, rank: number): boolean {
  if (p.strength === "tag") return true;
  const early = rank < EARLY;
  // a date alone ("April 7 - ..."): early, and not a page's time stamp ("Nov 19, 2019 - 10:31 pm")
  if (!p.location) return early && (/^\s*\p{L}/u.test(p.rest) || p.dateParts?.year === null);
  return early || readsAsProse(p.rest);
}

/** The text after a dateline reads as the start of a story: a sentence of several words. */
function readsAsProse(rest: string): boolean {
  const t = rest.trim();
  if (t.length < 40 || !/^["“‘'\p{Lu}\d]/u.test(t)) return false;
  const ws = t.split(/\s+/, 40);
  if (ws.length < 7) return false;
  const lower = ws.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower / ws.length >= 0.3;
}

function toFinding(block: number, p: DatelineParse): DatelineFinding {
  return {
    block,
    raw: p.raw,
    location: p.location,
    date: p.date,
    dateParts: p.dateParts,
    agency: p.agency,
    reporters: p.reporters ?? [],
  };
}

/** The dateline's ISO date when its year is known: written in it, or taken from the published date. */
export function datelineIsoDate(finding: DatelineFinding, published: string | null): string | null {
  const parts = finding.dateParts;
  if (!parts || parts.day === null) return null;
  if (parts.year !== null) return isoDate(parts);
  const m = published ? /^(\d{4})-(\d{2})-(\d{2})/.exec(published) : null;
  if (!m) return null;
  const pub = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  let best: number | null = null;
  for (const year of [Number(m[1]) + 1, Number(m[1]), Number(m[1]) - 1]) {
    const at: number = Date.UTC(year, parts.month - 1, parts.day);
    if (new Date(at).getUTCDate() !== parts.day) continue; // Feb 29 in a common year
    if (at - pub > DAYS_AHEAD * DAY_MS) continue;
    if (best === null || Math.abs(at - pub) < Math.abs(best - pub)) best = at;
  }
  return best === null ? null : isoDate({ year: new Date(best).getUTCFullYear(), month: parts.month, day: parts.day });
}
