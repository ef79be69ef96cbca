// Reported speech: a cue's object goes on past a time when the reason it was criticized or defended for
// follows ("blasted Ruiz on Monday over the tolls"); a time alone still ends it. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: an object's reason after a time", () => {
  it("goes on past the time to 'over' and the reason", () => {
    expect(reportedCues(["The union blasted the harbour board on Monday over its handling of the tolls."])).toEqual([
      "blasted: the harbour board on Monday over its handling of the tolls",
    ]);
  });

  it("goes on past a relative time to 'for' and the reason", () => {
    expect(reportedCues(["Ruiz defended herself last week for closing the pier early."])).toEqual([
      "defended: herself last week for closing the pier early",
    ]);
  });

  it("still ends the object at a time with no reason after it", () => {
    expect(reportedCues(["The union blasted the harbour board on Monday and left the hall."])).toEqual([
      "blasted: the harbour board",
    ]);
  });
});
