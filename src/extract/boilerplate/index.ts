// The boilerplate stripper: decides, for every block no other extractor claimed, whether it is story
// text ("body") or page chrome, and which kind of chrome. Text and HTML inputs need different evidence,
// so each has its own strategy over the same phrase lexicon.
import type { Document } from "../../read/block.js";
import type { RemovedKind } from "../../story.js";
import { htmlRoles } from "./html.js";
import { textRoles } from "./text.js";

export type Role = RemovedKind | "body";

/** What the other extractors already know about where the story is. */
export interface Anchors {
  /** Blocks another extractor took out whole (credits, byline, sign-off): not story, not chrome. */
  claimed: ReadonlySet<number>;
  /** The block that opens with the dateline: the story's lead. */
  lead: number | null;
  byline: number | null;
  /** The (first) block holding the credits: the story ends with it. */
  credits: number | null;
}

/** One role per block. Claimed blocks get "body": the pipeline has already taken their text out. */
export function stripBoilerplate(doc: Document, anchors: Anchors): Role[] {
  return doc.page ? htmlRoles(doc, anchors) : textRoles(doc.blocks, anchors);
}
