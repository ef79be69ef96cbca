// An -ing form right after "have", "has" or "had" is a noun or a gerund ("have admitting privileges",
// "had meetings"), never a reporting cue; "has been saying" still reports.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";
import { reportedTexts } from "./helpers.js";

describe("an -ing form after have/has/had", () => {
  it("does not make the clause's subject the speaker of the next quote", () => {
    const quotes = extractQuotes([
      "Ana Ruiz also spoke about the case before the court. (The law requires that doctors at clinics have admitting privileges at local hospitals.)",
      "“This law is a trap. It ends a right for women.”",
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Ana Ruiz"]);
    const reported = reportedTexts(["The law requires that doctors have admitting privileges at local hospitals."]);
    expect(reported.filter((t) => t.startsWith("privileges"))).toEqual([]);
  });

  it("keeps a progressive after 'been' as a cue", () => {
    const quotes = extractQuotes(["Tom Berg has been saying for weeks that the pier is “a danger to everyone.”"]);
    expect(quotes.map((q) => [q.speaker, q.cue])).toEqual([["Tom Berg", "saying"]]);
  });
});
