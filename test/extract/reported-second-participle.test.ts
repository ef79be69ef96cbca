// Reported speech: after a participle cue ("recalling …"), "and" before another participle opens the
// source's next act, not what was said ("and detailing her work"); a participle of a speech verb with no
// cue form goes on ("pleading … and begging …"), and so does one paired with a participle in the content.
// Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a second participle after a participle cue", () => {
  it("ends the content before the source's next act", () => {
    expect(
      reportedCues([
        "The mayor spoke for an hour, recalling her visits to the harbour and detailing her work at the ferry office.",
      ]),
    ).toEqual(["recalling: her visits to the harbour"]);
  });

  it("goes on with a speech verb's participle", () => {
    expect(
      reportedCues([
        "The mayor stood on the pier, pleading with the crews to stay and begging the council to pay them.",
      ]),
    ).toEqual(["pleading: with the crews to stay and begging the council to pay them"]);
  });

  it("goes on with a participle paired with one in the content", () => {
    expect(
      reportedCues([
        "The mayor spoke for an hour, urging the council to act while also cutting the fares and keeping the pier open.",
      ]),
    ).toEqual(["urging: the council to act while also cutting the fares and keeping the pier open"]);
  });
});
