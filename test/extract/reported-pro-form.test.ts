// Reported speech: a content that is only a pro-form ("said so", "said it", "said as much") ends before
// the time or the place after it, the reporter's setting of the cue. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples as reported } from "./helpers.js";

describe("reported speech: a pro-form before a time or a place", () => {
  it("ends the content after the pro-form", () => {
    expect(reported(["Ruiz said as much on Monday in Leith."])).toEqual([["as much", "Ruiz", "said"]]);
    expect(reported(["Half the dockers said so in the last survey."])).toEqual([["so", "Half the dockers", "said"]]);
    expect(reported(["Varga repeated it yesterday."])).toEqual([["it", "Varga", "repeated"]]);
  });

  it("keeps a clause that opens with the same word", () => {
    expect(reported(["Ruiz said it was safe in winter."])).toEqual([["it was safe in winter", "Ruiz", "said"]]);
  });
});
