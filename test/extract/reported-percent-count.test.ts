// Reported speech: a count written with a percent sign opens a statement of its own after a comma or
// "and" (", 32% say …"), as "32 percent say" does. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a percent count opens a second statement", () => {
  it("ends the first content before ', 32% say'", () => {
    expect(reportedCues(["On the ferries, 42% say the fares are fair, 32% say they are too high."])).toEqual([
      "say: the fares are fair",
      "say: they are too high",
    ]);
  });

  it("ends the first content before ', and 32% said'", () => {
    expect(reportedCues(["In the poll, 42% said the pier was safe, and 32% said it was not."])).toEqual([
      "said: the pier was safe",
      "said: it was not",
    ]);
  });
});
