// Boilerplate in HTML pages: the reader has marked which blocks sit in the article's content element
// and what the markup says about the others; phrases catch the chrome left inside the content.
import type { Document } from "../../read/block.js";
import type { Anchors, Role } from "./index.js";
import { isRelatedMarker, phraseKind } from "./phrases.js";

export function htmlRoles(doc: Document, anchors: Anchors): Role[] {
  return doc.blocks.map((block, i) => {
    if (anchors.claimed.has(i)) return "body";
    const f = block.html;
    const kind = phraseKind(block.text);
    if (!f) return kind ?? "body";
    if (!f.inContent) return f.hint ?? kind ?? (isRelatedMarker(block.text) ? "related" : "navigation");
    if (f.hint) return f.hint;
    if (kind) return kind;
    return "body";
  });
}
