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

describe("reported speech: an opening question that ends with a quoted phrase", () => {
  it("ends the question at the quote's comma and reads the answer's statement after it", () => {
    const found = reported([
      "Asked whether Varga “is fit to run the port,” most dockers said yes, but many owners say no.",
    ]);
    expect(found.map((x) => [x.cue, x.text])).toEqual([
      ["Asked", "whether Varga “is fit to run the port,”"],
      ["said", "yes"],
      ["say", "no"],
    ]);
    expect(found[1]).toMatchObject({ speakerMention: "most dockers" });
  });

  it("still reads a quote before its source as that source's quote when no question opens the sentence", () => {
    const found = reported(["“The port is fit to run,” most dockers said on Friday."]);
    expect(found).toEqual([]);
  });
});

describe("reported speech: 'her' before a noun after a listener cue is a possessive", () => {
  it("reads 'told her closest aides' as the listener, so the content before the source is what was said", () => {
    const found = reported(["The ferry will sail at dawn, Varga told her closest aides."]);
    expect(found.map((x) => [x.cue, x.text])).toEqual([["told", "The ferry will sail at dawn"]]);
  });

  it("keeps 'her' the listener before a clause of its own", () => {
    const found = reported(["Varga told her the ferry would sail at dawn."]);
    expect(found.map((x) => x.text)).toEqual(["the ferry would sail at dawn"]);
  });
});
