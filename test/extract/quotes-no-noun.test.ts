// "no" opens a noun phrase as an article does: in "no telephone call" the cue form "call" is a noun,
// and "no telephone" is never a source.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

describe("a cue form after 'no' and a modifier", () => {
  it("is a noun, and the participle takes the clause's subject", () => {
    const quotes = extractQuotes([
      "The spokesman said there was no telephone call planned with Berg, adding: “If one is proposed we will consider it.”",
    ]);
    expect(quotes.map((q) => [q.speakerMention, q.cue])).toEqual([["The spokesman", "adding"]]);
  });
});
