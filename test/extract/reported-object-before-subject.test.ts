// Reported speech: a cue's object may stand before its subject with no relative pronoun ("the three odd
// claims the harbour master had made", "a levy the council said was dead"); the source is the subject,
// the phrase an article or a possessive opens after the object's noun. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples } from "./helpers.js";

describe("reported speech: an object before the cue's subject", () => {
  it("reads the subject after the object's noun as the source", () => {
    expect(reportedTriples(["We listed five odd things the harbour master had said about the ferries."])).toEqual([
      ["about the ferries", "the harbour master", "said"],
    ]);
    expect(reportedTriples(["It was a levy the council said was dead."])).toEqual([
      ["was dead", "the council", "said"],
    ]);
  });

  it("keeps a phrase with a preposition, a name or a participle whole", () => {
    expect(reportedTriples(["Crews along the harbour said the ferry was late."])).toEqual([
      ["the ferry was late", "Crews along the harbour", "said"],
    ]);
    expect(reportedTriples(["Pilots backing the plan said the runway was safe."])).toEqual([
      ["the runway was safe", "Pilots backing the plan", "said"],
    ]);
  });
});
