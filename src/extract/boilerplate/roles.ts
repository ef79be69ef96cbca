// What flows out of the boilerplate stripper (one role per block) and what flows into it from the
// other extractors (the anchors): the types its strategies share, below the modules that use them.
import type { RemovedKind } from "../../story.js";

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
