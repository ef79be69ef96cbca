// Reported speech: a listener named by a possessive outlet and its programme ("told CBS's Morning show")
// is read whole, so the programme's noun does not open the content. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const statements = (paragraphs: string[]) =>
  extractAttributions(paragraphs, "en").reported.map((r) => `${r.cue}: ${r.text}`);

describe("reported speech: a possessive outlet's programme is the listener", () => {
  it("reads the programme noun as part of the listener", () => {
    expect(statements(["Ana Ruiz told Harbour Radio's Evening show the council would borrow less."])).toEqual([
      "told: the council would borrow less",
    ]);
  });

  it("gives no content of the programme noun when an adverbial clause follows", () => {
    expect(statements(["Ana Ruiz told Harbour Radio's Evening show when asked about the budget."])).not.toContainEqual(
      expect.stringMatching(/^told: show/),
    );
  });

  it("keeps a lower-case content after a name that is not possessive", () => {
    expect(statements(["Ana Ruiz told Tomas Varga reporters would be barred."])).toEqual([
      "told: reporters would be barred",
    ]);
  });
});
