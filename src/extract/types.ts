// What extractors hand back to the pipeline. Extractors are pure functions over blocks; positions are
// character offsets into a block's text (or a body paragraph's), and the pipeline maps them onto
// body.text.
import type { RemovedKind } from "../story.js";

/** A stretch of one block that an extractor takes out of the story: the whole block or a part of it. */
export interface Cut {
  block: number;
  /** Offsets into the block's text; a whole-block cut is [0, text.length]. */
  start: number;
  end: number;
  kind: RemovedKind;
}

/** A character range inside one body paragraph. */
export interface ParagraphSpan {
  paragraph: number;
  start: number;
  end: number;
}
