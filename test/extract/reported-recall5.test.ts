// Reported speech recall, fifth round: statements no rule found at all, with no item overlapping them.
// Invented sentences, one rule per test, each with a near miss that must stay out.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const texts = (paragraphs: string[]) => reported(paragraphs).map((r) => r.text);

describe("reported speech: a passive cue with its agent after 'by'", () => {
  it("reads the agent as the source and the subject as what was said", () => {
    const [r] = reported(["The ferry deal was first reported by the Harbour Gazette."]);
    expect(r).toMatchObject({ text: "The ferry deal", cue: "reported", speakerMention: "the Harbour Gazette" });
    const [s] = reported(["The new levy was sharply criticized by two councillors on Monday."]);
    expect(s).toMatchObject({ text: "The new levy", cue: "criticized", speakerMention: "two councillors" });
    expect(texts(["Both proposals have been rejected by the port board."])).toEqual(["Both proposals"]);
  });

  it("leaves out a verb that reports no speech, a clause as subject and a participle with no 'be'", () => {
    expect(texts(["The pier was built by the harbour crews."])).toEqual([]);
    expect(texts(["The pier was welcomed by the harbour crews."])).toEqual([]);
    expect(texts(["What the crews did was criticized by the board."])).toEqual([]);
    expect(texts(["A plan endorsed by the council."])).toEqual([]);
  });
});

describe("reported speech: an -ing word that modifies its source's noun", () => {
  it("reads 'hacking experts' as a source", () => {
    const [r] = reported(["But hacking experts say the leaked files are fake."]);
    expect(r).toMatchObject({ text: "the leaked files are fake", speakerMention: "hacking experts" });
    expect(texts(["The case went to Leith, where shipping lawyers say the judges are quick."])).toEqual([
      "the judges are quick",
    ]);
  });

  it("still reads an -ing verb with its object as no source", () => {
    expect(
      reported(["The board kept leading crews said the pier was safe."]).map((r) => r.speakerMention),
    ).not.toContain("leading crews");
  });
});

describe("reported speech: the reporter's addition after a final cue", () => {
  it("ends the content before its cue when an adverbial clause follows the cue", () => {
    expect(texts(["The pier is safe, Ruiz told reporters as she left the hall."])).toEqual(["The pier is safe"]);
  });

  it("ends the content before its cue when a dash and an apposition follow the cue", () => {
    expect(texts(["Tolls will rise in May, the board said on Tuesday -- a step that angered crews."])).toEqual([
      "Tolls will rise in May",
    ]);
    expect(texts(["Tolls will rise in May, the board said — a step that angered crews."])).toEqual([
      "Tolls will rise in May",
    ]);
  });

  it("still reads 'as long as …' after a cue as part of what was said", () => {
    expect(texts(["Ruiz said as long as the tide holds the pier is safe."])).toEqual([
      "as long as the tide holds the pier is safe",
    ]);
  });
});

describe("reported speech: a cue after ', then' shares the subject before it", () => {
  it("reads the sentence's subject as the source", () => {
    const [r] = reported(["Ruiz paused, then said the pier would reopen."]);
    expect(r).toMatchObject({ text: "the pier would reopen", speakerMention: "Ruiz" });
  });

  it("leaves a subject set off by the comma to the other rules", () => {
    expect(reported(["Then, said Ruiz, the pier would reopen."]).map((r) => r.speakerMention)).not.toContain("Then");
  });
});

describe("reported speech: 'hint at' and the present forms of 'propose'", () => {
  it("reads what was hinted at and what is proposed as statements", () => {
    expect(reported(["Ruiz hinted at a new levy in her speech."]).map((r) => [r.text, r.cue])).toEqual([
      ["a new levy", "hinted at"],
    ]);
    expect(texts(["Ruiz proposes that the pier reopen in May."])).toEqual(["the pier reopen in May"]);
  });

  it("leaves the noun 'hints' alone", () => {
    expect(texts(["The hints of a levy worried the crews."])).toEqual([]);
  });
});
