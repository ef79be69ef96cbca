// Reported speech: the account, feed or channel a post went out on is where it was said, not what was
// said ("wrote on his feed that …"). Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a post's account, feed or channel is a setting", () => {
  it("reads the setting whole before the content", () => {
    expect(reportedCues(["Varga wrote on his Twitter feed that the council had lied."])).toEqual([
      "wrote: the council had lied",
    ]);
    expect(reportedCues(["The mayor said on her video channel that fares would fall."])).toEqual([
      "said: fares would fall",
    ]);
  });
});
