// Reported speech: ", as" and an auxiliary after a content ("…, as has the mayor", ", as was the case
// with …") open the reporter's comparison, which ends the content. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: an elliptical comparison after the content", () => {
  it("ends the content before ', as has …'", () => {
    expect(reportedCues(["Ruiz said she will not back the levy, as has the mayor of the town."])).toEqual([
      "said: she will not back the levy",
    ]);
  });

  it("ends the content before ', as was the case …'", () => {
    expect(reportedCues(["Varga said the crews do not work at night, as was the case with the last storm."])).toEqual([
      "said: the crews do not work at night",
    ]);
  });

  it("keeps ', as' before a clause with its own subject in the content", () => {
    expect(reportedCues(["Varga said the crews will rest, as the storm is near."])).toEqual([
      "said: the crews will rest, as the storm is near",
    ]);
  });
});
