// Reported speech: a listener named by a possessive outlet and its programme ("told CBS's Morning show")
// is read whole, so the programme's noun does not open the content. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a possessive outlet's programme is the listener", () => {
  it("reads the programme noun as part of the listener", () => {
    expect(reportedCues(["Ana Ruiz told Harbour Radio's Evening show the council would borrow less."])).toEqual([
      "told: the council would borrow less",
    ]);
  });

  it("gives no content of the programme noun when an adverbial clause follows", () => {
    expect(
      reportedCues(["Ana Ruiz told Harbour Radio's Evening show when asked about the budget."]),
    ).not.toContainEqual(expect.stringMatching(/^told: show/));
  });

  it("keeps a lower-case content after a name that is not possessive", () => {
    expect(reportedCues(["Ana Ruiz told Tomas Varga reporters would be barred."])).toEqual([
      "told: reporters would be barred",
    ]);
  });
});
