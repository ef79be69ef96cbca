// Reported speech recall, seventh round: statements no rule found at all (no item overlapping them).
// Invented sentences, one rule per test, each with a near miss that must stay out.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const texts = (paragraphs: string[]) => reported(paragraphs).map((r) => r.text);

describe("reported speech: an inverted source whose title is followed by a name", () => {
  it("reads a title and a name with a middle initial after the cue as the source", () => {
    const paragraph = "The ferry line will close two piers next year, said the chief executive, Mark T. Brandle.";
    const [r] = reported([paragraph]);
    expect(r).toMatchObject({ text: "The ferry line will close two piers next year", cue: "said" });
    expect(r.speakerMention).toContain("the chief executive");
    expect(r.pieces.map((x) => paragraph.slice(x.start, x.end))).toEqual([
      "The ferry line will close two piers next year",
    ]);
  });

  it("leaves out a long unnamed phrase after the cue", () => {
    expect(
      texts(["The ferry line will close two piers, said the chief executive of the big harbour board, and then left."]),
    ).toEqual([]);
  });
});

describe("reported speech: a participle clause with a cue that opens its sentence", () => {
  it("reads the clause up to its comma as the content of the main clause's subject", () => {
    const paragraph = "After saying the old pier was unsafe, Mayor Ana Ruiz closed it to the public on Friday.";
    const [r] = reported([paragraph]);
    expect(r).toMatchObject({ text: "the old pier was unsafe", cue: "saying", speaker: "Ana Ruiz" });
    expect(r.pieces.map((x) => paragraph.slice(x.start, x.end))).toEqual(["the old pier was unsafe"]);
    expect(texts(["While calling the levy unfair, the council voted to keep it."])).toEqual(["the levy unfair"]);
  });

  it("leaves a participle clause alone when no opener word stands before it", () => {
    expect(reported(["Despite saying the pier was safe, Ruiz closed it."]).map((r) => r.speaker)).not.toContain("Ruiz");
  });
});
