import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

describe("a short term listed with a kept quote", () => {
  it("is kept when 'and' or 'or' joins it to a quote that was kept", () => {
    const paragraphs = ['Mayor Lena Marsh wants a "fairer" and "less costly" ferry.'];
    const quotes = extractQuotes(paragraphs);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["fairer", "Lena Marsh"],
      ["less costly", "Lena Marsh"],
    ]);
    const second = quotes[1].pieces[0];
    expect(paragraphs[0].slice(second.start, second.end)).toBe("less costly");
  });

  it("is dropped with its neighbour when neither has a source", () => {
    const paragraphs = ['"We are ready," said Tom Varga.', 'It was all "dry runs" and "calm seas" that week.'];
    expect(extractQuotes(paragraphs).map((q) => q.text)).toEqual(["We are ready,"]);
  });
});
