// Byline: "By Jane Doe", "By JANE DOE, Associated Press Writer". PLACEHOLDER until the byline extractor lands.
import type { Block, PageMeta } from "../read/block.js";
import type { Byline } from "../story.js";
import type { Cut } from "./types.js";

export interface BylineFinding {
  byline: Byline | null;
  /** The byline block(s), kind "byline". */
  cuts: Cut[];
  /** An agency the byline names ("Associated Press Writer" -> "AP"), else null. */
  agency: string | null;
}

export function extractByline(_blocks: readonly Block[], _page: PageMeta | null): BylineFinding {
  return { byline: null, cuts: [], agency: null };
}
