// Reported speech: an "as" clause set off by dashes inside a sentence ("The ad - as Ruiz noted in her
// column - promises …") vouches for the sentence around it; its cue has nothing said after it, so the
// words after the dash are no statement of the aside's source. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples } from "./helpers.js";

describe("reported speech: an 'as' aside set off by dashes", () => {
  it("reads no content after the aside's cue", () => {
    const out = reportedTriples([
      "The new ferry ad — as the columnist Ana Ruiz noted recently in the Gazette — promises to cut every toll.",
    ]);
    expect(out.filter(([, , cue]) => cue === "noted")).toEqual([]);
  });

  it("reads none after an aside opened by a comma and closed by a dash", () => {
    const out = reportedTriples(["The harbour reopened, as Varga said at the outset - and the crews came back."]);
    expect(out.filter(([, , cue]) => cue === "said")).toEqual([]);
  });

  it("still reads the clause after an aside closed by a comma", () => {
    expect(reportedTriples(["Later, as the Gazette reported on Friday, the pier will close for a year."])).toEqual([
      ["the pier will close for a year", "the Gazette", "reported"],
    ]);
  });
});
