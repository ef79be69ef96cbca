// A quote inside a clause joined after the cue's clause ("…, although she has "concerns"") is
// credited to that clause's pronoun as written, which stands for the same speaker.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const only = (paragraph: string) => {
  const quotes = extractQuotes([paragraph]);
  expect(quotes).toHaveLength(1);
  return [quotes[0].speakerMention, quotes[0].speaker];
};

describe("a quote in a joined clause with a pronoun subject", () => {
  it("gives the pronoun as the mention and the named speaker as the speaker", () => {
    expect(
      only(
        "Mayor Ana Ruiz endorsed the ferry plan, although she made it plain that she has “grave doubts” about the fares.",
      ),
    ).toEqual(["she", "Ana Ruiz"]);
    expect(only("Tom Varga praised the crew, and he promised “a full inquiry” into the crash.")).toEqual([
      "he",
      "Tom Varga",
    ]);
  });

  it("leaves a 'you' of the advice alone, and a clause with no joined pronoun", () => {
    expect(only("Tom Varga praised the crew while you wait for “a full inquiry” into the crash.")).toEqual([
      "Tom Varga",
      "Tom Varga",
    ]);
    expect(only("Tom Varga praised the crew and promised “a full inquiry” into the crash.")).toEqual([
      "Tom Varga",
      "Tom Varga",
    ]);
  });
});
