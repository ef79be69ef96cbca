// Reported speech: an aside between spaced hyphens ("Ruiz -- who chairs the board -- said") stands
// between the source and its cue like one between dashes. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (text: string) => extractAttributions([text], "en").reported.map((r) => [r.text, r.speakerMention]);

describe("reported speech: an aside between spaced hyphens", () => {
  it("finds the source before the aside", () => {
    expect(
      reported("The harbour judge -- who has clashed with the pilots over the past week -- said the pier is safe."),
    ).toEqual([["the pier is safe", "The harbour judge"]]);
    expect(reported("Tom Varga - who ran the ferry line for a decade - said the fares were too high.")).toEqual([
      ["the fares were too high", "Tom Varga"],
    ]);
  });

  it("leaves a hyphen inside a word alone", () => {
    expect(reported("Sen. Ana Ruiz, D-Ore., said the levy would fail.")).toEqual([
      ["the levy would fail", "Sen. Ana Ruiz"],
    ]);
  });
});
