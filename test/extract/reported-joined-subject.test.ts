// Reported speech: "and" that joins a second name to the content's subject ("said both she and Ruiz
// promised …") opens no second statement; a clause that has its verb still ends there. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a subject joined by 'and'", () => {
  it("keeps 'both she and Varga promised …' whole", () => {
    // (the nested "promised" is read as a statement of its own as well)
    expect(reportedCues(["Ruiz said both she and Varga promised to mend the pier before the season."])).toContain(
      "said: both she and Varga promised to mend the pier before the season",
    );
  });

  it("keeps 'she and her crew warned …' whole", () => {
    expect(reportedCues(["Ortiz said she and her crew warned the harbour board about the storm."])).toContain(
      "said: she and her crew warned the harbour board about the storm",
    );
  });

  it("still ends a clause with a verb before 'and three-quarters said'", () => {
    expect(
      reportedCues(["In the survey, half said the pier was safe and three-quarters said the fares were fair."]),
    ).toEqual(["said: the pier was safe", "said: the fares were fair"]);
  });

  it("keeps a pronoun and a name joined by 'and' in the content", () => {
    expect(reportedCues(["The mayor said both she and Varga pledged to cut the fares."])[0]).toBe(
      "said: both she and Varga pledged to cut the fares",
    );
  });

  it("keeps two names joined by 'and' in the content", () => {
    expect(reportedCues(["The mayor said Ruiz and Varga agreed to the plan."])).toEqual([
      "said: Ruiz and Varga agreed to the plan",
    ]);
  });

  it("still ends a clause before another source's statement", () => {
    expect(reportedCues(["The mayor said the pier was safe and the union said it was not."])).toEqual([
      "said: the pier was safe",
      "said: it was not",
    ]);
  });
});
