// Speakers: a preposition phrase that opens the sentence with no comma is no part of the source; the
// subject is the noun phrase after it, led by its own article ("At the dock the pilots shouted …").
// Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const quotes = (text: string) => extractAttributions([text], "en").quotes.map((q) => [q.text, q.speakerMention, q.cue]);

describe("speakers after an opening preposition phrase without a comma", () => {
  it("leaves the phrase out of the source", () => {
    expect(quotes("At the harbour the fishermen chanted “open the gates” for an hour.")).toEqual([
      ["open the gates", "the fishermen", "chanted"],
    ]);
  });

  it("finds the source after a phrase with a demonstrative", () => {
    expect(quotes("At that moment the sailors chanted “home by spring” once more.")).toEqual([
      ["home by spring", "the sailors", "chanted"],
    ]);
  });

  it("keeps a phrase that leads into an article of its own", () => {
    expect(quotes("All the pilots on duty chanted “no more night shifts” at the gate.")).toEqual([
      ["no more night shifts", "All the pilots on duty", "chanted"],
    ]);
  });
});
