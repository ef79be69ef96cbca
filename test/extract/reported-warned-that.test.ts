// Reported speech: after a phrase, a comma and a source, a cue that names a listener ("warned", "told")
// and then "that" has its own content: the phrase before the source is not what was said. Invented
// sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: 'that' after a listener cue opens its content", () => {
  it("reports the clause after 'that', not the phrase before the source", () => {
    expect(reportedCues(["In a letter sent on Monday, the harbour board warned that fares would rise."])).toEqual([
      "warned: fares would rise",
    ]);
  });

  it("still reads a listener after the cue that closes a content", () => {
    expect(reportedCues(["The fares will rise, the harbour board warned the council."])).toEqual([
      "warned: The fares will rise",
    ]);
  });
});
