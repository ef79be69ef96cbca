// Reported speech recall, sixth round: statements no rule found at all (no item overlapping them).
// Invented sentences, one rule per test, each with a near miss that must stay out.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const texts = (paragraphs: string[]) => reported(paragraphs).map((r) => r.text);

describe("reported speech: a clause reported as hearsay by 'reportedly'", () => {
  it("reads the clause without its adverb, with no source, and 'reportedly' as its cue", () => {
    const paragraph = "The Harbour Club has reportedly hired two lobbyists.";
    const [r] = reported([paragraph]);
    expect(r).toMatchObject({ text: "The Harbour Club has hired two lobbyists", speaker: null, cue: "reportedly" });
    expect(r.pieces.map((x) => paragraph.slice(x.start, x.end))).toEqual([
      "The Harbour Club has",
      "hired two lobbyists",
    ]);
    expect(r.cueAt).toMatchObject({ start: 21, end: 31 });
    expect(texts(["Reportedly, the mayor left the quay early."])).toEqual(["the mayor left the quay early"]);
  });

  it("ends a clause opened inside its sentence at its comma", () => {
    expect(texts(["With Tomas Varga reportedly weighing a run, a poll found support for the levy."])).toEqual([
      "Tomas Varga weighing a run",
    ]);
  });

  it("leaves out a relative clause, a participle phrase and a reporting verb after the adverb", () => {
    expect(texts(["For the mayor, who reportedly has been itching to speak, the vote is open."])).toEqual([]);
    expect(texts(["The club spent heavily, reportedly winning over the board."])).toEqual([]);
    expect(texts(["Varga reportedly said the pier was safe."])).toEqual(["the pier was safe"]);
  });
});

describe("reported speech: 'threaten' with an infinitive or 'that'", () => {
  it("reads what was threatened after 'to' or 'that'", () => {
    const [r] = reported(["The dock union has threatened to strike in May."]);
    expect(r).toMatchObject({ text: "to strike in May", speakerMention: "The dock union", cue: "threatened" });
    expect(texts(["Varga threatened not to attend the hearing."])).toEqual(["not to attend the hearing"]);
    expect(texts(["The mayor threatened that the pier would close."])).toEqual(["the pier would close"]);
  });

  it("leaves out 'threaten' with an object and the adjective 'threatening'", () => {
    expect(texts(["Storms threaten the coast every winter."])).toEqual([]);
    expect(texts(["Varga received a threatening letter on Monday."])).toEqual([]);
  });
});

describe("reported speech: a passive cue with no agent", () => {
  it("reads the subject, and the reason after the cue, as what an unnamed speaker spoke of", () => {
    const paragraph = "Ms. Ruiz was criticized for closing the pier.";
    const [r] = reported([paragraph]);
    expect(r).toMatchObject({ text: "Ms. Ruiz for closing the pier", speaker: null, cue: "criticized" });
    expect(r.pieces.map((x) => paragraph.slice(x.start, x.end))).toEqual(["Ms. Ruiz", "for closing the pier"]);
    expect(texts(["The new ferry levy was announced on Friday."])).toEqual(["The new ferry levy"]);
    expect(texts(["Two harbour clerks were charged with taking bribes."])).toEqual([
      "Two harbour clerks with taking bribes",
    ]);
  });

  it("leaves out a listener as subject, a naming participle and a relative pronoun", () => {
    expect(texts(["The crews were warned about the storm."])).toEqual([]);
    expect(texts(["The old pier is called the Quay."])).toEqual([]);
    expect(texts(["The plan, which was announced in May, failed."])).toEqual([]);
  });

  it("reads a titled name as the subject of a passive with its agent", () => {
    expect(reported(["Mr. Varga was sharply criticized by two councillors."])[0]).toMatchObject({
      text: "Mr. Varga",
      speakerMention: "two councillors",
    });
  });
});

describe("reported speech: criticism its subject draws or faces", () => {
  it("reads the subject as what was spoken of, the phrase after 'from' as the source", () => {
    const [r] = reported(["The ferry proposal has drawn harsh criticism from two harbour councillors."]);
    expect(r).toMatchObject({
      text: "The ferry proposal",
      cue: "drawn harsh criticism",
      speakerMention: "two harbour councillors",
    });
    const [s] = reported(["Mr. Varga faced criticism for closing the pier."]);
    expect(s).toMatchObject({ text: "Mr. Varga for closing the pier", speaker: null, cue: "faced criticism" });
    expect(texts(["The mayor came under heavy criticism when the memo leaked."])).toEqual(["The mayor"]);
  });

  it("leaves out a sentence that opens with the verb and criticism no one receives", () => {
    expect(texts(["Facing mounting criticism from the unions, Varga left the quay."])).toEqual([]);
    expect(texts(["The report was full of criticism of the port."])).toEqual([]);
  });
});

describe("reported speech: 'comment on' when refused or after an auxiliary", () => {
  it("reads what the source would not comment on", () => {
    const [r] = reported(["A port spokeswoman declined to comment on the new ferry levy."]);
    expect(r).toMatchObject({ text: "the new ferry levy", speakerMention: "A port spokeswoman", cue: "comment on" });
    expect(texts(["Neither firm would comment on those reports."])).toEqual(["those reports"]);
  });

  it("leaves out a request for comment and a comment nobody refused", () => {
    expect(texts(["The board has no comment on the actions of the crew."])).toEqual([]);
    expect(texts(["I sometimes use the column to comment on harbour news."])).toEqual([]);
  });
});

describe("reported speech: 'made no mention of' and 'made comments about'", () => {
  it("reads what was (not) mentioned or commented on", () => {
    const [r] = reported(["Varga made no mention of the ferry levy."]);
    expect(r).toMatchObject({ text: "the ferry levy", speakerMention: "Varga", cue: "made no mention of" });
    expect(texts(["Ruiz made comments about the harbour budget."])).toEqual(["the harbour budget"]);
  });

  it("leaves out a mention that nobody made", () => {
    expect(texts(["The mention of the levy angered the crews."])).toEqual([]);
  });
});

describe("reported speech: statements a subject made about a topic", () => {
  it("reads the topic after the noun's preposition, the subject as the source", () => {
    const [r] = reported(["Ruiz has made several controversial statements on the ferry levy."]);
    expect(r).toMatchObject({
      text: "the ferry levy",
      speakerMention: "Ruiz",
      cue: "made several controversial statements on",
    });
    expect(texts(["The port board issued a statement about the pier."])).toEqual(["the pier"]);
  });

  it("leaves out a sentence that opens with the verb and a statement with no topic", () => {
    expect(texts(["Making remarks about the pier, Varga left early."])).toEqual([]);
    expect(texts(["The port board issued a statement on Friday."])).toEqual([]);
  });
});
