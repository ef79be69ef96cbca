// A participle or a coordinated cue shares its clause's subject ("Ruiz decried …, noting"); a cue form
// owned by a name inside the object ("Berg's repeated calls") is a noun, and its owner is not the speaker.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const speakers = (paragraph: string) => extractQuotes([paragraph]).map((q) => [q.speaker, q.cue]);

describe("a name's possessive before a cue form in the object", () => {
  it("leaves the subject as the speaker of a 'noting' participle", () => {
    expect(
      speakers(
        "Ana Ruiz, who is a nurse, also decried Berg’s repeated calls to close the clinic, noting he has “done nothing” for the town.",
      ),
    ).toEqual([["Ana Ruiz", "noting"]]);
  });

  it("still takes a subject that is the clause's own", () => {
    expect(speakers("Tom Berg calls the plan a waste, noting that it is “far too costly.”")).toEqual([
      ["Tom Berg", "noting"],
    ]);
  });
});
