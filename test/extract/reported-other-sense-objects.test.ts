// Reported speech: cue words in a sense that reports nothing. "boasts a lead" owns something, "snapped
// his picture" took a photo, and a participle after "to" qualifies the noun after it ("made it on to
// recommended lists"), since "to" before a participle is never an infinitive. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples } from "./helpers.js";

describe("reported speech: other senses of cue words", () => {
  it("reads no statement in a lead that is owned", () => {
    expect(reportedTriples(["The mayor boasts a roughly 20-point lead among harbour voters."])).toEqual([]);
  });

  it("reads no statement in a picture that was taken", () => {
    expect(reportedTriples(["Dozens of pilots snapped his picture at the pier."])).toEqual([]);
  });

  it("reads a participle after 'to' as the noun's qualifier", () => {
    expect(reportedTriples(["Three pilots made it on to recommended lists for the ferry board."])).toEqual([]);
  });

  it("still reads a boast that says something", () => {
    expect(reportedTriples(["The mayor boasted that the pier would reopen in May."])).toEqual([
      ["the pier would reopen in May", "The mayor", "boasted"],
    ]);
  });
});
