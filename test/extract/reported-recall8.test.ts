// Reported speech recall, eighth round: a sentence after ". (", a final cue before a quoted title or a
// dash, and "as" clauses with auxiliaries or "point out". Invented sentences, each with a near miss.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const texts = (paragraphs: string[]) => reported(paragraphs).map((r) => r.text);

describe("sentences: a period then an opening parenthesis ends the sentence", () => {
  it("reads the statement before the parenthesis on its own", () => {
    expect(
      texts(["The ferry will stop in May, Ruiz said. (The harbour board meets on Friday to vote on the levy.)"]),
    ).toEqual(["The ferry will stop in May"]);
  });

  it("keeps an abbreviation before a parenthesis inside its sentence", () => {
    expect(texts(["Ruiz said the U.S. (and Canada) would pay for the pier."])).toEqual([
      "the U.S. (and Canada) would pay for the pier",
    ]);
  });
});

describe("reported speech: a final cue followed by a place with a quoted title or a dash", () => {
  it("reads the content before a cue whose place names a show in quotes", () => {
    const [r] = reported(['The ferry will stop running in May, Ruiz said on "Harbour Hour."']);
    expect(r).toMatchObject({ text: "The ferry will stop running in May", cue: "said" });
  });

  it("reads the content before a cue whose place ends at a dash", () => {
    const [r] = reported(["The ferry will stop running in May, Ruiz said at a rally — a sign of the levy's end."]);
    expect(r).toMatchObject({ text: "The ferry will stop running in May", cue: "said" });
  });

  it("leaves out a quoted place that does not end the sentence", () => {
    expect(
      texts(['The ferry will stop, Ruiz said on "Harbour Hour" and then she walked out of the studio.']),
    ).not.toContain("The ferry will stop");
  });
});

describe("reported speech: an 'as' clause with an auxiliary, an adverb or 'point out'", () => {
  it("reads the source past the auxiliary and the adverb before the cue", () => {
    const [r] = reported(["The figures changed over the winter, as Ruiz has sometimes acknowledged."]);
    expect(r).toMatchObject({ text: "The figures changed over the winter", cue: "acknowledged", speaker: "Ruiz" });
  });

  it("reads 'point out' in the present as the cue of an 'as' clause", () => {
    const [r] = reported(["Raising the levy also carries risks, as harbour pilots point out."]);
    expect(r).toMatchObject({ text: "Raising the levy also carries risks", cue: "point out" });
  });

  it("leaves out an 'as' clause whose verb is no cue", () => {
    expect(texts(["The figures changed over the winter, as Ruiz has sometimes hoped."])).toEqual([]);
  });
});

describe("reported speech: an aside set off by commas right after 'that'", () => {
  it("reads the content from the aside on", () => {
    expect(texts(["The pilots argue that, while the levy may cut fares, crews will not see the savings."])).toEqual([
      "while the levy may cut fares, crews will not see the savings",
    ]);
  });

  it("leaves out an adverbial clause after a cue with no 'that'", () => {
    expect(texts(["The pilots argued while the crews waited on the quay."])).toEqual([]);
  });
});
