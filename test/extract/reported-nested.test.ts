// Reported speech: a statement nested in another's content after a comma ("Ruiz said the levy is fair,
// she also said …") ends that content, and is read as a statement of its own. Invented sentences; each
// test of the rule comes with the shapes it leaves alone.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a statement nested after a comma", () => {
  it("ends the content before a pronoun, adverbs and a cue", () => {
    expect(reportedCues(["Ruiz said the levy is fair, she also said the council would vote in May."])).toEqual([
      "said: the levy is fair",
      "said: the council would vote in May",
    ]);
  });

  it("ends the content before a subject, auxiliaries and a cue with a listener", () => {
    expect(reportedCues(["Most skippers say they back the levy, a dozen have told the board they oppose it."])).toEqual(
      ["say: they back the levy", "told: they oppose it"],
    );
  });

  it("goes on past a phrase with a relative clause in it (a pronoun inside the phrase)", () => {
    expect(
      reportedCues([
        "Ruiz said the plan is vague about who may apply, including a rule they say could exclude lodgers.",
      ])[0],
    ).toBe("said: the plan is vague about who may apply, including a rule they say could exclude lodgers");
  });

  it("goes on past a clause whose auxiliary has a verb of its own before a cue form", () => {
    expect(
      reportedCues(["Ruiz said that if the vote fails, they should change the rules rather than criticize the board."]),
    ).toEqual(["said: if the vote fails, they should change the rules rather than criticize the board"]);
  });

  it("goes on past an attribution set off by commas", () => {
    expect(reportedCues(["Marsh recalled the old days when, she said, crews hauled the nets by hand."])[0]).toBe(
      "recalled: the old days when, she said, crews hauled the nets by hand",
    );
  });
});

describe("reported speech: the same source's second statement after ', and'", () => {
  it("ends the content before ', and' and a cue, and reads the second statement", () => {
    expect(reportedCues(["Ruiz said the quay was closed, and warned that the tide was rising."])).toEqual([
      "said: the quay was closed",
      "warned: the tide was rising",
    ]);
  });

  it("goes on past ', and' before a verb of the content's own", () => {
    expect(reportedCues(["Ruiz said she would visit the pier at dawn, and tell the crews to stay ashore."])[0]).toBe(
      "said: she would visit the pier at dawn, and tell the crews to stay ashore",
    );
  });
});
