// Reported speech: a cue's noun-phrase object ends before a comma and a second verb of the source's
// ("rejected the bid, ruled the port open"), and a clause ends before ", leading to …", the reporter's
// account of what followed. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: an object before a second verb", () => {
  it("ends an object before a comma and a verb", () => {
    expect(
      reportedCues(["The harbour board on Friday rejected both appeals, ruled the ferry lawful and adjourned."]),
    ).toEqual(["rejected: both appeals"]);
  });

  it("keeps a clause content past a comma and a verb", () => {
    expect(reportedCues(["Ruiz said the ferry that sank, listed in May, was old."])).toEqual([
      "said: the ferry that sank, listed in May, was old",
    ]);
  });
});

describe("reported speech: a result participle after the content", () => {
  it("ends the content before ', leading to'", () => {
    expect(reportedCues(["Varga announced the pier would close, leading to a rush of protests by the crews."])).toEqual(
      ["announced: the pier would close"],
    );
  });
});
