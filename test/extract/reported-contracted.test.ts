// Reported speech: a subject pronoun with a contracted verb ("They've suggested", "He's comparing … and
// says") is the source on its own, not the phrase that starts with it. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (text: string) =>
  extractAttributions([text], "en").reported.map((r) => [
    r.text,
    r.speakerMention,
    [r.speakerAt?.start, r.speakerAt?.end],
  ]);

describe("reported speech: a pronoun with a contracted verb", () => {
  it("keeps the pronoun, not the contraction or what follows it", () => {
    expect(reported("They've suggested that the pier is unsafe.")).toEqual([["the pier is unsafe", "They", [0, 4]]]);
    expect(reported("He’s comparing the ferry plan to the old one and says the fares are too high.")).toEqual([
      ["the fares are too high", "He", [0, 2]],
    ]);
    expect(reported("She's a ferry pilot but concedes that the pier is safe.")).toEqual([
      ["the pier is safe", "She", [0, 3]],
    ]);
  });

  it("leaves a possessive name or a plain pronoun as it was", () => {
    expect(reported("Varga's lawyer said the pier is safe.")).toEqual([
      ["the pier is safe", "Varga's lawyer", [0, 14]],
    ]);
    expect(reported("They said the pier is safe.")).toEqual([["the pier is safe", "They", [0, 4]]]);
  });
});
