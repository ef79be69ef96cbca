// A quote whose closing mark was left out: it never closes in its paragraph and the next paragraph does
// not go on with it. When an attribution after a comma stands inside it (`"We cannot keep borrowing, said
// council member Tomas Varga, who chairs the committee.`), the writer meant the quote to end at that
// comma. A paragraph's text and its open stretch in; the offset of that comma out, or -1.
import type { Stretch } from "./marks.js";
import { attributionAfterComma } from "./rule-after.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokens.js";

/** Fewest words the quote keeps before the attribution that ends it. */
const MIN_QUOTED_WORDS = 2;

export function missingCloserAt(text: string, quote: Stretch): number {
  const tokens = tokenize(text, []);
  splitSentences(tokens);
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.start < quote.start) continue;
    if (t.kind === "word") words++;
    if (t.text !== "," || words < MIN_QUOTED_WORDS || k + 1 >= tokens.length) continue;
    if (attributionAfterComma(tokens, 0, k + 1, tokens.length)?.cue) return t.start;
  }
  return -1;
}
