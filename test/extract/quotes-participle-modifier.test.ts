// An -ed form between a determiner and its noun is an adjective inside the source ("the retired banker
// said"), not a verb that ends it; a verb after the source still stops it. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const speakers = (paragraphs: string[]) => extractQuotes(paragraphs).map((q) => [q.text, q.speakerMention]);

describe("an -ed adjective inside a source after a quote", () => {
  it("keeps the retired banker as the source", () => {
    expect(speakers(['"We must stop now," the retired banker told a radio station in a video.'])).toEqual([
      ["We must stop now,", "the retired banker"],
    ]);
  });

  it("keeps an embattled mayor as the source", () => {
    expect(speakers(['"The harbor stays open," an embattled mayor said.'])).toEqual([
      ["The harbor stays open,", "an embattled mayor"],
    ]);
  });

  it("still reads a verb after the source as no source of the quote", () => {
    expect(speakers(['"The harbor stays open," the mayor insisted and said the port was safe.'])).not.toContainEqual([
      "The harbor stays open,",
      "the mayor insisted",
    ]);
  });
});
