// Reported speech: a relative clause after "…, according to X," is read on for statements of its own
// ("…, according to Salem, where officials have accused Vale of …"). Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a relative clause after 'according to X'", () => {
  it("reports the statement inside the relative clause too", () => {
    expect(
      reportedCues([
        "The closure has strained ties between the ports, according to Salem, where officials have accused Vale of planning it.",
      ]),
    ).toEqual(["according to: The closure has strained ties between the ports", "accused: Vale of planning it"]);
  });

  it("still ends the first content at the source", () => {
    expect(reportedCues(["Fares will rise, according to the board, which met on Monday."])).toEqual([
      "according to: Fares will rise",
    ]);
  });
});
