// One body paragraph prepared for quote work: its quoted stretches, its tokens (each quote one
// token) and its sentences.
import { type Stretch, scanMarks } from "./marks.js";
import { splitSentences } from "./sentences.js";
import { type Token, tokenize } from "./tokens.js";

export interface Paragraph {
  index: number;
  text: string;
  stretches: Stretch[];
  tokens: Token[];
  /** Token index of each stretch's quote token. */
  quoteToken: number[];
  /** First token of each sentence, plus tokens.length at the end. */
  sentenceStarts: number[];
}

/** `next` is the following paragraph's text: a quote left open continues only when it opens alike. */
export function analyseParagraph(text: string, index: number, next: string | undefined): Paragraph {
  const stretches = scanMarks(text, next);
  const tokens = tokenize(text, stretches);
  splitSentences(tokens);
  const quoteToken: number[] = new Array(stretches.length).fill(-1);
  const sentenceStarts: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind === "quote") quoteToken[t.quote] = i;
    if (i === 0 || tokens[i - 1].sentence !== t.sentence) sentenceStarts.push(i);
  });
  sentenceStarts.push(tokens.length);
  return { index, text, stretches, tokens, quoteToken, sentenceStarts };
}

/** [first, end) token range of the sentence holding token i. */
export function sentenceOf(p: Paragraph, i: number): [number, number] {
  const s = p.tokens[i].sentence;
  return [p.sentenceStarts[s], p.sentenceStarts[s + 1]];
}
