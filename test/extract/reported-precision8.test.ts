// Reported speech precision: a cue verb whose object names another sense of it (results, a share won,
// a price, an office held, people let in) reports no statement. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);
/** The first statement read from one paragraph: its text and the source as written. */
const first = (paragraph: string) => {
  const [r] = extractAttributions([paragraph], "en").reported;
  return [r.text, r.speakerMention];
};

describe("reported speech: an object that names another sense of the cue", () => {
  it("reads results, shares, prices, offices and admissions as no statement", () => {
    expect(texts(["The ferry line posted a record loss in the spring."])).toEqual([]);
    expect(texts(["Ana Ruiz claimed 52 percent of the vote in the harbour ward."])).toEqual([]);
    expect(texts(["The marina charged a $ 2,000 mooring fee last year."])).toEqual([]);
    expect(texts(["The Greens are defending three council seats in May."])).toEqual([]);
    expect(texts(["The town plans to admit more refugees next year."])).toEqual([]);
    expect(texts(["The council confirmed two judges for the harbour court."])).toEqual([]);
  });

  it("keeps the statement when a clause, not an object, follows the cue", () => {
    expect(texts(["Ana Ruiz claimed that 52 percent of the ward backed the pier."])).toEqual([
      "52 percent of the ward backed the pier",
    ]);
    expect(texts(["The mayor admitted the refugees had waited too long."])).toEqual([
      "the refugees had waited too long",
    ]);
  });
});

describe("reported speech: particles and received criticism", () => {
  it("reads a particle of another sense as no statement", () => {
    expect(texts(["The ferry line roared back in the summer months."])).toEqual([]);
    expect(texts(["Dozens of fans pressed against the gate of the quay."])).toEqual([]);
  });

  it("reads the that-clause after received criticism as what its source said", () => {
    expect(first("Ruiz has faced criticism from rivals that her pier plan was rushed.")).toEqual([
      "her pier plan was rushed",
      "rivals",
    ]);
  });

  it("reads the source past a focus word before 'from'", () => {
    expect(first("The levy drew criticism even from the harbour crews for its cost.")).toEqual([
      "The levy for its cost",
      "the harbour crews",
    ]);
  });
});
