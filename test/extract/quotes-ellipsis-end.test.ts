// A quote whose own ellipsis ends its sentence may still have its attribution right after it, as a
// question mark's does ("…" Varga said.); a cue before it that introduced it keeps it. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const speakers = (paragraphs: string[]) => extractQuotes(paragraphs).map((q) => [q.text, q.speakerMention]);

describe("an attribution after a quote that ends in an ellipsis", () => {
  it("gives the quote to the name after it, not to the speaker before", () => {
    expect(speakers(["Ruiz asked about the harbor.", '"Well, we will look at a lot of options…" Varga said.'])).toEqual(
      [["Well, we will look at a lot of options…", "Varga"]],
    );
  });

  it("keeps the cue before the quote when a new sentence follows it", () => {
    expect(speakers(['Ruiz said: "We will see…" Critics were unconvinced.'])).toEqual([["We will see…", "Ruiz"]]);
  });
});
