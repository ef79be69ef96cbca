// Reported speech: a relative or indefinite pronoun before the source stands for the cue's object, and is
// the statement's content ("the tax, which Ruiz proposed", "something the minister denied"). Invented
// sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples as reported } from "./helpers.js";

describe("reported speech: a pronoun that stands for the cue's object", () => {
  it("reads a relative before the source as the content", () => {
    expect(reported(["Varga fought the pier levy, which the mayor denied on Friday."])).toEqual([
      ["which", "the mayor", "denied"],
    ]);
    expect(reported(["The crews backed Tom Hale, whom the mayor praised last week."])).toEqual([
      ["whom", "the mayor", "praised"],
    ]);
  });

  it("reads an indefinite pronoun or a free relative before the source as the content", () => {
    expect(reported(["The council wanted a new quay, something the minister denied in May."])).toEqual([
      ["something", "the minister", "denied"],
    ]);
    expect(reported(["The towns never got what the governor promised."])).toEqual([
      ["what", "the governor", "promised"],
    ]);
  });

  it("reads no content for a relative that a preposition took", () => {
    expect(reported(["The captain read the charges to which he admitted in court."])).toEqual([]);
  });

  it("still reads the clause a cue reports after a relative", () => {
    expect(reported(["The levy, which Ruiz said will start in May, is unpopular."])).toEqual([
      ["will start in May", "Ruiz", "said"],
    ]);
  });
});
