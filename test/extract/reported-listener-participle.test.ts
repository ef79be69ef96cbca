// Reported speech: after an "urge"-like cue, a noun phrase that a comma and a participle cue follow is
// what was urged, not a listener ("urged a firm stand, saying …"). Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a phrase before a participle cue is no listener", () => {
  it("keeps the phrase as the content", () => {
    expect(
      reportedCues(["Ana Ruiz urged a firm stand, saying that otherwise the board would ignore the crews."]),
    ).toEqual(["urged: a firm stand", "saying: otherwise the board would ignore the crews"]);
  });

  it("still reads a listener before an aside and an infinitive", () => {
    expect(reportedCues(["Ana Ruiz urged the board, in a letter, to act."])).toEqual(["urged: to act"]);
  });
});
