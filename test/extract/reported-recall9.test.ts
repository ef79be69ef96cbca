// Reported speech recall, ninth round: statements no rule found at all. Invented sentences, one rule
// per test, each with a near miss that must stay out.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;

describe("reported speech: a noun-like cue form as an infinitive before its clause", () => {
  it("reads 'to note that' and 'to claim that' after a governing verb as the cue", () => {
    const [r] = reported(["Ines Varga went on to note that the ferry had never run on time."]);
    expect(r).toMatchObject({ text: "the ferry had never run on time", speakerMention: "Ines Varga", cue: "note" });
    const [s] = reported(["The harbour board wanted to claim they had warned the crews."]);
    expect(s).toMatchObject({ text: "they had warned the crews", speakerMention: "The harbour board", cue: "claim" });
  });

  it("keeps a plural noun after 'to' a noun: no cue of its own", () => {
    const found = reported(["The mayor responded to claims that the ferry was late."]);
    expect(found.map((x) => x.cue)).not.toContain("claims");
  });
});
