// A long story's attribution pass holds a few paragraphs' worth of work at a time: each paragraph's
// statement speakers are handed over as soon as the paragraph is done, and none stay with the pass.
import { describe, expect, it } from "vitest";
import type { Attribution } from "../../src/extract/quotes/attribution.js";
import { attributeStory } from "../../src/extract/quotes.js";
import { statementsIn } from "../../src/extract/reported/statements.js";
import { extractAttributions } from "../../src/extract/reported.js";

const PARAGRAPHS = Array.from({ length: 40 }, (_, i) =>
  i % 4 === 0
    ? `Harbour master Ines Duarte said the pier ${i} would reopen in May, and she said crews would work at night.`
    : i % 4 === 1
      ? `"We are nearly done with berth ${i}," she told reporters.`
      : `The council said repairs to berth ${i} would cost about $${i + 2} million.`,
);

describe("attribution pass memory", () => {
  it("hands each paragraph's statement speakers over once, when the paragraph is done", () => {
    const asked: number[] = [];
    const heard: number[] = [];
    let speakersHeard = 0;
    const mine = new Map<number, Attribution[]>();
    attributeStory(
      PARAGRAPHS,
      (p) => {
        asked.push(p.index);
        const atts = statementsIn(p).map((s) => s.attribution);
        mine.set(p.index, atts);
        return atts.sort((a, b) => a.from - b.from);
      },
      (p, speakers) => {
        heard.push(p.index);
        // only this paragraph's statements, nothing kept from those before
        for (const att of speakers.keys()) expect(mine.get(p.index)).toContain(att);
        speakersHeard += speakers.size;
      },
    );
    expect(asked).toEqual(PARAGRAPHS.map((_, i) => i));
    expect(heard).toEqual(asked);
    expect(speakersHeard).toBeGreaterThanOrEqual(20);
  });

  it("resolves a pronoun statement to the speaker of the paragraphs just before", () => {
    const { reported } = extractAttributions(PARAGRAPHS, "en");
    const late = reported.filter((r) => r.pieces[0].paragraph === 36);
    expect(late.map((r) => r.speaker)).toContain("Ines Duarte");
    expect(reported.filter((r) => r.speakerMention === "she").every((r) => r.speaker === "Ines Duarte")).toBe(true);
  });
});
