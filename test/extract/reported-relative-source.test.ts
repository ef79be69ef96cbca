// Reported speech: the source of a cue after a long subject is the subject's head noun, not a noun inside
// the relative clause on it: a title in a clause of its own inside that relative clause ("whose firm failed
// while she was harbour master"), or the object of a relative clause with no pronoun ("a pilot she met in
// Lyon"). Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples } from "./helpers.js";

describe("reported speech: a source before a relative clause", () => {
  it("reads past a clause with its own verb inside the relative clause", () => {
    expect(
      reportedTriples(["The clerk whose ledger vanished while she was harbour master said the fees were paid."]),
    ).toEqual([["the fees were paid", "The clerk", "said"]]);
  });

  it("still gives a cue inside the relative clause its own subject", () => {
    const got = reportedTriples(["Pilots who grew angry when he shouted said the runway was closed."]);
    expect(got).toContainEqual(["the runway was closed", "Pilots", "said"]);
  });

  it("reads past a cue that is the verb of a clause inside the relative clause", () => {
    // ("shouted at the crew": the inner clause's own verb is a cue, and the phrase before "said" is its object)
    const got = reportedTriples(["Pilots who grew angry when he shouted at the crew said the runway was closed."]);
    expect(got).toContainEqual(["the runway was closed", "Pilots", "said"]);
    expect(got.some(([, source]) => source === "the crew")).toBe(false);
  });

  it("reads past a relative clause with no pronoun of its own", () => {
    expect(reportedTriples(["A pilot she met in Lyon said the runway was closed."])).toEqual([
      ["the runway was closed", "A pilot", "said"],
    ]);
    expect(reportedTriples(["The engineer they hired in May told the board the pier was safe."])).toEqual([
      ["the pier was safe", "The engineer", "told"],
    ]);
  });

  it("keeps a pronoun right before the cue as its source", () => {
    expect(reportedTriples(["In the speech she gave on Friday she said the runway was closed."])).toEqual([
      ["the runway was closed", "she", "said"],
    ]);
  });
});
