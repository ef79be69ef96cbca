// Reported speech extent: "while", "before" or "after" and an -ing cue of speech join a second statement
// of the same source ("… on Friday before claiming that …"); the first content ends before them and the
// second is read on its own. A time word before an -ing verb that reports nothing stays in. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: a second statement as an -ing cue after a time word", () => {
  it("ends the first content before 'before claiming'", () => {
    expect(texts(["Ruiz said the levy was “dead” on Friday before claiming that the council had lied."])).toEqual([
      "the levy was “dead” on Friday",
      "the council had lied",
    ]);
  });

  it("ends the first content before 'while adding'", () => {
    expect(texts(["Varga insisted the pier was safe while adding that repairs would start soon."])).toContain(
      "the pier was safe",
    );
  });

  it("keeps an -ing verb that reports nothing", () => {
    expect(texts(["Varga said the crews rested while waiting for the tide."])).toEqual([
      "the crews rested while waiting for the tide",
    ]);
  });
});
