// The tokens of a long story's paragraphs are held within a budget and read again on demand: the
// tokens read again are the same as the first time, and no more than the budget are held at once.
import { describe, expect, it } from "vitest";
import { analyseParagraph, TokenBudget } from "../../src/extract/quotes/paragraph.js";

const PARAGRAPHS = Array.from({ length: 60 }, (_, i) =>
  i % 3 === 0
    ? `"We will reopen the ferry pier by spring number ${i}," harbour master Ines Duarte told reporters on Monday.`
    : `The council said repairs to berth ${i} would cost about $${i + 2} million, and that two crews would work at night.`,
);

describe("quote token budget", () => {
  it("holds at most the budget and reads let-go paragraphs back unchanged", () => {
    const eager = PARAGRAPHS.map((text, i) => analyseParagraph(text, i, PARAGRAPHS[i + 1]));
    const budget = new TokenBudget(100);
    const lazy = PARAGRAPHS.map((text, i) => analyseParagraph(text, i, PARAGRAPHS[i + 1], budget));
    // forwards, backwards, and a paragraph at a time out of order
    for (const order of [lazy, [...lazy].reverse(), [lazy[7], lazy[41], lazy[7], lazy[0]]]) {
      for (const p of order) {
        expect(p.tokens).toEqual(eager[p.index].tokens);
        expect(p.quoteToken).toEqual(eager[p.index].quoteToken);
        expect(p.sentenceStarts).toEqual(eager[p.index].sentenceStarts);
      }
    }
    const longest = Math.max(...eager.map((p) => p.tokens.length));
    expect(budget.peak).toBeLessThanOrEqual(100 + longest);
    expect(budget.reads).toBeGreaterThan(2 * PARAGRAPHS.length);
  });

  it("keeps every paragraph's tokens of an ordinary story", () => {
    const budget = new TokenBudget();
    const paras = PARAGRAPHS.map((text, i) => analyseParagraph(text, i, PARAGRAPHS[i + 1], budget));
    for (const p of paras) p.tokens.at(0);
    expect(budget.reads).toBe(PARAGRAPHS.length);
  });

  it("gives paragraphs without quotes one shared, frozen empty list of stretches and quote tokens", () => {
    const [a, b] = [PARAGRAPHS[1], PARAGRAPHS[2]].map((text, i) => analyseParagraph(text, i, undefined));
    expect(a.stretches).toEqual([]);
    expect(a.stretches).toBe(b.stretches);
    expect(a.quoteToken).toBe(b.quoteToken);
    expect(Object.isFrozen(a.quoteToken)).toBe(true);
    const quoted = analyseParagraph(PARAGRAPHS[0], 0, undefined);
    expect(quoted.stretches).toHaveLength(1);
    expect(quoted.quoteToken).toEqual([0]);
  });
});
