// Reported speech: a web address in a content opens the link or the byline of an embedded post, and the
// content ends before it. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a web address in the content", () => {
  it("ends the content before an address with its scheme", () => {
    expect(
      reportedCues(["Ruiz wrote that the pier is safe https://example.org/pier — Ana Ruiz (@ruiz) May 2"]),
    ).toEqual(["wrote: the pier is safe"]);
  });

  it("ends the content before an address without its scheme", () => {
    expect(reportedCues(["Varga told reporters the ferry runs again pic.twitter.com/abc123"])).toEqual([
      "told: the ferry runs again",
    ]);
    expect(reportedCues(["Varga said the ferry runs again, www.ferries.example has the times."])).toEqual([
      "said: the ferry runs again",
    ]);
  });

  it("leaves a content with a colon and a word after it alone", () => {
    expect(reportedCues(["Varga said the rule is simple: http traffic is blocked at the port."])).toEqual([
      "said: the rule is simple: http traffic is blocked at the port",
    ]);
  });
});
