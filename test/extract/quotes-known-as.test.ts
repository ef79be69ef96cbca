// A source after an inverted cue that names its speaker with "known as" ("said the night guard known
// as Raymond") runs on to the name: the "as" does not end the phrase. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const speakers = (paragraphs: string[]) => extractQuotes(paragraphs).map((q) => [q.text, q.speaker]);

describe("a source phrase with 'known as'", () => {
  it("keeps the name after 'known as'", () => {
    expect(speakers(['"The gate stayed shut all night," said the night guard known as Raymond.'])).toEqual([
      ["The gate stayed shut all night,", "Raymond"],
    ]);
  });

  it("still ends the phrase at an 'as' that opens a clause", () => {
    expect(speakers(['"The gate stayed shut," said Tom Varga as he left the port.'])).toEqual([
      ["The gate stayed shut,", "Tom Varga"],
    ]);
  });
});
