// Reported speech precision: a content that is a quote but for a word, or for a tenth of its words, is
// a quote only (CONTRACT.md: a fully quoted statement is a quote, never also reported); so is a content
// that holds a quote's own source; a content that only says when or where is no statement. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const attributions = (paragraphs: string[]) => extractAttributions(paragraphs, "en");

/** [case, paragraph, the quote's text (null: not checked), speaker, partial]: no statement, one quote. */
const QUOTE_ONLY: [string, string, string | null, string, boolean][] = [
  [
    "a quote with only its object outside",
    'Marta Ruiz called him "the worst harbour master the valley has ever had."',
    "the worst harbour master the valley has ever had.",
    "Marta Ruiz",
    true,
  ],
  [
    "a long quote with a short subject before it",
    'Ana Varga said he "will never sign a bill that doubles the toll on the ferry while the crews wait for their pay."',
    null,
    "Ana Varga",
    true,
  ],
  [
    "a quote after a listener and its 'that'",
    'Marta Ruiz told dock workers at the harbour that "we will keep every berth open."',
    "we will keep every berth open.",
    "Marta Ruiz",
    true,
  ],
  [
    "a quote whose source the content holds, its cue later",
    '"We will not close the ferry this winter," Ana Varga, the harbour master, said Sunday.',
    "We will not close the ferry this winter,",
    "Ana Varga",
    false,
  ],
  [
    "a quote after an introduction, the reporter's clause after it",
    'Ana Varga wrote to her followers, "Time to close the pier for good," and shared a map of the harbour.',
    "Time to close the pier for good,",
    "Ana Varga",
    false,
  ],
];

/** [case, paragraph, statement text, source, cue]: one statement, found where it stands. */
const ONE_STATEMENT: [string, string, string, string, string][] = [
  [
    "a clause of its own around the fragment",
    'Ana Varga said the new levy on the ferry was "a burden on every family."',
    'the new levy on the ferry was "a burden on every family."',
    "Ana Varga",
    "said",
  ],
  [
    "a clause after a listener's 'that' with words of its own",
    'Marta Ruiz told dock workers that the new levy was "a burden on every family."',
    'the new levy was "a burden on every family."',
    "Marta Ruiz",
    "told",
  ],
  ["a name right after the cue", "The union endorsed Varga.", "Varga", "The union", "endorsed"],
  [
    "a cue before 'and' and an auxiliary, a second verb of its subject",
    "Ana Varga endorsed and has campaigned for Marta Ruiz.",
    "and has campaigned for Marta Ruiz",
    "Ana Varga",
    "endorsed",
  ],
  [
    "a fragment with no attribution of its own before the source",
    'The levy was "a burden on every family," Ana Varga said.',
    'The levy was "a burden on every family,"',
    "Ana Varga",
    "said",
  ],
];

describe("reported speech: a content that is a quote only", () => {
  it.each(QUOTE_ONLY)("leaves %s to the quotes", (_, p, text, speaker, partial) => {
    const { quotes, reported } = attributions([p]);
    expect(reported).toEqual([]);
    expect(quotes.map((q) => [text === null ? null : q.text, q.speaker, q.partial])).toEqual([
      [text, speaker, partial],
    ]);
    if (text === null) return;
    const at = p.indexOf(text);
    expect(quotes[0].pieces).toEqual([{ paragraph: 0, start: at, end: at + text.length }]);
  });
});

describe("reported speech: statements these rules keep", () => {
  it.each(ONE_STATEMENT)("keeps %s", (_, p, text, speaker, cue) => {
    const { reported } = attributions([p]);
    expect(reported.map((r) => [r.text, r.speaker, r.cue])).toEqual([[text, speaker, cue]]);
    const at = p.indexOf(text);
    expect(reported[0].pieces).toEqual([{ paragraph: 0, start: at, end: at + text.length }]);
  });
});

describe("reported speech: a content that only says when or where", () => {
  it("reads no statement in a time, a year or a place after the cue", () => {
    const texts = (p: string) => attributions([p]).reported.map((r) => r.text);
    expect(texts("Ana Varga fired back in March, and the ferry board met again.")).toEqual([]);
    expect(texts("As I mentioned above, the pier reopened on Tuesday.")).toEqual([]);
    expect(texts('The harbour plan would "save every berth," as she put it in Dunmore.')).toEqual([]);
  });
});

describe("reported speech: a cue that is a noun in a list", () => {
  it("reads no statement in a cue before 'and' and a word that is no verb", () => {
    const texts = (p: string) => attributions([p]).reported.map((r) => r.text);
    expect(texts("The ferry office did not return calls and emails from the harbour board.")).toEqual([]);
  });
});
