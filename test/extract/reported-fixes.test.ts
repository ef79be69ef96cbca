// Reported speech: small grammar fixes around a statement's source and cue. Invented sentences, each
// with the case the fix leaves alone.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) =>
  extractAttributions(paragraphs, "en").reported.map((r) => [r.text, r.speakerMention]);
const quoteSpeakers = (paragraphs: string[]) => extractAttributions(paragraphs, "en").quotes.map((q) => q.speaker);

describe("reported speech: source and cue fixes", () => {
  it("keeps the final period of dotted initials in a source ('the F.B.I.')", () => {
    expect(reported(["The inquiry into the ferry fire is still open, said the F.B.I."])).toEqual([
      ["The inquiry into the ferry fire is still open", "the F.B.I."],
    ]);
    expect(reported(["The F.B.I. said the inquiry was open."])).toEqual([["the inquiry was open", "The F.B.I."]]);
    expect(quoteSpeakers(['"We are still looking," said the F.A.A.'])).toEqual(["the F.A.A."]);
    // a missing sentence break before the initials leaves them the name of the source
    const run = ["Officials said they would widen the review of the ferry lines The F.A.A. said it would help too."];
    expect(reported(run)).toContainEqual(["it would help too", "The F.A.A."]);
    // a sentence's period after a plain name is not the name's
    expect(reported(["The inquiry is still open, said Tom Varga."])).toEqual([
      ["The inquiry is still open", "Tom Varga"],
    ]);
  });
});

describe("reported speech: what follows a final cue", () => {
  it("reads a listener after a final cue as the cue's, not as a content ('…, he told the court.')", () => {
    expect(reported(["The council will vote on the ferry plan next week, Ruiz told the court."])).toEqual([
      ["The council will vote on the ferry plan next week", "Ruiz"],
    ]);
    // the same listener before a clause still opens the content
    expect(reported(["Ruiz told the court the council would vote on the ferry plan."])).toEqual([
      ["the council would vote on the ferry plan", "Ruiz"],
    ]);
  });

  it("ends a listener before the setting that follows it ('told the court in a filing')", () => {
    const texts = reported(["The ferry line should pay, Ruiz told the court in his filing."]).map((r) => r[0]);
    expect(texts).not.toContain("his filing");
    // the content after the setting's "that" is still read
    expect(reported(["Ruiz told the court in a filing that the ferry line should pay."])).toEqual([
      ["the ferry line should pay", "Ruiz"],
    ]);
  });

  it("reads an addressee after a final cue's setting as the cue's ('… in a speech to the delegates.')", () => {
    expect(reported(["The harbor reforms are long overdue, Ruiz said during the speech to the delegates."])).toEqual([
      ["The harbor reforms are long overdue", "Ruiz"],
    ]);
    expect(reported(["The harbor reforms are long overdue, Ruiz said to the delegates."])).toEqual([
      ["The harbor reforms are long overdue", "Ruiz"],
    ]);
  });

  it("ends a content before the attribution that closes its sentence ('…, Ruiz said.')", () => {
    expect(reported(["Varga vowed to rebuild the pier before the storm season, Ruiz said."])).toEqual([
      ["to rebuild the pier before the storm season", "Varga"],
      ["Varga vowed to rebuild the pier before the storm season", "Ruiz"],
    ]);
    // a comma inside the content is no attribution
    expect(reported(["Ruiz said the pier, which is old, would close."])).toEqual([
      ["the pier, which is old, would close", "Ruiz"],
    ]);
  });
});

describe("reported speech: a parenthetical in the source", () => {
  it("reads a source with a party and state in brackets before a final cue", () => {
    expect(reported(["The harbor board ignored the complaints, Sen. Ana Varga (R-S.C.) told the Gazette."])).toEqual([
      ["The harbor board ignored the complaints", "Sen. Ana Varga"],
    ]);
    // a bracket that is no short parenthetical after the name does not make a source
    expect(reported(["The harbor board ignored the complaints (and the tide rose over the pier) it said."])).toEqual(
      [],
    );
  });
});

describe("reported speech: the agent of a passive cue", () => {
  it("reads 'by' and a noun phrase after a passive participle as its agent, not a content", () => {
    expect(reported(["The council backed a ferry plan endorsed by the harbor board."])).toEqual([]);
    // after "be", the agent is the source and the subject what it spoke of (reported-recall5.test.ts)
    expect(reported(["The tolls were never mentioned by the debate moderators."])).toEqual([
      ["The tolls", "the debate moderators"],
    ]);
    // "by" that opens a clause is what was said
    expect(reported(["Ruiz said by closing the pier the council had saved money."])).toEqual([
      ["by closing the pier the council had saved money", "Ruiz"],
    ]);
  });
});
