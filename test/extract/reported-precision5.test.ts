// Reported speech precision: a statement whose content runs over a direct quote and the quote's own
// attribution is no statement (CONTRACT.md: a fully quoted statement is a quote only). Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const attributions = (paragraphs: string[]) => extractAttributions(paragraphs, "en");
const texts = (paragraphs: string[]) => attributions(paragraphs).reported.map((r) => r.text);

describe("reported speech: a quote with its own attribution inside a content", () => {
  it("leaves a quote and its attribution to the quotes, the words before its colon to the statement", () => {
    const { quotes, reported } = attributions([
      'Ruiz declared the need for patience at the harbour: "Wait another year and the boats will come back," she said.',
    ]);
    expect(reported.map((r) => r.text)).toEqual(["the need for patience at the harbour"]);
    expect(quotes.map((q) => q.text)).toEqual(["Wait another year and the boats will come back,"]);
  });

  it("cuts a content whose quote the cue after it attributes to a named source before the colon", () => {
    expect(
      texts(['Varga stressed the tolls were a burden: "Nobody in the valley can pay this much," he told the council.']),
    ).toEqual(["the tolls were a burden"]);
  });

  it("drops such a content when a single word stands before the colon", () => {
    expect(texts(['Ruiz declared patience: "Wait another year and the boats will come back," she said.'])).toEqual([]);
  });

  it("keeps a content whose quote follows its own cue, a report inside the statement", () => {
    expect(
      texts(['Marsh said she often recalls what her mother told her: "Keep the lamps lit for the boats."']),
    ).toEqual(['she often recalls what her mother told her: "Keep the lamps lit for the boats."']);
  });

  it("keeps a statement of 'according to', which reports the quote and its attribution both", () => {
    expect(texts(['"We will not sell the pier," Ruiz told the board, according to two people in the room.'])).toEqual([
      '"We will not sell the pier," Ruiz told the board',
    ]);
  });

  it("keeps a mixed statement whose fragment has no attribution of its own", () => {
    expect(texts(['Varga said the new levy was "a burden on every family in the valley."'])).toEqual([
      'the new levy was "a burden on every family in the valley."',
    ]);
  });
});

describe("reported speech: a cue in the passive names no source", () => {
  it("reads no statement in a passive with no agent", () => {
    // (a declaring cue with a complement reports its subject and the complement: reported-declared.test.ts)
    expect(texts(["Ruiz was officially named the winner of the harbour vote."])).toEqual([]);
    expect(texts(["The file was referred to the port board for a last review."])).toEqual([]);
  });

  it("keeps a passive with a reason after it, a that-clause or its own rule", () => {
    // what an unnamed critic said of the subject, who is no source
    expect(
      attributions(["The mayor has been harshly criticized for closing the quay in winter."]).reported,
    ).toMatchObject([{ text: "The mayor for closing the quay in winter", speaker: null }]);
    expect(texts(["It was widely reported that the pier would close in May."])).toEqual([
      "the pier would close in May",
    ]);
    expect(texts(["Ruiz was asked to reopen the pier."])).toEqual(["to reopen the pier"]);
  });

  it("still reads an active cue after an auxiliary", () => {
    expect(texts(["Ruiz has officially declared the harbour closed."])).toEqual(["the harbour closed"]);
    expect(texts(["Varga is also referring to the port board for a review."])).not.toEqual([]);
  });
});

describe("reported speech: a relative that stands for the cue's object", () => {
  it("reads the relative as the content of a cue whose object it took, nothing after the cue", () => {
    // the relative stands for what was proposed, as written (the corpus marks it the content)
    expect(texts(["The ferry tax, which Ruiz proposed in May, was dropped by the council."])).toEqual(["which"]);
    // the charge Varga repeated is his statement; the mayor's denial has no content of its own
    expect(texts(["Varga repeated the charge, which the mayor has denied and which the port never checked."])).toEqual([
      "the charge, which the mayor has denied and which the port never checked",
    ]);
  });

  it("keeps a clause the cue reports after such a relative", () => {
    expect(texts(["The levy, which Ruiz said will start in May, is unpopular."])).toEqual(["will start in May"]);
    expect(texts(["The ferry tax, which Ruiz called a disgrace, was dropped."])).toEqual(["a disgrace"]);
  });
});

describe("reported speech: 'say' as a noun or in an idiom", () => {
  it("reads no statement in 'had their say', 'the final say' or 'easier said than done'", () => {
    expect(texts(["The harbour towns finally had their say, and the levy failed."])).toEqual([]);
    expect(texts(["The port board has the final say on whether the pier reopens."])).toEqual([]);
    expect(texts(["Reopening the pier is easier said than done in winter."])).toEqual([]);
  });

  it("still reads the verb after a noun or an object pronoun", () => {
    expect(texts(["The crews say the pier is safe."])).toEqual(["the pier is safe"]);
    expect(texts(["Ruiz heard her say the pier was safe."])).toEqual(["the pier was safe"]);
  });
});
