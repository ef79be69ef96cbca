// Reported speech: a second cue coordinated with an earlier verb of its clause shares that clause's
// subject, several words back; a denied "say" takes a "when" question as what went unsaid.
// Invented sentences, each rule with a near miss that must stay out.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const said = (paragraph: string) => reported([paragraph]).map((r) => [r.speakerMention, r.cue, r.text]);

describe("reported speech: a cue coordinated with the subject's earlier verb", () => {
  it("reads the subject after an opening phrase that holds a quote", () => {
    expect(
      said(
        "Speaking Friday on the station’s “Harbour Hour,” Varga admitted that the timetable was wrong, but said the company would fix it.",
      ),
    ).toContainEqual(["Varga", "said", "the company would fix it"]);
  });

  it("reads the subject past an opening 'There,' when the first verb is no cue", () => {
    expect(
      said("There, the harbour chairman Tom Ruiz declined to name the two wardens but said one was a fisherman."),
    ).toEqual([["Tom Ruiz", "said", "one was a fisherman"]]);
  });

  it("reads the subject past an opening participle phrase when the first verb is no cue", () => {
    expect(
      said(
        "Walking to the next pier, Marsh reminisced about her days in the port, and said the storm changed the town.",
      ),
    ).toContainEqual(["Marsh", "said", "the storm changed the town"]);
  });

  it("reads the subject of a leading subordinate clause, not the main clause's after the cue", () => {
    expect(
      said("As Ruiz toured the pier and defended the new tolls on Friday, the crews protested outside."),
    ).toContainEqual(["Ruiz", "defended", "the new tolls"]);
  });

  it("does not take a word that opens a subordinate clause as the subject", () => {
    const out = said("There were sharper words, such as when Ruiz mocked the board and called it a club of friends.");
    expect(out.map((r) => r[0])).not.toContain("such");
  });

  it("keeps a quote's own cue after its source out", () => {
    expect(said("“The pier is safe,” Ruiz said and left the hall.")).toEqual([]);
  });
});

describe("reported speech: 'when' after a denied or refused cue", () => {
  it("reads 'when' as the question that went unsaid", () => {
    expect(said("The mayor wouldn't say when the pier would reopen.")).toEqual([
      ["The mayor", "say", "when the pier would reopen"],
    ]);
    expect(said("The harbour master declined to say when the ferry would return.")).toEqual([
      ["The harbour master", "say", "when the ferry would return"],
    ]);
    expect(said("Varga said the crew had left early, but Varga did not say when.")).toContainEqual([
      "Varga",
      "say",
      "when",
    ]);
  });

  it("still reads 'when' after a cue that is not denied, or reports no clause, as the reporter's", () => {
    expect(said("The crews did not complain when the tolls rose.")).toEqual([]);
    expect(said("Ruiz spoke when the crews had left.")).toEqual([]);
  });
});
