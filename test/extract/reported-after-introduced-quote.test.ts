// Reported speech after a quote that a cue before it introduced: the source after the quote, with a
// clause after its cue, reports a statement of its own; the quote keeps its first source. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const attributions = (paragraphs: string[]) => extractAttributions(paragraphs, "en");

describe("reported speech: a second source after an introduced quote", () => {
  it("reads the statement after the quote, and leaves the quote to the first source", () => {
    const { quotes, reported } = attributions([
      'While Varga said on Tuesday that "the ferry got in trouble for far less," one of the former pilots said the two cases were quite different.',
    ]);
    expect(reported).toMatchObject([
      { speakerMention: "one of the former pilots", cue: "said", text: "the two cases were quite different" },
    ]);
    expect(quotes).toMatchObject([{ text: "the ferry got in trouble for far less,", speaker: "Varga" }]);
  });

  it("reads nothing after a quote that opens its sentence", () => {
    const { reported } = attributions([
      '"The ferry got in trouble for far less," one of the former pilots said on the quay in Salem on Friday.',
    ]);
    expect(reported).toEqual([]);
  });
});
