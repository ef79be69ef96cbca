// Reported speech: after "urge", "ask", "tell", "warn" and the like, a listener followed by an
// infinitive is that infinitive's subject, and the content holds both ("urged the council to act").
// A "that" clause after the listener leaves the listener out. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a listener that is the infinitive's subject", () => {
  it("keeps the listener before 'to' or 'not to'", () => {
    expect(reportedCues(["Ruiz asked the harbour board to close the pier."])).toEqual([
      "asked: the harbour board to close the pier",
    ]);
    expect(reportedCues(["The mayor told the skippers not to sail before noon."])).toEqual([
      "told: the skippers not to sail before noon",
    ]);
    expect(reportedCues(["Varga urged them to vote against the levy."])).toEqual([
      "urged: them to vote against the levy",
    ]);
  });

  it("leaves the listener out before a that-clause", () => {
    expect(reportedCues(["Ruiz told the skippers that the pier would close."])).toEqual(["told: the pier would close"]);
    expect(reportedCues(["Varga warned the crews that the tide was rising."])).toEqual(["warned: the tide was rising"]);
  });
});
