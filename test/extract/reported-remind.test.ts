// Reported speech: "remind" is a cue that takes a listener, like "warn" or "assure": what the source
// reminded the listener of, or reminded them that, was said. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples } from "./helpers.js";

describe("reported speech: remind", () => {
  it("reads what follows the listener as the content", () => {
    expect(reportedTriples(["Ruiz reminded voters the levy would fail in the spring."])).toEqual([
      ["the levy would fail in the spring", "Ruiz", "reminded"],
    ]);
    expect(
      reportedTriples(["The harbour master reminded the council that the pier had been closed for a year."]),
    ).toEqual([["the pier had been closed for a year", "The harbour master", "reminded"]]);
  });

  it("reads what the listener is reminded of", () => {
    expect(reportedTriples(["Varga reminds the crews of the storm that closed the port in May."])).toEqual([
      ["the storm that closed the port in May", "Varga", "reminds"],
    ]);
  });
});
