// Reported speech: in a subordinate clause ("While Ruiz said …, the council …"), a quote that ends in a
// comma closes the clause as a comma does, and the main clause after it is the reporter's. Invented
// sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a quote with a comma closes a subordinate clause", () => {
  it("ends the content after the quote", () => {
    expect(
      reportedCues(['Though Ruiz says the levy is "fair to everyone," the harbour crews have gone on strike.']),
    ).toEqual(['says: the levy is "fair to everyone,"']);
  });

  it("goes on past such a quote in a main clause", () => {
    expect(reportedCues(['Ruiz says the levy is "fair to everyone," and the crews will pay it too.'])).toEqual([
      'says: the levy is "fair to everyone," and the crews will pay it too',
    ]);
  });
});
