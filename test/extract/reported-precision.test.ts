// Reported speech precision: sentences whose cue verb reports no statement, and contents whose edges
// the grammar fixes. Invented sentences, one rule per test.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const texts = (paragraphs: string[]) => reported(paragraphs).map((r) => r.text);

describe("reported speech: what is no statement", () => {
  it("adds nothing after a quote's source: the reporter's participle is not what was said", () => {
    expect(texts(['"The harbour is full," Marsh said, prompting a rush for the tally kept by the port.'])).toEqual([]);
    // a statement before its source still takes the words after it
    expect(texts(["The harbour, Marsh said, is full."])).toEqual(["The harbour is full"]);
  });

  it("leaves a whole quoted utterance right after its cue to the quotes", () => {
    const { quotes, reported: statements } = extractAttributions(
      ['A man in the crowd yelled "Go home!" at the mayor during her speech.'],
      "en",
    );
    expect(statements).toEqual([]);
    expect(quotes.map((q) => q.text)).toEqual(["Go home!"]);
    // a quote that goes on with the sentence is part of a mixed statement
    expect(texts(['Marsh said "the tide turned" before the boats were ready.'])).toEqual([
      '"the tide turned" before the boats were ready',
    ]);
  });

  it("reads 'continue' and 'go on' as speech only with a that-clause or a speech verb after 'to'", () => {
    expect(texts(["The queue at the ferry continues to grow."])).toEqual([]);
    expect(texts(["Marsh went on local radio after the storm."])).toEqual([]);
    expect(texts(["Varga continued his tour of the docks on Friday."])).toEqual([]);
    const [r] = reported(["Varga continued to insist that the quay was safe."]);
    expect(r).toMatchObject({ text: "the quay was safe", cue: "insist", speaker: "Varga" });
    expect(texts(["Varga continued that the quay was safe."])).toEqual(["the quay was safe"]);
    expect(texts(["The quay is safe, Varga continued."])).toEqual(["The quay is safe"]);
  });

  it("reads 'add' and 'maintain' with an object as no statement", () => {
    expect(texts(["The ferry line added two boats to its fleet."])).toEqual([]);
    expect(texts(["Marsh maintains a narrow lead in the harbour race."])).toEqual([]);
    expect(texts(["Marsh added that the boats were old."])).toEqual(["the boats were old"]);
    expect(texts(["Varga has long maintained that the quay is safe."])).toEqual(["the quay is safe"]);
  });

  it("reads 'speak' as reporting only a topic after 'about' or 'of'", () => {
    expect(texts(["Marsh spoke for an hour at the quay."])).toEqual([]);
    expect(texts(["A harbour official spoke on condition of anonymity."])).toEqual([]);
    expect(texts(["Marsh spoke to the crews about the new tolls."])).toEqual(["the new tolls"]);
  });

  it("reads a participle after a number or a possessive as an adjective", () => {
    expect(texts(["Ruiz won 40 pledged delegates in the port towns."])).toEqual([]);
    expect(texts(["Their stated aim was a quieter harbour."])).toEqual([]);
    // a year before the cue is a time
    expect(texts(["A harbour ad in 2019 questioned whether the pier was safe."])).toEqual([
      "whether the pier was safe",
    ]);
  });

  it("reads a participle that names the noun before it as no cue", () => {
    expect(texts(["Ruiz now runs a small harbour charity called Safe Berth."])).toEqual([]);
    expect(texts(["The so-called tide levy was dropped."])).toEqual([]);
    // a subject before the same form is a source
    expect(texts(["Ruiz called the levy a mistake."])).toEqual(["the levy a mistake"]);
  });

  it("reads 'charged with' as an accusation in court, not a statement", () => {
    expect(texts(["Two deckhands charged with theft appeared in court."])).toEqual([]);
    expect(texts(["The union charged that the port had cut pay."])).toEqual(["the port had cut pay"]);
  });
});

describe("reported speech: where the content starts", () => {
  it("skips a listener or a setting that ends at a later 'that'", () => {
    expect(texts(["Marsh told Ruiz's former crew on Saturday night that the boats were sold."])).toEqual([
      "the boats were sold",
    ]);
    expect(texts(["Varga said in Port Ellen, a fishing town, that the quay would close."])).toEqual([
      "the quay would close",
    ]);
    expect(texts(["Varga said to a crowd in Port Ellen that the quay would close."])).toEqual(["the quay would close"]);
    // an infinitive after the listener is the content, with the listener as its subject, and a "that" in
    // it a relative pronoun
    expect(texts(["Varga warned the crews to avoid the berths that flooded."])).toEqual([
      "the crews to avoid the berths that flooded",
    ]);
    expect(texts(["Marsh spoke out on Tuesday about the flooded berths."])).toEqual(["the flooded berths"]);
    // a "that" after a verb belongs to the content
    expect(texts(["Varga said the crew knew that the quay would close."])).toEqual([
      "the crew knew that the quay would close",
    ]);
  });
});

describe("reported speech: the source after a content, and the cue's own phrases", () => {
  it("reads a clause after the cue as its content, not as an inverted source", () => {
    const [r] = reported(["Tom Varga, who runs the port, said the budget was short."]);
    expect(r).toMatchObject({ text: "the budget was short", speaker: "Tom Varga" });
    // an inverted name with an apposition that holds a verb is still a source
    const [s] = reported(["The quay is unsafe, said Varga, an engineer who built it."]);
    expect(s).toMatchObject({ text: "The quay is unsafe", speaker: "Varga" });
  });

  it("leaves a place or a time at the sentence's end to the cue", () => {
    const [r] = reported(["The ferry is late, Ruiz said on Tuesday in Leith."]);
    expect(r).toMatchObject({ text: "The ferry is late", speaker: "Ruiz" });
    expect(texts(["As Ruiz said in Leith last spring, the pier is old."])).not.toContain("in Leith last spring");
  });
});
