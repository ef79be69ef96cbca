// Reported speech: a multi-word cue led by a participle after a comma ("…, pointing to a win") reports
// what the sentence's subject said, as a one-word participle cue does (", citing …"). Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const statements = (paragraphs: string[]) =>
  extractAttributions(paragraphs, "en").reported.map((r) => `${r.speakerMention} ${r.cue}: ${r.text}`);

describe("reported speech: a participle phrase cue after a comma", () => {
  it("reads ', pointing to …' after a clause without a cue", () => {
    expect(statements(["Ruiz played down the loss, pointing to a big win in the north."])).toEqual([
      "Ruiz pointing to: a big win in the north",
    ]);
  });

  it("reads ', pointing out that …' after a clause without a cue", () => {
    expect(statements(["Varga shrugged off the vote, pointing out that the ferries still run."])).toEqual([
      "Varga pointing out: the ferries still run",
    ]);
  });
});
