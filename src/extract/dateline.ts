// Dateline: "MOSCOW (Reuters) -", "PARIS, Aug 30 (AFP) -", "WASHINGTON (AP) —". PLACEHOLDER until the
// dateline extractor lands.
import type { Block } from "../read/block.js";
import type { DateParts } from "./common/dates.js";

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
}

/** Finds the lead paragraph's dateline among the first blocks, skipping blocks in `claimed`. */
export function findDateline(_blocks: readonly Block[], _claimed: ReadonlySet<number>): DatelineFinding | null {
  return null;
}

/** The dateline's ISO date when its year is known: written in it, or taken from the published date. */
export function datelineIsoDate(finding: DatelineFinding, published: string | null): string | null {
  void published;
  void finding;
  return null;
}
