// Sources: a sentence's subject ends at its verb even when no list of verbs holds it: an -s form after
// a name with an object after it ("Mrs. Ruiz devotes much of …"), a clause verb before "that" after a
// name ("Mr. Ruiz forecast that …"), a form without -s after a quantifier that stands alone ("Some seek
// to …"). A noun after a name or a quantifier stays in the phrase. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples } from "./helpers.js";

describe("a subject that ends at a verb no list holds", () => {
  it("ends before an -s verb after a name", () => {
    expect(
      reportedTriples([
        "Mrs. Ruiz devotes much of her speech to praising the pilots, and argues that the port must grow.",
      ]),
    ).toContainEqual(["the port must grow", "Mrs. Ruiz", "argues"]);
  });

  it("ends before a clause verb and its 'that' after a name", () => {
    expect(reportedTriples(["Mr. Ruiz forecast that the port would grow and praised the pilots."])).toContainEqual([
      "the pilots",
      "Mr. Ruiz",
      "praised",
    ]);
  });

  it("ends before a verb after a quantifier standing alone", () => {
    expect(reportedTriples(["Some seek to be left off the list and argue that the fees are too high."])).toEqual([
      ["the fees are too high", "Some", "argue"],
    ]);
  });

  it("keeps a noun after a name or a quantifier", () => {
    expect(reportedTriples(["Mr. Ruiz's aides said the port would grow."])).toEqual([
      ["the port would grow", "Mr. Ruiz's aides", "said"],
    ]);
    expect(reportedTriples(["Ruiz aides say the port would grow."])).toEqual([
      ["the port would grow", "Ruiz aides", "say"],
    ]);
    expect(reportedTriples(["Some officials said the port would grow."])).toEqual([
      ["the port would grow", "Some officials", "said"],
    ]);
  });
});
