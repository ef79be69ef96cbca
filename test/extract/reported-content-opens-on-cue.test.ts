// Reported speech: a cue that takes no object inside a subject ("Pilots who cheered when she argued
// said …") reports nothing; what follows it opens on the sentence's own cue, whose content it
// is. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples } from "./helpers.js";

describe("a content that opens on the sentence's own cue", () => {
  it("is no content of the cue inside the subject", () => {
    expect(reportedTriples(["Pilots who cheered when she argued said the harbour would close."])).toEqual([
      ["the harbour would close", "Pilots", "said"],
    ]);
  });

  it("keeps a participle and its noun as a content", () => {
    expect(reportedTriples(["Ruiz cited published reports that the pier was unsafe."])).toContainEqual([
      "published reports that the pier was unsafe",
      "Ruiz",
      "cited",
    ]);
  });
});
