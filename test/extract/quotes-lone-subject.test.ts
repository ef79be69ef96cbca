// A pronoun source ("…, she says") does not take its sentence's opening word as a person when that word
// is a capitalised common noun the story names nowhere else ("Prices have risen, she says"). Invented
// sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const speakers = (paragraphs: string[]) =>
  extractAttributions(paragraphs).reported.map((f) => [f.speakerMention, f.speaker]);

describe("a pronoun after a sentence-opening common noun", () => {
  it("resolves to the person named before, not to the opening word", () => {
    expect(
      speakers([
        "The baker Ana Ruiz opened her shop on the square in 1998.",
        "Prices have risen over the years, she says, especially for flour.",
      ]),
    ).toEqual([["she", "Ana Ruiz"]]);
  });

  it("still resolves to a subject of two words the story does not list", () => {
    expect(speakers(["Marta Quiroga has run the port for years, and she will stay, she said."])).toEqual([
      ["she", "Marta Quiroga"],
    ]);
  });
});
