// Reported speech: a participle in the phrase a preposition opens a sentence with ("In a video posted to
// her account, …") reports nothing. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: an opening prepositional phrase with a participle", () => {
  it("gives the participle no statement, and leaves the sentence's own", () => {
    expect(reportedCues(["In a video posted to her page, Ana Ruiz said the ferry would run all winter."])).toEqual([
      "said: the ferry would run all winter",
    ]);
    expect(reportedCues(["With a memo issued on Monday, the harbour board said fares would rise."])).toEqual([
      "said: fares would rise",
    ]);
  });

  it("keeps a clause whose source is a name after the preposition's noun", () => {
    const found = reportedCues(["At the moment Ruiz announced her run, Varga said the race was over."]);
    expect(found).toContain("said: the race was over");
    expect(found).toContainEqual(expect.stringMatching(/^announced: her run/));
  });
});
