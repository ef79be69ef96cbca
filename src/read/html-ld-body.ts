// A page that draws its story with scripts holds almost no story text in its markup; when its JSON-LD
// carries the article body, that body's paragraphs stand in for the story (rs-trafilatura's rule).
import type { Block } from "./block.js";

/** The JSON-LD body is used when it is at least this long... */
const LD_BODY_MIN = 500;
/** ...and the content element holds less prose than this. */
const DOM_PROSE_MAX = 200;
/** JSON-LD bodies longer than this are cut (a hostile page must not grow the output without bound). */
const LD_BODY_MAX = 200_000;

/** Blocks for the JSON-LD article body, or null when the markup's own content is to be used. */
export function linkedDataBlocks(articleBody: string | null, contentProse: number): Block[] | null {
  if (!articleBody || articleBody.length < LD_BODY_MIN || contentProse >= DOM_PROSE_MAX) return null;
  return articleBody
    .slice(0, LD_BODY_MAX)
    .split(/\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .map((text) => ({ text, html: { tag: "p", inContent: true, linkDensity: 0, hint: null } }));
}
