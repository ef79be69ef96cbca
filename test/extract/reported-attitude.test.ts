// Reported speech: "express" reports an attitude. What the attitude is about, or the clause after
// "that", is the content ("expressed concern about the levy" reports "the levy"); an attitude with a
// determiner or with nothing after it is the content itself. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: an expressed attitude", () => {
  it("reads what the attitude is about", () => {
    expect(reportedCues(["Harbour pilots have expressed deep concern about the new toll."])).toEqual([
      "expressed: the new toll",
    ]);
    expect(reportedCues(["Ruiz expressed doubt that the levy would pass."])).toEqual([
      "expressed: the levy would pass",
    ]);
  });

  it("keeps a determined or bare attitude whole", () => {
    expect(reportedCues(["The skippers expressed their support for the mayor."])).toEqual([
      "expressed: their support for the mayor",
    ]);
    expect(reportedCues(["Varga expressed shock."])).toEqual(["expressed: shock"]);
  });
});
