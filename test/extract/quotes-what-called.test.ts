// Speakers: after "what X called", the quote is X's word for the thing (X named it so), not a thing
// named by nobody; "a plan called "…"" still names a thing. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const quotes = (text: string) => extractAttributions([text], "en").quotes.map((q) => [q.text, q.speakerMention, q.cue]);

describe("a quote after 'what X called'", () => {
  it("is the words of the subject after 'what'", () => {
    expect(quotes("The toll rose on what the pilots called “robbery” at the harbour.")).toEqual([
      ["robbery", "the pilots", "called"],
    ]);
  });

  it("takes that subject over the sentence's own cue", () => {
    expect(quotes("The mayor denounced what several pilots have called “a scam” in the port.")).toEqual([
      ["a scam", "several pilots", "called"],
    ]);
  });

  it("leaves a thing named as it was", () => {
    expect(quotes("The pilots back a plan called “Fair Tolls” for the port.")).toEqual([["Fair Tolls", null, null]]);
  });
});
