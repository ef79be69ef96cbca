// A clause-rule source phrase cut short on an article or a preposition ("launched into a lament for")
// is no source: the quote looks for its speaker elsewhere instead of taking "into a". Invented sentences.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const speakers = (paragraphs: string[]) => extractQuotes(paragraphs).map((q) => [q.text, q.speakerMention ?? null]);

describe("a source phrase that ends on an article or preposition", () => {
  it("is not taken as the speaker: the sentence's own subject is", () => {
    expect(
      speakers([
        "Mayor Ana Ruiz spoke at the harbor on Monday.",
        'She then launched into a lament for the "forgotten dockworkers" of the port.',
      ]),
    ).toEqual([["forgotten dockworkers", "She"]]);
  });

  it("leaves a source that ends on a noun as it was", () => {
    expect(speakers(['Tom Varga said the port deal was "a clear win."'])).toEqual([["a clear win.", "Tom Varga"]]);
  });
});
