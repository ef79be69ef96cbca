// Reported speech: a refusal after "and" or "but" is the source's next act and ends the content ("…
// but declined to name them"), unless the content's own verb shares its tense ("he blocked the road and
// refused to move"). Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a refusal after the content", () => {
  it("ends the content before 'but declined'", () => {
    expect(
      reportedCues(["The ferry line admitted that the crews have worked double shifts but declined to name them."]),
    ).toEqual(["admitted: the crews have worked double shifts"]);
  });

  it("ends the content before 'and refuses'", () => {
    expect(
      reportedCues(["Ruiz insists she will stay in the race until May and refuses to discuss her debts."]),
    ).toEqual(["insists: she will stay in the race until May"]);
  });

  it("keeps a refusal in the tense of the content's own verb", () => {
    expect(reportedCues(["The sheriff said the driver blocked the road and refused to move his truck."])).toEqual([
      "said: the driver blocked the road and refused to move his truck",
    ]);
  });
});
