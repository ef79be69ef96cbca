// A short quote between a determiner (or a determiner and an adjective) and a lower-case noun modifies
// that noun: a scare quote, not anyone's words, even when a cue stands elsewhere in its sentence.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

describe("a short quote modifying a noun", () => {
  it("is dropped when a cue stands elsewhere in the sentence", () => {
    const quotes = extractQuotes([
      "Forty clerks who signed a “harbor relief” letter last spring have said they will not strike.",
    ]);
    expect(quotes).toEqual([]);
  });

  it("is dropped after a determiner and an adjective", () => {
    const quotes = extractQuotes(["The town is building a municipal “ferry hub” terminal near the docks."]);
    expect(quotes).toEqual([]);
  });

  it("is kept when its own cue gives it a source", () => {
    const quotes = extractQuotes(["Ruiz called it a “harbor relief” plan on Monday."]);
    expect(quotes.map((q) => [q.text, q.speakerMention])).toEqual([["harbor relief", "Ruiz"]]);
  });

  it("is kept after a pronoun that opens a clause", () => {
    const quotes = extractQuotes(["It was a memo from Varga saying that he “invented” the ferry schedule."]);
    expect(quotes.map((q) => q.text)).toEqual(["invented"]);
  });
});
