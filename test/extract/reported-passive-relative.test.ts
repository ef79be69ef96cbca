// Reported speech (issue 9, helper ends2): a passive cue with a "by" agent whose subject is a "which" set
// off by a comma: the agent is the source and "which" the content. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const statements = (paragraph: string) =>
  extractAttributions([paragraph], "en").reported.map((r) => [r.text, r.speakerMention ?? null]);

describe("reported speech: a relative 'which' as the subject of a passive cue with an agent", () => {
  it("reads the agent after 'by' as the source, not 'which'", () => {
    expect(statements("Ruiz criticised the levy, which was then denounced by the unions for its cost.")).toEqual([
      ["the levy", "Ruiz"],
      ["which", "the unions"],
    ]);
  });
  it("leaves a 'which' with no comma before it alone", () => {
    const out = statements("The report which was first published by the Gazette drew little notice.");
    expect(out.some(([text]) => text === "which")).toBe(false);
  });
});
