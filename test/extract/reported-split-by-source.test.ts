// Reported speech cut in two by its attribution ("The plan, Ruiz said, is dead"): an adverb after the
// attribution's comma opens the rest of the content, and a phrase that only opens the sentence before
// the attribution is not what was said. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech cut by its attribution", () => {
  it("reads an adverb after the attribution's comma as the rest of the content", () => {
    expect(reportedCues(["Fares have risen over the years, she says, especially on the night ferries."])).toEqual([
      "says: Fares have risen over the years especially on the night ferries",
    ]);
    expect(reportedCues(["The two ports, Ruiz said, now share a single timetable."])).toEqual([
      "said: The two ports now share a single timetable",
    ]);
  });

  it("leaves out a phrase that only opens the sentence", () => {
    expect(reportedCues(["In the long run, many pilots say, the new channel will save fuel."])).toEqual([
      "say: the new channel will save fuel",
    ]);
  });

  it("keeps an opening phrase that is the subject of the rest's verb", () => {
    expect(reportedCues(["Dredging the channel too early, the pilots say, cost the port a season."])).toEqual([
      "say: Dredging the channel too early cost the port a season",
    ]);
  });
});
