// Reported speech precision, second round: words in a statement's place that are not what was said
// (a quote's introduction, a sentence adverb before the attribution), cue words in another sense, and
// topics and clauses a cue does not report. Invented sentences, one rule per test.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const both = (paragraphs: string[]) => extractAttributions(paragraphs, "en");
const texts = (paragraphs: string[]) => both(paragraphs).reported.map((r) => r.text);

describe("reported speech: a quote with only its introduction is a quote", () => {
  it("reports nothing when a listener or a place before a colon or comma introduces a whole quote", () => {
    const { quotes, reported } = both(['Marsh tells the dock crews: "Nobody leaves before the tide turns."']);
    expect(reported).toEqual([]);
    expect(quotes.map((q) => q.text)).toEqual(["Nobody leaves before the tide turns."]);
    expect(texts(['Varga says to the fishermen: "This harbour is yours."'])).toEqual([]);
    expect(texts(['Ruiz asked at the town hall, "Who pays for the new pier?"'])).toEqual([]);
  });

  it("keeps the statement when a clause comes before the quote or the quote goes on with it", () => {
    // a clause of the source's own before the comma: mixed statement
    expect(texts(['Marsh said the pier is old, "and nobody will pay to mend it."'])).toEqual([
      'the pier is old, "and nobody will pay to mend it."',
    ]);
    // a quote that opens in lower case goes on with the sentence
    expect(texts(['Varga told the crews that if the storm holds, "we stay in port."'])).toEqual([
      'if the storm holds, "we stay in port."',
    ]);
  });

  it("leaves a quote set off by a colon, or by a comma after a clause, to the quotes when its source follows", () => {
    const { quotes, reported } = both(['Ruiz was blunt: "We lost the vote," she said.']);
    expect(reported).toEqual([]);
    expect(quotes.map((q) => q.text)).toEqual(["We lost the vote,"]);
    expect(texts(['The mayor waved the crowd away, "Go home and rest," she said.'])).toEqual([]);
    // a mixed statement before its source stays reported speech
    expect(texts(['The pier is "older than the town," Ruiz said.'])).toEqual(['The pier is "older than the town,"']);
  });
});

describe("reported speech: a sentence adverb before the attribution is not the content", () => {
  it("takes what follows the attribution as the content", () => {
    const [r] = both(["And yet, the harbour board says, the ferry will run all winter."]).reported;
    expect(r).toMatchObject({ text: "the ferry will run all winter", speaker: "the harbour board" });
    expect(texts(["After all, Varga argued, Ruiz had built the pier herself."])).toEqual([
      "Ruiz had built the pier herself",
    ]);
  });

  it("keeps a subject cut by its attribution", () => {
    expect(texts(["The new pier, Varga said, is unsafe."])).toEqual(["The new pier is unsafe"]);
  });
});

describe("reported speech: cue words that report nothing", () => {
  it("reads 'all told' as a total, not a statement", () => {
    expect(texts(["All told, nine boats were lost in the storm."])).toEqual([]);
    expect(texts(["Marsh told the crews that nine boats were lost."])).toEqual(["nine boats were lost"]);
  });

  it("reads a participle after a preposition as qualifying the noun after it", () => {
    expect(texts(["Ruiz kept her lead in pledged votes after the count in Leith."])).toEqual([]);
    expect(texts(["The board met with proposed tolls on the agenda."])).toEqual([]);
    // a participle after its subject still reports
    expect(texts(["In Leith, Ruiz pledged to mend the pier."])).toEqual(["to mend the pier"]);
  });

  it("reads 'call' in a compound noun or with 'off' as no statement", () => {
    expect(texts(["The harbour board passed the budget by roll call vote on Friday."])).toEqual([]);
    expect(texts(["After the conference call ended, the crews went home."])).toEqual([]);
    expect(texts(["The ferry line moved its call centers to Leith."])).toEqual([]);
    expect(texts(["The pilots called off the strike on Friday."])).toEqual([]);
    // the verb still reports
    expect(texts(["Ruiz called the tolls a disgrace."])).toEqual(["the tolls a disgrace"]);
  });

  it("reads 'safe to say', 'hard to say' as idioms, no statement", () => {
    expect(texts(["Given the tolls, it's safe to say the pier will close."])).toEqual([]);
    expect(texts(["Whether the pier reopens is hard to say - nobody has the figures."])).toEqual([]);
    // the verb after a subject still reports
    expect(texts(["The pilots say the harbour will stay shut."])).toEqual(["the harbour will stay shut"]);
  });

  it("reads 'of' after a listener as part of the listener, not the topic of 'spoke'", () => {
    expect(texts(["Ruiz spoke to a gathering of harbour pilots in Leith."])).toEqual([]);
    expect(texts(["Ruiz spoke to the newspaper on condition of anonymity."])).toEqual([]);
    expect(texts(["Ruiz spoke to the pilots about the new tolls."])).toEqual(["the new tolls"]);
    expect(texts(["Ruiz spoke of the new tolls."])).toEqual(["the new tolls"]);
  });

  it("reports nothing after a subordinate clause's cue and its comma", () => {
    expect(texts(["Until Varga spoke, the crews had waited in silence."])).toEqual([]);
    expect(texts(["When Marsh said, the crews had already left the quay."])).toEqual([]);
    // "as X said, …" reports what follows
    expect(texts(["As Marsh said, the quay is closed."])).toEqual(["the quay is closed"]);
  });
});

describe("reported speech: what a clause-taking cue reports", () => {
  it("reads 'to' and a listener after such a cue as the addressee, not the content", () => {
    expect(texts(["Varga wrote to the harbour board last spring."])).toEqual([]);
    expect(texts(["She said in a radio message to the fishermen."])).toEqual([]);
    // an infinitive after "to" is what was said
    expect(texts(["Varga warned to expect delays at the quay."])).toEqual(["to expect delays at the quay"]);
    // and a clause after the addressee is the content
    expect(texts(["Varga wrote to the harbour board that the quay was unsafe."])).toEqual(["the quay was unsafe"]);
  });

  it("leaves a sentence quoted whole right after its cue to the quotes", () => {
    const { quotes, reported } = both(['Ruiz said "We will finish the new pier" before the vote.']);
    expect(reported).toEqual([]);
    expect(quotes.map((q) => q.text)).toEqual(["We will finish the new pier"]);
    // a quoted name or a fragment goes on with the reporter's sentence
    expect(texts(['Ruiz said "Harbourgate" was a fiction.'])).toEqual(['"Harbourgate" was a fiction']);
  });
});
