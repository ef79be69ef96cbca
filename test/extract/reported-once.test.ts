// Reported speech: a statement two rules read whole (the same content, source and cue) is given once, and a
// cue that goes on from an outer statement is not given a second source by a statement nested in it.
// Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const spans = (paragraphs: string[]) =>
  extractAttributions(paragraphs, "en").reported.map((r) => JSON.stringify([r.pieces, r.speakerAt, r.cueAt]));

describe("reported speech: one statement, one item", () => {
  it("gives no two items with the same content, source and cue", () => {
    for (const paragraph of [
      "Ruiz says she would sit the board down and tell it “no more delays” and tells the crowd she was the “first one” to say the pier must be rebuilt.",
      "Asked about the tolls, Ruiz’s office said she has taken no new fees since May and suggested that the bigger question is whether the board is wasting money.",
    ]) {
      const found = spans([paragraph]);
      expect(found.length).toBeGreaterThan(0);
      expect(new Set(found).size).toBe(found.length);
    }
  });

  it("reads a cue that goes on from two statements once, with the outer statement's source", () => {
    for (const [paragraph, source] of [
      [
        "Several senators complained about Ruiz vowing to stay in the race and said that they had run out of patience.",
        "Several senators",
      ],
      [
        "She went on that a clerk she met at the hearing said that the driver had confessed, and asked why he would lie.",
        "She",
      ],
      [
        "The harbour master said on Monday that the pier would reopen by May and suggested that the fees would rise.",
        "The harbour master",
      ],
    ]) {
      const said = extractAttributions([paragraph], "en").reported.filter(
        (r) =>
          /^(?:said|asked|suggested)$/.test(r.cue ?? "") && r.cueAt && r.cueAt.start > paragraph.lastIndexOf(" and "),
      );
      expect(said.map((r) => r.speakerMention)).toEqual([source]);
    }
  });
});
