// Reported speech precision, twelfth round: cue words in a sense that reports no statement. Invented
// sentences, one rule per test.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: cue words of another sense", () => {
  it("reads 'declared for' an office as running for it, no statement", () => {
    expect(texts(["Since Ruiz declared for mayor, the harbour board has met twice."])).toEqual([]);
    expect(texts(["Varga declared for the council seat in May and opened an office by the pier."])).toEqual([]);
    // the verb with a clause still reports
    expect(texts(["Ruiz declared that the pier was safe."])).toEqual(["the pier was safe"]);
  });

  it("reads 'contend with' and 'contend for' as a struggle, no statement", () => {
    expect(texts(["The crews had to contend with a falling tide all week."])).toEqual([]);
    expect(texts(["Three captains now contend for the harbour master's post."])).toEqual([]);
    expect(texts(["Varga contends that the levy is unfair."])).toEqual(["the levy is unfair"]);
  });

  it("reads a place after 'protested' or 'applauding along' as an act with no statement", () => {
    expect(texts(["Dozens of dock workers protested outside the harbour office on Friday."])).toEqual([]);
    expect(texts(["Marsh sat quietly, applauding along with the crowd."])).toEqual([]);
  });

  it("reads 'writing for' and 'reporting for' after a source as its work, no statement", () => {
    expect(texts(["Judge Ana Ruiz, writing for the majority, said the levy was lawful."])).toEqual([
      "the levy was lawful",
    ]);
    expect(texts(["Tom Marsh, reporting for the Harbour Herald from Leith, watched the vote."])).toEqual([]);
    // a finite form with a clause still reports
    expect(texts(["Ruiz wrote in the Herald that the pier would close."])).toEqual(["the pier would close"]);
  });
});

describe("reported speech: a setting alone is no statement", () => {
  it("reports nothing when only a short phrase of place or manner follows the cue", () => {
    expect(texts(["The harbour officials were mocked and criticized on social media."])).toEqual([]);
    expect(texts(["Ruiz was a ferry pilot, but she does not mention that on the campaign trail."])).toEqual([]);
  });

  it("keeps a preposition the cue takes for its topic or target, and a setting before a clause", () => {
    expect(texts(["Varga commented on the new ferry timetable."])).toEqual(["the new ferry timetable"]);
    expect(texts(["Critics cast the blame on the harbour board."])).toEqual(["on the harbour board"]);
    expect(texts(["The mayor fired back at Ruiz over the levy."])).toEqual(["at Ruiz over the levy"]);
    expect(texts(["Ruiz said on Monday that the pier would close."])).toEqual(["the pier would close"]);
  });
});
