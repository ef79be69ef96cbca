// Speakers: a nominal source ends at a dash when what follows the dash is an aside or the next
// clause ("Local fishermen — whose boats sat idle — have said"), and runs on when it joins a second
// source ("the union — and some staff —"). Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (text: string) => extractAttributions([text], "en").reported.map((r) => [r.text, r.speakerMention]);

describe("speakers: a nominal source and a dash", () => {
  it("ends the source before an aside opened by a relative", () => {
    expect(reported("Local fishermen -- whose boats sat idle all week -- have said the pier is unsafe.")).toEqual([
      ["the pier is unsafe", "Local fishermen"],
    ]);
  });

  it("keeps a second source joined after the dash", () => {
    expect(reported("The pilots' union — and some harbour staff — said the pier is unsafe.")).toEqual([
      ["the pier is unsafe", "The pilots' union — and some harbour staff"],
    ]);
  });
});
