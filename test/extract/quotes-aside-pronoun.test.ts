// After a quote, a pronoun set off by a comma right before the cue is the cue's subject; the words
// before that comma are an aside ("…," perhaps only 10%, he said), never the source.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const speakers = (...paragraphs: string[]) => extractQuotes(paragraphs).map((q) => [q.speakerMention, q.speaker]);

describe("a pronoun before the cue after an aside", () => {
  it("is the source, not the aside", () => {
    expect(
      speakers(
        "Tom Berg spoke to the board.",
        "“They have not done anything close to a full review,” perhaps only 10%, he quoted one analyst in May.",
      ),
    ).toEqual([["he", "Tom Berg"]]);
  });

  it("leaves a name with a relative clause as the source", () => {
    expect(speakers("“The pier is unsafe,” Ana Ruiz, who said it twice, told the board.")).toEqual([
      ["Ana Ruiz", "Ana Ruiz"],
    ]);
  });
});
