// A digest line names its quote's speaker between the item's headline and the colon that opens the
// quote: "Ferry fares rise - Ana Ruiz: “…”". The headline's words are not the source.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const speakers = (paragraph: string) => extractQuotes([paragraph]).map((q) => [q.speakerMention, q.speaker]);

describe("a digest line", () => {
  it("gives the name before the colon, not the headline's subject", () => {
    expect(speakers("Commuters agree - Tom Berg: “The new timetable is a simple fix for the morning rush.”")).toEqual([
      ["Tom Berg", "Tom Berg"],
    ]);
    expect(speakers("Harbor board shares blame for delays - HarborWatch: “The board ignored the warnings.”")).toEqual([
      ["HarborWatch", "HarborWatch"],
    ]);
  });

  it("takes names joined by 'and' and an initial", () => {
    expect(speakers("FARES RISE FOR THE FIRST TIME - Lena Marsh and Ana M. Ruiz: “We found a clear shift.”")).toEqual([
      ["Lena Marsh and Ana M. Ruiz", "Lena Marsh and Ana M. Ruiz"],
    ]);
  });

  it("needs the dash before the name", () => {
    expect(speakers("Tom Berg told the council on Monday: “The ferry will run.”")).toEqual([["Tom Berg", "Tom Berg"]]);
  });
});
