// A capitalised -ing word at a sentence's start may be a name ("Lessing said …"), not an opening
// participle ("Speaking to reporters, …"). Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const NAMED =
  'Tom Lessing toured the pier on Monday. Lessing reminisced about the old ferry, and said the town "has lost its heart."';

describe("a name ending in -ing opens the sentence", () => {
  it("reads it as the subject when the paragraph writes it capitalised mid-sentence", () => {
    const found = extractAttributions([NAMED], "en");
    expect(found.reported.map((r) => r.speaker)).toEqual(["Tom Lessing"]);
    expect(found.quotes.map((q) => q.speaker)).toEqual(["Tom Lessing"]);
  });

  it("reads it as the source when a cue follows it", () => {
    const [r] = extractAttributions(["Lessing said on Tuesday that the ferry would run again in May."], "en").reported;
    expect(r).toMatchObject({ speakerMention: "Lessing", text: "the ferry would run again in May" });
  });

  it("still skips an opening participle phrase", () => {
    const [r] = extractAttributions(["Speaking to reporters, the mayor said the pier was unsafe."], "en").reported;
    expect(r).toMatchObject({ speakerMention: "the mayor", text: "the pier was unsafe" });
  });
});
