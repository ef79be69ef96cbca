// Reported speech precision: a participle that qualifies a noun after a number, a possessive or an
// adverb is no cue. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const texts = (paragraphs: string[]) => reported(paragraphs).map((r) => r.text);

describe("reported speech: a participle before a noun", () => {
  it("reads a participle after a number word, a possessive noun or an adverb as an adjective", () => {
    expect(texts(["The council voted down her five proposed levies."])).toEqual([]);
    expect(texts(["The harbour master's alleged bias drew complaints."])).toEqual([]);
    expect(texts(["Ruiz's widely criticized plan was dropped."])).toEqual([]);
    expect(texts(["Crews worried about recently announced cuts at the quay."])).toEqual([]);
  });

  it("keeps the cue after a contraction or a subject with an adverb", () => {
    const paragraphs = ["Ana Varga recently announced the pier would close."];
    const [r] = reported(paragraphs);
    const at = (s: { paragraph: number; start: number; end: number } | null) =>
      s && paragraphs[s.paragraph].slice(s.start, s.end);
    expect(r.text).toBe("the pier would close");
    expect(r.speaker).toBe("Ana Varga");
    expect(at(r.pieces[0])).toBe("the pier would close");
    expect(at(r.cueAt)).toBe("announced");
    expect(texts(["The family recently claimed the pier was unsafe."])).toEqual(["the pier was unsafe"]);
  });
});
