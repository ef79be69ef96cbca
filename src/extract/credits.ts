// Credits: "(Reporting by A; Writing by B and C; Editing by D)", AP "X contributed to this report",
// Bloomberg "--With assistance from X". PLACEHOLDER until the credits extractor lands.
import type { Block } from "../read/block.js";
import type { Credits } from "../story.js";
import type { Cut } from "./types.js";

export interface CreditsFinding {
  credits: Credits | null;
  /** The credit stretches, kind "credits" (or "contact" for contact lines), to take out of the story. */
  cuts: Cut[];
  /** An agency the credits name, canonical, else null. */
  agency: string | null;
}

export function extractCredits(_blocks: readonly Block[]): CreditsFinding {
  return { credits: null, cuts: [], agency: null };
}
