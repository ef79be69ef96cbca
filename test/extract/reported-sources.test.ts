// Sources of reported speech: who a rule credits with a statement, and how much of the phrase it keeps.
// Invented sentences, one rule per test, each with a near miss that must stay as it was.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const pairs = (paragraphs: string[]) => reported(paragraphs).map((r) => [r.text, r.speakerMention ?? null]);

describe("reported speech: a question asked by someone named after 'by'", () => {
  it("credits the asker of an opening 'Asked by X whether …', not the person who answers", () => {
    expect(pairs(["Asked by anchor Lena Holt whether the ferry would run, the mayor said it would not."])).toEqual([
      ["whether the ferry would run", "Lena Holt"],
      ["it would not", "the mayor"],
    ]);
  });

  it("keeps a time phrase out of the asker and reads an infinitive as what was asked", () => {
    expect(pairs(["When asked by Holt on Monday about the tolls, Varga said nothing had changed."])[0]).toEqual([
      "about the tolls",
      "Holt",
    ]);
    expect(pairs(["Asked by the panel to explain the delay, Varga blamed the weather."])[0]).toEqual([
      "to explain the delay",
      "the panel",
    ]);
  });

  it("credits the asker of a passive 'was asked by X whether …' and of a trailing 'when asked by X if …'", () => {
    expect(pairs(["Varga was asked by host Ned Ames whether the levy was fair."])).toEqual([
      ["whether the levy was fair", "Ned Ames"],
    ]);
    expect(pairs(["The levy is fair, Varga said when asked by a reporter if it should stay."])).toContainEqual([
      "if it should stay",
      "a reporter",
    ]);
  });

  it("keeps a 'to' before a noun inside the asker's phrase", () => {
    expect(pairs(["Asked by a delegate to the summit whether talks would resume, Varga said yes."])[0]).toEqual([
      "whether talks would resume",
      "a delegate to the summit",
    ]);
  });

  it("leaves a question with no asker named to nobody", () => {
    expect(pairs(["Asked whether the ferry would run, the mayor said it would not."])[0]).toEqual([
      "whether the ferry would run",
      null,
    ]);
  });
});

describe("reported speech: an 'according to' source keeps the words that qualify it", () => {
  it("keeps a participle or an adjective and its phrase up to the end of the clause", () => {
    expect(pairs(["The ferry lost money, according to a senior manager familiar with the accounts."])).toEqual([
      ["The ferry lost money", "a senior manager familiar with the accounts"],
    ]);
    expect(pairs(["Varga leads by nine points, according to a survey taken last week in Ohio."])).toEqual([
      ["Varga leads by nine points", "a survey taken last week in Ohio"],
    ]);
  });

  it("stops before a relative clause and leaves a time phrase after a noun out", () => {
    expect(pairs(["The pier will close, according to crews on the dock who saw the damage."])[0]).toEqual([
      "The pier will close",
      "crews on the dock",
    ]);
    expect(pairs(["The port lost money, according to the ministry on Tuesday."])).toEqual([
      ["The port lost money", "the ministry"],
    ]);
  });

  it("keeps its comma and the content after it when the source stands mid-sentence", () => {
    expect(pairs(["The levy, according to officials close to the mayor, would raise $9 million."])).toEqual([
      ["The levy would raise $9 million", "officials close to the mayor"],
    ]);
  });
});

describe("reported speech: adverbs between a source and its cue stay out of the source", () => {
  it("skips a frequency or likelihood adverb after an auxiliary", () => {
    expect(pairs(["The harbor board has twice complained that the levy is unfair."])).toEqual([
      ["the levy is unfair", "The harbor board"],
    ]);
    expect(pairs(["Many dockers would likely argue that the levy is unfair."])).toEqual([
      ["the levy is unfair", "Many dockers"],
    ]);
    expect(pairs(["The unions have in particular noted that the levy is unfair."])).toEqual([
      ["the levy is unfair", "The unions"],
    ]);
  });

  it("skips 'instead' right before the cue", () => {
    expect(pairs(["Varga instead said the levy was fair."])).toEqual([["the levy was fair", "Varga"]]);
  });
});

describe("reported speech: a subject restricted by a relative clause before its cue", () => {
  it("credits the noun the clause restricts, not the phrase that ends the clause", () => {
    expect(pairs(["Two dockers who spoke with the Harbor Gazette said the pier was unsafe."])).toEqual([
      ["the pier was unsafe", "Two dockers"],
    ]);
    expect(
      pairs(["A city official who asked not to be named to discuss the budget said the levy was dead."]),
    ).toContainEqual(["the levy was dead", "A city official"]);
    expect(pairs(["Many of the crews who'd rather back Tom Varga said they were leaving."])).toEqual([
      ["they were leaving", "Many of the crews"],
    ]);
  });

  it("leaves a relative pronoun right before the cue, an aside and a clause inside the relative one alone", () => {
    expect(pairs(["It was Varga who said the levy was fair."])).toEqual([["the levy was fair", "who"]]);
    expect(pairs(["Ana Ruiz, a docker who runs the union, said the pier was unsafe."])).toEqual([
      ["the pier was unsafe", "Ana Ruiz"],
    ]);
    expect(pairs(["She met the mayor who won fame when he claimed the pier was unsafe."])).toContainEqual([
      "the pier was unsafe",
      "he",
    ]);
  });
});

describe("reported speech: a relative pronoun before an aside of its own", () => {
  it("keeps 'who' as the mention and its antecedent as the speaker", () => {
    const [r] = reported(["The editor Bret Hall, who, after a row with the mayor, said the levy was dead."]);
    expect(r).toMatchObject({ text: "the levy was dead", speaker: "Bret Hall", speakerMention: "who" });
  });
});

describe("reported speech: a document named with a relative 'that' before its cue", () => {
  it("credits whoever put the document out", () => {
    expect(pairs(["The union is running a new radio ad that urges voters to reject the levy."])).toEqual([
      ["voters to reject the levy", "The union"],
    ]);
  });

  it("keeps 'that' as the mention and the document as the speaker when nobody put it out", () => {
    const [r] = reported(["Ruiz got a letter from the board that said the pier was unsafe."]);
    expect(r).toMatchObject({
      text: "the pier was unsafe",
      speaker: "a letter from the board",
      speakerMention: "that",
    });
  });
});
