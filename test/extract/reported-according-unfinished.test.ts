// Reported speech: "…, according to X, …" in mid-sentence. When the words before the phrase are no whole
// statement (no verb yet, or a clause cut after "because" or "after"), what follows the source's comma
// goes on with them. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples } from "./helpers.js";

describe("reported speech: 'according to' inside an unfinished content", () => {
  it("goes on after a content with no verb yet", () => {
    expect(
      reportedTriples(["The harbour authority receives, according to one audit, four million visitors a year."]),
    ).toEqual([["The harbour authority receives four million visitors a year", "one audit", "according to"]]);
  });

  it("goes on after an opening phrase with no verb", () => {
    expect(reportedTriples(["Over the long term, according to the harbour office, the tolls will rise."])).toEqual([
      ["Over the long term the tolls will rise", "the harbour office", "according to"],
    ]);
  });

  it("goes on after a clause cut at 'because'", () => {
    expect(
      reportedTriples(["The ferry stopped running because, according to Ruiz, the crews had not been paid."]),
    ).toEqual([["The ferry stopped running because the crews had not been paid", "Ruiz", "according to"]]);
  });

  it("still ends a whole clause before the source", () => {
    expect(reportedTriples(["The ferry stopped running in May, according to Ruiz, a harbour pilot."])).toEqual([
      ["The ferry stopped running in May", "Ruiz", "according to"],
    ]);
  });
});
