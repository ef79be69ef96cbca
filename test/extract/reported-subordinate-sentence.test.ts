// Reported speech: a sentence that opens with a subordinator ("So while the mayor assures …, the ferry
// company …") holds the statement in its subordinate clause, which ends at the comma before the main
// clause (not at an earlier comma inside a list). Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const contents = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: a statement in a sentence's subordinate clause", () => {
  it("ends the content before the main clause", () => {
    expect(
      contents([
        "So while the mayor and her aides assure the council that the pier will reopen in May, June or July, the ferry company is planning for a longer closure.",
      ]),
    ).toEqual(["the pier will reopen in May, June or July"]);
  });

  it("leaves a sentence with no subordinator alone", () => {
    expect(
      contents([
        "The mayor assures the council that the pier will reopen in May, the ferry company is planning for it.",
      ]),
    ).toEqual(["the pier will reopen in May, the ferry company is planning for it"]);
  });
});
