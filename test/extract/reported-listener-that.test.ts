// Reported speech: after a cue that may name a listener ("warned", "promised", "asking"), "that" before a
// clause's subject is the complementizer that opens the content, not a determiner opening the listener
// ("warned that the crews are staying in port" read "that the crews are staying" as the listener and
// reported only "port"); so is "that" before a noun and its verb or a subordinator ("that costs would …",
// "that if …"). "told that group …" still names one, and "that" before a verb is a relative on the noun
// before it ("warned the crews of the storm that closed …"). Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: 'that' after a listener cue", () => {
  it("opens the content before a determiner, a pronoun or a name", () => {
    expect(texts(["Ruiz warned that the crews are staying in the port."])).toEqual([
      "the crews are staying in the port",
    ]);
    expect(texts(["Varga promised that she is staying in the race until June."])).toEqual([
      "she is staying in the race until June",
    ]);
    expect(texts(["The union cautioned that Varga would need to hear more at the hearing."])).toEqual([
      "Varga would need to hear more at the hearing",
    ]);
  });

  it("opens the content before a noun and its verb, or a subordinator", () => {
    expect(texts(["Ruiz warned that costs would rise in the spring."])).toEqual(["costs would rise in the spring"]);
    expect(texts(["Ruiz warned that if the levy fails, crews would leave in the spring."])).toEqual([
      "if the levy fails, crews would leave in the spring",
    ]);
  });

  it("reads a 'that' before a verb as a relative on the noun before it, inside the content", () => {
    expect(texts(["Varga warned the crews of the storm that closed the port in May."])).toEqual([
      "the storm that closed the port in May",
    ]);
  });

  it("still reads a listener after a demonstrative 'that'", () => {
    expect(texts(["Ruiz told that group the levy was dead."])).toEqual(["the levy was dead"]);
  });
});
