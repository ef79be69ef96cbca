// The boilerplate stripper: decides, for every block no other extractor claimed, whether it is story
// text ("body") or page chrome, and which kind of chrome. Text and HTML inputs need different evidence,
// so each has its own strategy over the same phrase lexicon.
import type { Document } from "../../read/block.js";
import { htmlRoles } from "./html.js";
import type { Anchors, Role } from "./roles.js";
import { textRoles } from "./text.js";

export type { Anchors, Role } from "./roles.js";

/** One role per block. Claimed blocks get "body": the pipeline has already taken their text out. */
export function stripBoilerplate(doc: Document, anchors: Anchors): Role[] {
  return doc.page ? htmlRoles(doc, anchors) : textRoles(doc.blocks, anchors);
}
