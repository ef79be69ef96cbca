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

describe("reported speech: a question put by a named asker after a passive 'asked'", () => {
  it("reads the asker after 'by' as the source and the question as the content", () => {
    const [r] = reported(["On the radio, Ruiz was asked by host Tom Varga whether the ferry would run again."]);
    expect(r).toMatchObject({ text: "whether the ferry would run again", cue: "asked", speaker: "Tom Varga" });
    const [q] = reported(['"Never," she said when asked by a reporter if she would stand again.']);
    expect(q).toMatchObject({ text: "if she would stand again", cue: "asked" });
    expect(q.speakerMention).toContain("a reporter");
  });

  it("reads no question when none follows the asker", () => {
    const found = texts(["The pilot was asked by the harbour board and by the crews."]);
    expect(found.filter((x) => x.includes("crews"))).toEqual([]);
  });
});

describe("reported speech: a question after a setting", () => {
  it("reads the question past the setting of an unnamed asking", () => {
    expect(texts(["Ruiz, who said so when asked in May if she would back the levy, left."])).toContain(
      "if she would back the levy",
    );
    expect(texts(["When asked at the harbour meeting about the levy, Ruiz walked out."])).toEqual(["the levy"]);
  });

  it("ends a passive question at the comma of its subordinate clause", () => {
    expect(texts(["But when pilots were asked who would run the ferry, the mayor led."])).toEqual([
      "who would run the ferry",
    ]);
  });

  it("leaves out a setting with no question after it", () => {
    expect(texts(["Ruiz was asked in May to the harbour for a talk."])).toEqual([]);
  });
});
