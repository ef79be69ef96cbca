// One body paragraph prepared for quote work: its quoted stretches, its tokens (each quote one
// token) and its sentences. In a very long story the tokens of all paragraphs would outweigh the text
// many times over, so a shared budget keeps only the most recently read paragraphs' tokens and reads
// the others again when asked (same text, same tokens).
import { type MissingCloser, type Stretch, scanMarks } from "./marks.js";
import { splitSentences } from "./sentences.js";
import { type Token, tokenize } from "./tokens.js";

export interface Paragraph {
  index: number;
  text: string;
  stretches: Stretch[];
  /** The tokens (read again on demand when the budget let them go). */
  readonly tokens: Token[];
  /** Token index of each stretch's quote token. */
  quoteToken: number[];
  /** First token of each sentence, plus tokens.length at the end. */
  sentenceStarts: number[];
}

/** The stretches and quote tokens of every paragraph without quotes (most of them): one frozen array. */
const NONE: never[] = Object.freeze([]) as never[];

/** Tokens kept at once across the paragraphs of one story: far above any ordinary story. */
const TOKEN_BUDGET = 50_000;

/** Paragraphs whose tokens are held, oldest first, and how many tokens they hold together. */
export class TokenBudget {
  private held: TokenizedParagraph[] = [];
  private head = 0;
  private total = 0;
  /** Paragraphs tokenized, counting reads again, and the most tokens held at once (for tests). */
  reads = 0;
  peak = 0;

  constructor(private readonly limit = TOKEN_BUDGET) {}

  hold(p: TokenizedParagraph, count: number): void {
    this.reads++;
    this.held.push(p);
    this.total += count;
    while (this.total > this.limit && this.held.length - this.head > 1) {
      const old = this.held[this.head++];
      this.total -= old.release();
    }
    this.peak = Math.max(this.peak, this.total);
    if (this.head > 1024 && this.head * 2 > this.held.length) {
      this.held = this.held.slice(this.head);
      this.head = 0;
    }
  }
}

class TokenizedParagraph implements Paragraph {
  quoteToken: number[];
  sentenceStarts: number[];
  private cached: Token[] | null;

  constructor(
    readonly index: number,
    readonly text: string,
    readonly stretches: Stretch[],
    private readonly budget: TokenBudget | null,
  ) {
    const tokens = this.read();
    this.cached = tokens;
    this.quoteToken = stretches.length ? new Array(stretches.length).fill(-1) : NONE;
    const starts: number[] = [];
    tokens.forEach((t, i) => {
      if (t.kind === "quote") this.quoteToken[t.quote] = i;
      if (i === 0 || tokens[i - 1].sentence !== t.sentence) starts.push(i);
    });
    starts.push(tokens.length);
    // a copy of its exact size: an array grown by push keeps room for ~17 numbers, in every paragraph
    this.sentenceStarts = starts.slice();
  }

  get tokens(): Token[] {
    if (this.cached === null) this.cached = this.read();
    return this.cached;
  }

  /** Lets the tokens go; returns how many there were. */
  release(): number {
    const n = this.cached?.length ?? 0;
    this.cached = null;
    return n;
  }

  private read(): Token[] {
    const tokens = tokenize(this.text, this.stretches);
    splitSentences(tokens);
    this.budget?.hold(this, tokens.length);
    return tokens;
  }
}

/**
 * `next` is the following paragraph's text: a quote left open continues only when it opens alike.
 * `budget` (shared by a story's paragraphs) bounds the tokens held at once; without one they stay.
 */
export function analyseParagraph(
  text: string,
  index: number,
  next: string | undefined,
  budget: TokenBudget | null = null,
  missingCloser?: MissingCloser,
): Paragraph {
  const stretches = scanMarks(text, next, missingCloser);
  return new TokenizedParagraph(index, text, stretches.length ? stretches : NONE, budget);
}

/** [first, end) token range of the sentence holding token i. */
export function sentenceOf(p: Paragraph, i: number): [number, number] {
  const s = p.tokens[i].sentence;
  return [p.sentenceStarts[s], p.sentenceStarts[s + 1]];
}
