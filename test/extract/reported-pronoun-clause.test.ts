// Reported speech: ", and" before a personal pronoun the content has not used opens the reporter's own
// clause ("…, and he railed against …"); a pronoun the content used goes on with it. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a pronoun clause after ', and'", () => {
  it("ends the content before a pronoun it has not used", () => {
    expect(
      reportedCues(["The senator said the real danger is the harbour levy, and he then walked out of the hall."]),
    ).toEqual(["said: the real danger is the harbour levy"]);
  });

  it("goes on with a pronoun the content has used", () => {
    expect(reportedCues(["The crews said they want the pier rebuilt, and they have saved money for it."])).toEqual([
      "said: they want the pier rebuilt, and they have saved money for it",
    ]);
  });
});

describe("reported speech: a named clause after ', and'", () => {
  it("ends the content before a subject it has not named", () => {
    expect(
      reportedCues(["The mayor said the new rules are strict, and the harbour union has sued the city over them."]),
    ).toEqual(["said: the new rules are strict"]);
  });

  it("goes on with a subject the content has named", () => {
    expect(reportedCues(["The mayor said the levy will rise, and the levy will pay for the pier."])).toEqual([
      "said: the levy will rise, and the levy will pay for the pier",
    ]);
  });

  it("goes on with a second 'that' clause", () => {
    expect(reportedCues(["The mayor said the levy will rise, and that the crews will be paid."])).toEqual([
      "said: the levy will rise, and that the crews will be paid",
    ]);
  });
});
