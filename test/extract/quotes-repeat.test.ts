// Quotes printed twice share a speaker; the search for the other copy stays linear in the number of
// quotes, however many unattributed ones a story holds. Invented quotes.
import { describe, expect, it } from "vitest";
import { type RepeatableQuote, shareRepeatedSpeakers } from "../../src/extract/quotes/repeat.js";
import { expectLinearGrowth } from "../timing.js";

const quote = (text: string, speaker: string | null): RepeatableQuote => ({
  text,
  speaker,
  speakerMention: speaker,
  speakerDescription: null,
  cue: speaker ? "said" : null,
  cueAt: null,
  rule: null,
});

describe("quotes printed twice", () => {
  it("gives the unattributed copy the speaker of the attributed one", () => {
    const quotes = [
      quote("The pier will need a new deck before the winter storms.", null),
      quote("The pier will need a new deck before the winter storms, and soon.", "Ana Ruiz"),
    ];
    shareRepeatedSpeakers(quotes);
    expect(quotes[0]).toMatchObject({ speaker: "Ana Ruiz", rule: "repeat" });
  });

  it("stays linear with many unattributed quotes beside attributed ones", () => {
    expectLinearGrowth(
      "unattributed quotes",
      (n) => {
        const texts = Array.from({ length: n }, (_, k) => `The pier will need deck number ${k} before the storms.`);
        return () => shareRepeatedSpeakers(texts.map((t, k) => quote(t, k % 2 ? "Ana Ruiz" : null)));
      },
      2_000,
    );
  });
});
