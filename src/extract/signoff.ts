// Sign-offs and signatures at the end of wire copy: " Reuter", "Enditem", "(END)", "-- BERNAMA",
// "--IANS ab/cd", "EFE ab/cd", AFP "bur-jd/ab", "(ANSA).", Xinhua "Editor: X", and a Yonhap reporter's
// e-mail before "(END)": as a block of its own or as the tail of the last paragraph.
import type { Block } from "../read/block.js";
import { signoffTail } from "./common/signoff-tail.js";
import type { Cut } from "./types.js";

export interface SignoffFinding {
  /** The agency the sign-off names, canonical, else null. */
  agency: string | null;
  /** Kind "signoff", "signature" or "contact". */
  cuts: Cut[];
}

/** Sign-offs stand among the last blocks: page copy may carry menus and lists after the story. */
const REACH = 40;
/** Bare agency names sign off only among this many last blocks. */
const FINAL = 2;

export function extractSignoff(blocks: readonly Block[]): SignoffFinding {
  const cuts: Cut[] = [];
  let agency: string | null = null;
  for (let i = blocks.length - 1; i >= 0 && blocks.length - i <= REACH; i--) {
    const pieces = signoffTail(blocks[i].text, blocks.length - i <= FINAL);
    for (const piece of pieces) cuts.push({ block: i, start: piece.start, end: piece.end, kind: piece.kind });
    // the sign-off nearest the story's end names the agency
    agency ??= pieces.find((p) => p.agency)?.agency ?? null;
  }
  cuts.sort((a, b) => a.block - b.block || a.start - b.start);
  return { agency, cuts };
}
