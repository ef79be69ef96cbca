// Reported speech: "continued to" and a cue verb's base form go on with a statement, even for base
// forms that are no cue alone ("to question", "to defend"); "defends" is a cue form. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a cue's base form after 'continued to'", () => {
  it("reads what follows as the content", () => {
    expect(reportedCues(["In a radio interview, Ruiz continued to question the mayor's record."])).toEqual([
      "question: the mayor's record",
    ]);
    expect(reportedCues(["Varga continues to defend the toll on the bridge."])).toEqual([
      "defend: the toll on the bridge",
    ]);
  });

  it("needs the continuing verb", () => {
    expect(reportedCues(["Ruiz went to the harbour to question the skippers."])).toEqual([]);
  });

  it("reads 'defends' as a cue", () => {
    expect(reportedCues(["Varga defends the new toll."])).toEqual(["defends: the new toll"]);
  });
});
