// Speakers: a source phrase opens and ends as a noun phrase. A discourse word before it is no part
// of it ("Even the harbour pilots said"); a phrase that opens on a verb, a preposition or a
// subordinator ("came shouts", "At the bottom it reads", "As they say") names nobody; a preposition
// it dangles on is dropped ("Their chants of"). Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (text: string) => extractAttributions([text], "en").reported.map((r) => [r.text, r.speakerMention]);
const quotes = (text: string) =>
  extractAttributions([text], "en").quotes.map((q) => [q.text, q.speaker, q.speakerMention]);

describe("speakers: where a source phrase opens", () => {
  it("starts past a discourse word", () => {
    expect(reported("Even the harbour pilots said the pier was unsafe.")).toEqual([
      ["the pier was unsafe", "the harbour pilots"],
    ]);
  });

  it("keeps 'not' that counts the source", () => {
    expect(reported("Not everyone said the pier was unsafe.")).toEqual([["the pier was unsafe", "Not everyone"]]);
  });

  it("names nobody for a verb, a preposition or a subordinator", () => {
    expect(quotes("“Open the gates,” came shouts from the pier.")).toEqual([["Open the gates,", null, null]]);
    expect(quotes("At the bottom it reads, “Thanks for sailing with us.”")).toEqual([
      ["Thanks for sailing with us.", null, "it"],
    ]);
    expect(quotes("As they say about the old captain, “steady hands, sharp eyes.”")).toEqual([
      ["steady hands, sharp eyes.", null, "they"],
    ]);
  });

  it("names nobody for a lower-case verb with its object or a cue form", () => {
    const sources = (text: string) => extractAttributions([text], "en").reported.map((r) => r.speakerMention);
    expect(
      sources("He wanted to know if the board would honor a previous pledge to remain neutral in the dispute."),
    ).toEqual([null]);
    expect(sources("The two men were said to have pressed for the inclusion of the ferry plank.")).toEqual([
      null,
      null,
    ]);
  });

  it("ends the source before a preposition or article it dangles on", () => {
    expect(quotes("Their chants of “Open the gates!” filled the square.")).toEqual([
      ["Open the gates!", "Their chants", "Their chants"],
    ]);
    expect(quotes("The question of whether to “close the pier” divided the board.")).toEqual([
      ["close the pier", "The question", "The question"],
    ]);
  });
});
