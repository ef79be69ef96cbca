// Reported speech: ", something X has denied" after a content is the reporter's comment on the whole
// statement, and ends its content. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a comment on the whole statement ends its content", () => {
  it("ends the content before ', something Vale has denied'", () => {
    expect(
      reportedCues(["Some officials have accused Vale of planning the closure, something Vale has denied."]),
    ).toContain("accused: Vale of planning the closure");
    expect(reportedCues(["Ruiz said crews would work on Sundays, something many are not allowed to do."])).toEqual([
      "said: crews would work on Sundays",
    ]);
  });

  it("goes on when the pronoun opens a clause of the content's own", () => {
    expect(reportedCues(["Ruiz said the crews had tried everything, nothing would move the ship."])).toEqual([
      "said: the crews had tried everything, nothing would move the ship",
    ]);
  });
});
