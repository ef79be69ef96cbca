// Reported speech precision: a content that is a quote but for a word, or for a tenth of its words, is
// a quote only (CONTRACT.md: a fully quoted statement is a quote, never also reported). Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const attributions = (paragraphs: string[]) => extractAttributions(paragraphs, "en");

describe("reported speech: a content that is mostly a quote", () => {
  it("leaves a quote with only its object outside to the quotes", () => {
    const p = 'Marta Ruiz called him "the worst harbour master the valley has ever had."';
    const { quotes, reported } = attributions([p]);
    expect(reported).toEqual([]);
    expect(quotes.map((q) => [q.text, q.speaker, q.partial])).toEqual([
      ["the worst harbour master the valley has ever had.", "Marta Ruiz", true],
    ]);
    const at = p.indexOf("the worst");
    expect(quotes[0].pieces).toEqual([
      { paragraph: 0, start: at, end: at + "the worst harbour master the valley has ever had.".length },
    ]);
  });

  it("leaves a long quote with a short subject before it to the quotes", () => {
    const p =
      'Ana Varga said he "will never sign a bill that doubles the toll on the ferry while the crews wait for their pay."';
    const { quotes, reported } = attributions([p]);
    expect(reported).toEqual([]);
    expect(quotes.map((q) => [q.speaker, q.partial])).toEqual([["Ana Varga", true]]);
  });

  it("keeps a statement with a clause of its own around the fragment", () => {
    const p = 'Ana Varga said the new levy on the ferry was "a burden on every family."';
    const { reported } = attributions([p]);
    expect(reported.map((r) => [r.text, r.speaker, r.cue])).toEqual([
      ['the new levy on the ferry was "a burden on every family."', "Ana Varga", "said"],
    ]);
    const at = p.indexOf("the new levy");
    expect(reported[0].pieces).toEqual([{ paragraph: 0, start: at, end: p.length }]);
  });
});

describe("reported speech: a listener before 'that' and a quote", () => {
  it("reads the listener and its 'that' as no content, so a quote after them is a quote only", () => {
    const p = 'Marta Ruiz told dock workers at the harbour that "we will keep every berth open."';
    const { quotes, reported } = attributions([p]);
    expect(reported).toEqual([]);
    expect(quotes.map((q) => [q.text, q.speaker, q.partial])).toEqual([
      ["we will keep every berth open.", "Marta Ruiz", true],
    ]);
  });

  it("keeps a statement whose clause after 'that' holds words of its own", () => {
    const p = 'Marta Ruiz told dock workers that the new levy was "a burden on every family."';
    const { reported } = attributions([p]);
    expect(reported.map((r) => [r.text, r.speaker, r.cue])).toEqual([
      ['the new levy was "a burden on every family."', "Marta Ruiz", "told"],
    ]);
    const at = p.indexOf("the new levy");
    expect(reported[0].pieces).toEqual([{ paragraph: 0, start: at, end: p.length }]);
  });
});

describe("reported speech: a content that only says when or where", () => {
  it("reads no statement in a time, a year or a place after the cue", () => {
    const texts = (p: string) => attributions([p]).reported.map((r) => r.text);
    expect(texts("Ana Varga fired back in March, and the ferry board met again.")).toEqual([]);
    expect(texts("As I mentioned above, the pier reopened on Tuesday.")).toEqual([]);
    expect(texts('The harbour plan would "save every berth," as she put it in Dunmore.')).toEqual([]);
  });

  it("keeps a name right after the cue", () => {
    const p = "The union endorsed Varga.";
    const { reported } = attributions([p]);
    expect(reported.map((r) => [r.text, r.speaker, r.cue])).toEqual([["Varga", "The union", "endorsed"]]);
    const at = p.indexOf("Varga");
    expect(reported[0].pieces).toEqual([{ paragraph: 0, start: at, end: at + 5 }]);
  });
});

describe("reported speech: a quote and its source before a later cue", () => {
  it("leaves a quote whose source the content holds to the quotes", () => {
    const p = '"We will not close the ferry this winter," Ana Varga, the harbour master, said Sunday.';
    const { quotes, reported } = attributions([p]);
    expect(reported).toEqual([]);
    expect(quotes.map((q) => [q.text, q.speaker, q.partial])).toEqual([
      ["We will not close the ferry this winter,", "Ana Varga", false],
    ]);
  });

  it("keeps a statement whose quote has no attribution inside it", () => {
    const p = 'The levy was "a burden on every family," Ana Varga said.';
    const { reported } = attributions([p]);
    expect(reported.map((r) => [r.text, r.speaker, r.cue])).toEqual([
      ['The levy was "a burden on every family,"', "Ana Varga", "said"],
    ]);
  });
});
