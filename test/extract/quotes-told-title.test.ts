// A short title-case quote right after a form of "tell" is the listener (a programme's name), not words
// anyone said; a quote after "told" that reads as speech is still a quote. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const texts = (paragraphs: string[]) => extractQuotes(paragraphs).map((q) => q.text);

describe("a programme named after told", () => {
  it("drops the programme's name and keeps the quote before it", () => {
    expect(texts(['"The harbor will stay open," Ruiz told "Morning Desk," adding that the plan was final.'])).toEqual([
      "The harbor will stay open,",
    ]);
  });

  it("keeps speech after told and a colon", () => {
    expect(texts(['Ruiz told reporters: "We Will Not Close The Harbor."'])).toEqual(["We Will Not Close The Harbor."]);
  });

  it("keeps a lower-case quote after told", () => {
    expect(texts(['Ruiz told "a small lie" about the harbor, Varga said.'])).toEqual(["a small lie"]);
  });
});
