// Reported speech boundaries (issue 9, helper edge4): relative clauses set off by commas. Invented
// sentences, one rule per test, each with the case the rule leaves alone; text, speaker and spans.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const texts = (paragraphs: string[]) => reported(paragraphs).map((r) => r.text);
/** The text each span of an item points at, in one paragraph. */
const spanned = (paragraph: string, pieces: readonly { start: number; end: number }[]) =>
  pieces.map(({ start, end }) => paragraph.slice(start, end)).join(" ");

describe("reported speech: a relative clause on a cue's object", () => {
  it("ends an object content before ', which …': the reporter describes the object", () => {
    const p = "Mayor Ana Ruiz criticized the report, which the Harbour Gazette ran on Friday.";
    const [r] = reported([p]);
    expect(r).toMatchObject({ text: "the report", cue: "criticized", speaker: "Ana Ruiz" });
    expect(spanned(p, r.pieces)).toBe("the report");
    expect(texts(["The union endorsed the ferry levy, which the council passed in May."])).toEqual(["the ferry levy"]);
  });

  it("keeps a clause content whole, and an object with no comma before its relative", () => {
    expect(texts(["Ruiz said the crews rebuilt the pier, which the storm had wrecked."])).toEqual([
      "the crews rebuilt the pier, which the storm had wrecked",
    ]);
    expect(texts(["The union endorsed the levy which the council passed in May."])).toEqual([
      "the levy which the council passed in May",
    ]);
  });
});

describe("reported speech: a relative clause closed by a comma inside a clause content", () => {
  it("goes on past ', which …,' or ', who …,' when a verb follows the closing comma", () => {
    const p = "Tom Varga said the levy, which the council passed in May, will pay for the pier.";
    const [r] = reported([p]);
    expect(r).toMatchObject({ text: "the levy, which the council passed in May, will pay for the pier" });
    expect(r.speaker).toBe("Tom Varga");
    expect(spanned(p, r.pieces)).toBe(r.text);
    expect(
      texts(["Varga said it was no surprise Marsh, who had run the harbour for years, won the vote easily."]),
    ).toEqual(["it was no surprise Marsh, who had run the harbour for years, won the vote easily"]);
  });

  it("still ends before ', who …' when no verb follows the clause", () => {
    expect(texts(["Varga said he had met Marsh, who runs the harbour, at the pier."])).toEqual(["he had met Marsh"]);
  });
});

describe("reported speech: adverbs between a cue and its preposition", () => {
  it("reads 'complained bitterly about' as the cue, the topic as the content", () => {
    const p = "Tom Varga complained bitterly about the new harbour toll.";
    const [r] = reported([p]);
    expect(r).toMatchObject({ text: "the new harbour toll", cue: "complained bitterly about", speaker: "Tom Varga" });
    expect(spanned(p, r.pieces)).toBe("the new harbour toll");
    expect(texts(["Ruiz called upon the council to mend the pier."])).toEqual(["the council to mend the pier"]);
  });

  it("reads no particle past a phrase that is not an adverb", () => {
    expect(reported(["Varga complained bitterly on Friday about the toll."]).map((r) => [r.text, r.cue])).toEqual([
      ["about the toll", "complained"],
    ]);
  });
});
