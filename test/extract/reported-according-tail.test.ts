// Reported speech: after "…, according to X," the content cut by the source goes on only with its verb
// or its object ("The levy, according to officials, would …"); an apposition, a participle or a place
// after a whole clause is the reporter's, about the source. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: what follows a mid-sentence 'according to X,'", () => {
  it("leaves out an apposition after a whole clause", () => {
    expect(
      reportedCues([
        "The ferry line lost money last winter, according to a filing by the harbour board, a body that rarely comments.",
      ]),
    ).toEqual(["according to: The ferry line lost money last winter"]);
  });

  it("leaves out a participle phrase after a whole clause", () => {
    expect(reportedCues(["The council approved the pier, according to the mayor, ending years of delay."])).toEqual([
      "according to: The council approved the pier",
    ]);
  });

  it("goes on with the verb of a subject the source cut", () => {
    expect(reportedCues(["The levy, according to officials, would raise the fares."])).toEqual([
      "according to: The levy would raise the fares",
    ]);
  });

  it("goes on with a second verb after 'and'", () => {
    expect(reportedCues(["The board cut its staff and, according to officials, adopted a new plan."])).toEqual([
      "according to: The board cut its staff and adopted a new plan",
    ]);
  });

  it("reads the clause after a colon as the content", () => {
    expect(
      reportedCues(["It did not go unnoticed: according to a survey, most riders want the pier rebuilt."]),
    ).toEqual(["according to: most riders want the pier rebuilt"]);
  });
});
