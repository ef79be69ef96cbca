// Reported speech: "was questioned about …" and "was pressed about …" name a question whose asker is
// not named, like "was asked about …": the topic after "about" is the content, not the subject who
// was asked. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: questioned or pressed about a topic", () => {
  it("reads the topic, not the subject", () => {
    expect(reportedCues(["Ruiz was questioned about the harbour dispute."])).toEqual([
      "questioned about: the harbour dispute",
    ]);
    expect(reportedCues(["When pressed about the tolls, Varga said nothing."])).toEqual([
      "pressed about: the tolls",
      "said: nothing",
    ]);
  });

  it("reads nothing from 'pressed on', whose subject was asked", () => {
    expect(reportedCues(["Ruiz was pressed on the tolls."])).toEqual([]);
  });
});
