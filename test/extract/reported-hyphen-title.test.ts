// Sentences: a title's period after a hyphen ("then-Sen. Ruiz", "ex-Gov. Varga") ends no sentence, so a
// reported content runs past it. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("a title after a hyphen", () => {
  it("keeps 'then-Sen.' inside the content", () => {
    expect(
      reportedCues(["Ruiz argued the gap between Varga and then-Sen. Ana Lopez was narrower than it is now."]),
    ).toEqual(["argued: the gap between Varga and then-Sen. Ana Lopez was narrower than it is now"]);
  });

  it("still ends a sentence at a hyphenated word that is no title", () => {
    expect(reportedCues(["Ruiz said the ferry was well-run. Varga said it was not."])).toEqual([
      "said: the ferry was well-run",
      "said: it was not",
    ]);
  });
});
