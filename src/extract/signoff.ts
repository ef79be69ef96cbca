// Sign-offs and signatures at the end of wire copy: " Reuter", "Enditem", "(END)", "-- BERNAMA",
// AFP "bur-jd/ab". PLACEHOLDER until the sign-off extractor lands.
import type { Block } from "../read/block.js";
import type { Cut } from "./types.js";

export interface SignoffFinding {
  /** The agency the sign-off names, canonical, else null. */
  agency: string | null;
  /** Kind "signoff", "signature" or "contact". */
  cuts: Cut[];
}

export function extractSignoff(_blocks: readonly Block[]): SignoffFinding {
  return { agency: null, cuts: [] };
}
