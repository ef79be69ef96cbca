// Reported speech: a statement two rules read whole (the same content, source and cue) is given once.
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
});
