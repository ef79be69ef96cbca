import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const speakers = (paragraphs: string[]) => {
  const found = extractAttributions(paragraphs);
  return [...found.quotes, ...found.reported].map((f) => [f.speakerMention, f.speaker, f.speakerDescription]);
};

describe("a capitalised compound before a name ('Chilean-born', 'Lisbon-based') describes it", () => {
  it("gives a later mention the full name, not the name with its modifier", () => {
    expect(
      speakers([
        "Port chief Marta Quiroga docked the ferry on Monday.",
        "The Chilean-born Quiroga has worked the port since 2004.",
        '"The channel is safe," Quiroga said.',
      ]),
    ).toEqual([["Quiroga", "Marta Quiroga", "Port chief"]]);
  });

  it("takes a modifier of two words, and keeps it as the description of a full name", () => {
    expect(speakers(["The New Zealand-born Tom Varga runs the yard.", '"We build boats," Varga said.'])).toEqual([
      ["Varga", "Tom Varga", "New Zealand-born"],
    ]);
  });

  it("names a source after its modifier, which goes to the description", () => {
    expect(speakers(["Lisbon-based Ferrovia said on Monday that fares would rise in May."])).toEqual([
      ["Ferrovia", "Ferrovia", "Lisbon-based"],
    ]);
  });

  it("lists a name met only after a modifier under the name alone, for a later pronoun to stand for", () => {
    expect(
      speakers(["The Chilean-born Quiroga docked the ferry at noon.", '"The channel is safe," she said.']),
    ).toEqual([["she", "Quiroga", "Chilean-born"]]);
  });

  it("leaves a modifier deep inside a title-case headline alone", () => {
    const found = speakers([
      "Why The Mayor Still Sees Harbor-like Calm In Varga",
      'Tom Varga said the yard would stay open. "We are busy," he said.',
    ]);
    expect(found.every(([, speaker]) => speaker === "Tom Varga")).toBe(true);
  });
});
