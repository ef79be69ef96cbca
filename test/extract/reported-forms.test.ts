// Reported speech: every written form of a cue verb the lexicon knows, not only its past tense.
// Invented sentences; each rule with a near miss that must stay out.
import { describe, expect, it } from "vitest";
import { cueLemma } from "../../src/extract/quotes/cues.js";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;

describe("cue verb forms: present, bare and -ing forms of known cues", () => {
  it("knows the third person and the -ing form of a cue it has in the past tense", () => {
    for (const form of ["dismisses", "implying", "endorses", "applauds", "recommends", "crediting", "disputing"])
      expect(cueLemma(form), form).toBeDefined();
  });

  it("reads a statement after a present-tense cue", () => {
    const [r] = reported(["The harbour chief dismisses claims that the new pier is unsafe."]);
    expect(r).toMatchObject({ cue: "dismisses", speakerMention: "The harbour chief" });
    expect(r.text).toContain("the new pier is unsafe");
  });

  it("reads a statement after an -ing cue that shares its clause's subject", () => {
    const [r] = reported([
      "Ruiz questioned the toll plan on Monday, implying that the ferry board had misled the town.",
    ]).filter((x) => x.cue === "implying");
    expect(r).toMatchObject({ text: "the ferry board had misled the town" });
  });

  it("leaves out forms measured to name an act rather than report a statement", () => {
    for (const form of ["defend", "endorse", "highlight", "continue", "attacks", "emails", "herald"])
      expect(cueLemma(form), form).toBeUndefined();
    expect(reported(["The unions will continue to fight the board on wages."])).toEqual([]);
  });
});
