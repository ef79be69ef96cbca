// Reported speech with an inverted source followed by a phrase of time or place: ", said Ana Ruiz on
// Tuesday." Invented sentences; the near misses keep a pronoun or a plain object after the cue out.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;

describe("reported speech: an inverted source, then a phrase of time or place", () => {
  it("reads a name after the cue with a day or a setting after it", () => {
    expect(reported(["The ferry will stop in May, said Tova Lindqvist on Tuesday."])[0]).toMatchObject({
      text: "The ferry will stop in May",
      speaker: "Tova Lindqvist",
      speakerMention: "Tova Lindqvist",
      cue: "said",
    });
    expect(reported(["The harbour fees will rise, said Lindqvist in a statement."])[0]).toMatchObject({
      text: "The harbour fees will rise",
      speakerMention: "Lindqvist",
    });
    expect(reported(["The harbour fees will rise, said the port authority in a statement."])[0]).toMatchObject({
      text: "The harbour fees will rise",
      speakerMention: "the port authority",
    });
  });

  it("reads a role before the name, in lower case", () => {
    expect(reported(["The ferry will stop in May, says economist Tova Lindqvist in Malmo."])[0]).toMatchObject({
      text: "The ferry will stop in May",
      speakerMention: "Tova Lindqvist",
    });
    expect(reported(["The fees will rise, said political scientist Ana Ruiz on Friday."])[0]).toMatchObject({
      text: "The fees will rise",
      speakerMention: "Ana Ruiz",
    });
  });

  it("keeps a cue with a pronoun or an object after it out", () => {
    // "posted her pledge to the club": the words after the cue are what was posted, not who posted it
    const posted = reported(["Mira Holt, a rower from the north, posted her pledge to the club."]);
    expect(posted.map((r) => r.speakerMention)).not.toContain("her pledge");
    expect(posted.map((r) => r.text)).not.toContain("Mira Holt, a rower from the north");
    // the phrase must close the sentence
    expect(reported(["The fees will rise, said Lindqvist in a statement that drew protests from crews."])).toEqual([]);
  });
});
