// Reported speech precision, fourth round: cue words that report nothing in their place. Invented
// sentences, one rule per test.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: an -ing cue form after an article, a quantifier or a degree word", () => {
  it("reads it as an adjective or a noun, not a statement", () => {
    expect(texts(["Guards watched for other telling signs of trouble near the gate."])).toEqual([]);
    expect(texts(["The harbour plan is the most promising path to a deal this year."])).toEqual([]);
    expect(texts(["Skaters ground their boards along every railing in the square."])).toEqual([]);
  });

  it("still reads a participle that reports after a noun or a comma", () => {
    expect(texts(["Ruiz spoke for an hour, telling the crews that the pier would reopen."])).toEqual([
      "the pier would reopen",
    ]);
    expect(texts(["The union put out a note saying the strike was over."])).toEqual(["the strike was over"]);
  });
});

describe("reported speech: a phrase that introduces a quote in the next paragraph", () => {
  it("reports nothing for a phrase with no verb before a colon that ends the paragraph", () => {
    expect(texts(["The council said about its new harbour levy:", "“We will not back down.”"])).toEqual([]);
    expect(texts(["Ruiz called them on it:", "“You have had ten years.”"])).toEqual([]);
  });

  it("still reports a clause before such a colon, and a phrase that ends its sentence", () => {
    expect(texts(["Ruiz said the levy had failed:", "“We lost.”"])).toEqual(["the levy had failed"]);
    expect(texts(["Ruiz spoke about the harbour levy."])).toEqual(["the harbour levy"]);
  });
});

describe("reported speech: a listener's name with an abbreviation or a body after it", () => {
  it("is no content when a whole quote follows it", () => {
    expect(
      texts([
        "As the mayor told the Harbour Press Agency (HPA), “We, the crews and the pilots, have waited for years.”",
      ]),
    ).toEqual([]);
    expect(
      texts(["Ruiz was angry when she told Tom Varga of Harbour Radio, “So, the pier is gone. It is a shame.”"]),
    ).toEqual([]);
  });

  it("still reads the content after such a listener", () => {
    expect(texts(["Ruiz told Tom Varga of Harbour Radio the levy was dead."])).toEqual(["the levy was dead"]);
  });
});

describe("reported speech: the phrase that opens a sentence before its source", () => {
  it("is no content: it says when or where the source spoke", () => {
    expect(texts(["In a speech at the harbour last July, the mayor declared:", "“The pier will reopen.”"])).toEqual([]);
    expect(texts(["On Friday morning, the third day of her tour, Ruiz told a joke."])).toEqual(["a joke"]);
  });

  it("still reports a content with a clause of its own before the source", () => {
    expect(texts(["In Leith the pier is closed, Ruiz said."])).toEqual(["In Leith the pier is closed"]);
  });
});

describe("reported speech: 'agree to' and a noun phrase", () => {
  it("accepts something, it reports no statement", () => {
    expect(texts(["The two unions finally agreed to a ten-day truce."])).toEqual([]);
  });

  it("still reports what was agreed to do or agreed that", () => {
    expect(texts(["The two unions agreed to end the strike."])).toEqual(["to end the strike"]);
    expect(texts(["Ruiz agreed that the pier was unsafe."])).toEqual(["the pier was unsafe"]);
  });
});

describe("reported speech: a content of adverbs only", () => {
  it("reports nothing: the cue has no content", () => {
    expect(texts(["Ruiz responded first, ripping into the council."])).not.toContain("first");
    expect(texts(["Some shippers might respond more slowly."])).toEqual([]);
  });

  it("still reports a content that holds more than adverbs", () => {
    expect(texts(["Ruiz said so."])).toEqual(["so"]);
    expect(texts(["Ruiz responded that the pier was safe."])).toEqual(["the pier was safe"]);
  });
});

describe("reported speech: an opening phrase that is a clause", () => {
  it("keeps a content whose subject follows the phrase without a comma", () => {
    expect(texts(["In Leith the levy fails, Ruiz said."])).toEqual(["In Leith the levy fails"]);
  });
});
