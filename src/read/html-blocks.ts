// HTML -> blocks and page metadata (cheerio/slim). PLACEHOLDER until the HTML reader lands.
import type { Document } from "./block.js";

export function htmlToDocument(_html: string): Document {
  return { blocks: [], page: null, warnings: [] };
}
