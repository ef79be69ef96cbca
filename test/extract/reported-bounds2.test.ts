// Reported speech boundaries, second set: where a content stops at the clause of another statement
// and where it goes on. Invented sentences, one rule per test, each with the case the rule leaves alone.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a new statement after 'and'", () => {
  it("goes on past 'and' with no subject of its own before a cue form", () => {
    // "never called": an adverb, not a subject (the cue inside the content is read on its own too)
    expect(reportedCues(["Varga said she had not met the donors and never called a lender for money."])[0]).toBe(
      "said: she had not met the donors and never called a lender for money",
    );
    // "the recount process": a cue form after a determiner is a noun
    expect(
      reportedCues(["The harbour board said it would study its options and look into the recount process."]),
    ).toEqual(["said: it would study its options and look into the recount process"]);
    // "and that she expects … to announce": the complementizer opens a second content of the same cue
    expect(
      reportedCues(["Marsh says the council should act now and that she expects the mayor to announce a plan."]),
    ).toEqual(["says: the council should act now and that she expects the mayor to announce a plan"]);
  });

  it("still ends the content before another source's statement after 'and'", () => {
    expect(
      reportedCues(["Most skippers said the quay was safe, and three of the pilots have since said it was not."]),
    ).toEqual(["said: the quay was safe", "said: it was not"]);
  });

  it("reads 'and has … said' as the same source's second statement", () => {
    expect(
      reportedCues(["Marsh has urged the crews to stay ashore and has repeatedly warned that the tide is rising."]),
    ).toEqual(["urged: the crews to stay ashore", "warned: the tide is rising"]);
  });
});

describe("reported speech: a quote that ends in a comma", () => {
  it("ends the content before a cue, as a comma does", () => {
    expect(
      reportedCues(['Marsh called the levy a "fair deal for the harbour," adding that the council would vote in May.']),
    ).toEqual(['called: the levy a "fair deal for the harbour,"', "adding: the council would vote in May"]);
  });

  it("goes on past it when no cue follows", () => {
    expect(reportedCues(['Marsh said the levy was "fair to everyone," given the state of the quay.'])).toEqual([
      'said: the levy was "fair to everyone," given the state of the quay',
    ]);
  });
});

describe("reported speech: an infinitive after the listener", () => {
  it("opens the content even when a setting noun follows it ('to donate the profits from the debate')", () => {
    expect(reportedCues(["Varga asked the board to donate the profits from the debate to the harbour fund."])).toEqual([
      "asked: the board to donate the profits from the debate to the harbour fund",
    ]);
    // a setting after the listener still belongs to the cue
    expect(reportedCues(["Varga told the board in a letter that the pier would close."])).toEqual([
      "told: the pier would close",
    ]);
  });
});

describe("reported speech: an aside after the subject of a content", () => {
  it("goes on past the aside when the content after 'that' is only a subject so far", () => {
    expect(reportedCues(["Officials say that Gov. Ana Ruiz, who must sign the bill, has not decided."])).toEqual([
      "say: Gov. Ana Ruiz, who must sign the bill, has not decided",
    ]);
    expect(reportedCues(["Marsh said that the levy, however small, would hurt the fleet."])).toEqual([
      "said: the levy, however small, would hurt the fleet",
    ]);
  });

  it("still ends a content that holds a verb before the aside", () => {
    expect(reportedCues(["Marsh said that the levy was fair, however small the gain."])).toEqual([
      "said: the levy was fair",
    ]);
  });
});

describe("reported speech: cue forms that make a compound with the word before them", () => {
  it("reads 'news reports', 'territorial disputes' and 'racially charged' as no cue", () => {
    expect(reportedCues(["Their credit reports show the debt of the harbour board is rising."])).toEqual([]);
    expect(reportedCues(["The talks dealt with territorial disputes over the fishing grounds."])).toEqual([]);
    expect(reportedCues(["It was a racially charged debate about the pier, and it lasted hours."])).toEqual([]);
  });

  it("keeps the verb after a subject", () => {
    expect(reportedCues(["The agency reports that the debt is rising."])).toEqual(["reports: the debt is rising"]);
  });
});

describe("reported speech: clauses that end a content at their comma", () => {
  it("ends a statement inside a relative clause with that clause ('which officials said …,')", () => {
    expect(reportedCues(["The levy, which officials said will start in May, will not apply to ferries."])).toEqual([
      "said: will start in May",
    ]);
  });

  it("reads a comma between digits as part of the number", () => {
    expect(
      reportedCues(["While Marsh says there are more than 2,400 boats in the harbour, the council counts fewer."]),
    ).toEqual(["says: there are more than 2,400 boats in the harbour"]);
  });
});

describe("reported speech: how much was said about a topic", () => {
  it("takes the topic after 'little about', 'almost nothing about' as the content", () => {
    expect(reportedCues(["Marsh said little about the levy."])).toEqual(["said: the levy"]);
    expect(reportedCues(["The mayor has said almost nothing about the pier since May."])).toEqual([
      "said: the pier since May",
    ]);
    // "about" as a number's "roughly" stays in the content
    expect(reportedCues(["Marsh said about 40 boats had left."])).toEqual(["said: about 40 boats had left"]);
  });
});
