// Reported speech: small grammar fixes around a statement's source and cue. Invented sentences, each
// with the case the fix leaves alone.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) =>
  extractAttributions(paragraphs, "en").reported.map((r) => [r.text, r.speakerMention]);
const quoteSpeakers = (paragraphs: string[]) => extractAttributions(paragraphs, "en").quotes.map((q) => q.speaker);

describe("reported speech: source and cue fixes", () => {
  it("keeps the final period of dotted initials in a source ('the F.B.I.')", () => {
    expect(reported(["The inquiry into the ferry fire is still open, said the F.B.I."])).toEqual([
      ["The inquiry into the ferry fire is still open", "the F.B.I."],
    ]);
    expect(reported(["The F.B.I. said the inquiry was open."])).toEqual([["the inquiry was open", "The F.B.I."]]);
    expect(quoteSpeakers(['"We are still looking," said the F.A.A.'])).toEqual(["the F.A.A."]);
    // a missing sentence break before the initials leaves them the name of the source
    const run = ["Officials said they would widen the review of the ferry lines The F.A.A. said it would help too."];
    expect(reported(run)).toContainEqual(["it would help too", "The F.A.A."]);
    // a sentence's period after a plain name is not the name's
    expect(reported(["The inquiry is still open, said Tom Varga."])).toEqual([
      ["The inquiry is still open", "Tom Varga"],
    ]);
  });
});
