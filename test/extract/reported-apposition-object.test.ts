// Reported speech: a noun set in apposition to a clause and taken up as a cue's object after it ("…, a
// plan the mayor has criticized", "…, a move criticized by the union") is what was said or spoken of;
// the clause before it is the reporter's. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples } from "./helpers.js";

describe("reported speech: an apposition that is a cue's object", () => {
  it("reads the noun as the content and the clause's subject as the source", () => {
    expect(
      reportedTriples(["The ferry board now leans on harbour fees, an arrangement the union has criticized."]),
    ).toEqual([["an arrangement", "the union", "criticized"]]);
  });

  it("reads a relative 'that' and an adverb after the cue", () => {
    expect(
      reportedTriples([
        "The crews were paid late all winter, a charge that the port office strongly denied on Friday.",
      ]),
    ).toEqual([["a charge", "the port office", "denied"]]);
  });

  it("reads a pronoun subject after a dash", () => {
    expect(reportedTriples(["His brother sails for the navy — a fact he often mentions at rallies."])).toEqual([
      ["a fact", "he", "mentions"],
    ]);
  });

  it("reads the agent of a passive participle as the source", () => {
    expect(
      reportedTriples(["The town let the pier rot for years, a practice criticized by the harbour guild."]),
    ).toEqual([["a practice", "the harbour guild", "criticized"]]);
  });

  it("leaves a source that names a person alone", () => {
    expect(reportedTriples(["The pier will close in May, a spokeswoman Ana Ruiz said."])).toEqual([
      ["The pier will close in May", "Ana Ruiz", "said"],
    ]);
    expect(reportedTriples(["The pier will close in May, a source familiar with the talks said."])).toEqual([
      ["The pier will close in May", "a source familiar with the talks", "said"],
    ]);
  });

  it("leaves a cue that has an object of its own alone", () => {
    expect(
      reportedTriples(["The pier will close, a move the mayor said would hurt trade."]).map((r) => r[0]),
    ).not.toContain("a move");
  });
});
