// Reported speech: a noun-phrase content ends before "and" and a second verb of the source's ("denied
// the charges and accused …"); an infinitive's verb phrase and a clause go on. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a noun phrase before the source's second verb", () => {
  it("ends a noun phrase before 'and' and a verb", () => {
    expect(reportedCues(["The mayor denied the charges and accused the newspaper of libel."])).toEqual([
      "denied: the charges",
      "accused: the newspaper of libel",
    ]);
  });

  it("keeps a noun phrase that 'and' goes on with", () => {
    expect(reportedCues(["The mayor denied the charges against the crews and the union."])).toEqual([
      "denied: the charges against the crews and the union",
    ]);
  });

  it("keeps an infinitive's second verb", () => {
    expect(reportedCues(["Ruiz vowed not to give up the seat and fought on for a week."])).toEqual([
      "vowed: not to give up the seat and fought on for a week",
    ]);
  });

  it("keeps a clause's second verb", () => {
    expect(reportedCues(["Ruiz denied the pier was unsafe and closed it anyway."])).toEqual([
      "denied: the pier was unsafe and closed it anyway",
    ]);
  });
});
