// A paragraph opened by a straight mark (") with a curly opener (“) inside the quote it opened holds two
// quotes: the “ ends the first and opens its own, which is in the same speaker's words (never a title).
// A straight opener that neither closes nor goes on into the next paragraph was stray, and is left so.
import { describe, expect, it } from "vitest";
import { scanMarks } from "../../src/extract/quotes/marks.js";
import { extractQuotes } from "../../src/extract/quotes.js";

const quotes = (...paragraphs: string[]) => extractQuotes(paragraphs).map((q) => [q.text, q.speaker]);

describe("a curly opener inside a straight quote that opened the paragraph", () => {
  it("ends the straight quote and opens a quote of its own, in the same speaker's words", () => {
    expect(
      quotes(
        "In a statement on Monday, Ana Ruiz wrote:",
        '"The harbour board isn’t about “Fair Fares for All” anymore. It is about the profits of its friends.',
        '"The latest example is the plan for its “Night Ferry,” which doubles the price."',
      ),
    ).toEqual([
      ["The harbour board isn’t about", "Ana Ruiz"],
      ["Fair Fares for All", "Ana Ruiz"],
      ["The latest example is the plan for its", "Ana Ruiz"],
      ["Night Ferry,", "Ana Ruiz"],
    ]);
  });

  it("marks the second stretch as cut, and leaves a straight quote that does not open the paragraph alone", () => {
    const text = '"It is about “Fair Fares” now."';
    expect(scanMarks(text).map((s) => [text.slice(s.start, s.end), s.cut === true])).toEqual([
      ["It is about", false],
      ["Fair Fares", true],
    ]);
    const inner = 'Ruiz said, "It is about “Fair Fares” now."';
    expect(scanMarks(inner).map((s) => inner.slice(s.start, s.end))).toEqual(["It is about “Fair Fares” now."]);
  });

  it("leaves a stray straight opener as it was read: the curly quote's own words give its source", () => {
    expect(
      quotes(
        "Ruiz was angry at the rally.",
        '"Berg walked onto the pier, chanting “Close it! Close it!”',
        "“Fine,” Ruiz said.",
      ),
    ).toEqual([
      ["Close it! Close it!", "Berg"],
      ["Fine,", "Ruiz"],
    ]);
  });
});
