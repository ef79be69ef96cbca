// Reported speech: "press for", "presses for" and "pressing for" report what was called for; "the
// press for …" after a determiner is a noun and reports nothing. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: pressing for something", () => {
  it("reads what is pressed for", () => {
    expect(reportedCues(["The skippers will press for a new pier."])).toEqual(["press for: a new pier"]);
    expect(reportedCues(["Varga presses for a truce with the ferry company."])).toEqual([
      "presses for: a truce with the ferry company",
    ]);
  });

  it("reads nothing from the noun", () => {
    expect(reportedCues(["The press for a new pier grew all summer."])).toEqual([]);
  });
});
