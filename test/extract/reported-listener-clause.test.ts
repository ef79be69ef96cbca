// Reported speech: after a cue that may name a listener ("warned", "promised"), a noun phrase that an
// auxiliary follows is the subject of what was said, not the listener ("warned the levy would fail in
// the spring" reported only "the spring"); a phrase a question word follows stays the listener
// ("asking the directors whether …"). Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: a clause's subject after a listener cue", () => {
  it("reads the noun phrase before an auxiliary as the content's subject", () => {
    expect(texts(["Ruiz warned the levy would fail in the spring."])).toEqual(["the levy would fail in the spring"]);
    expect(texts(["Varga promised the Harbour Friends will return to the pier."])).toEqual([
      "the Harbour Friends will return to the pier",
    ]);
  });

  it("keeps the listener before a question word", () => {
    expect(texts(["Ruiz asked the directors whether the port should close."])).toEqual(["the port should close"]);
  });
});
