// The runs the views colour: every character of a paragraph in exactly one run, marks where the spans say.
import { describe, expect, it } from "vitest";
import { paragraphRuns, speakersOf } from "../../src/cli/story-marks.js";
import { fixtureStory } from "./story-fixture.js";

describe("story marks", () => {
  const story = fixtureStory();
  const speakers = speakersOf(story);
  const runs = paragraphRuns(story, speakers);

  it("lists the speakers in order of appearance with counts, descriptions and one slot each", () => {
    expect(speakers).toEqual([
      { name: "Ines Morrow", description: "operations chief", quotes: 1, reported: 1, slot: 0 },
      { name: "Tomas Keel", description: "Harbour master", quotes: 1, reported: 1, slot: 1 },
      { name: null, description: null, quotes: 1, reported: 0, slot: null },
    ]);
  });

  it("cuts each paragraph into runs that put it back together exactly", () => {
    expect(runs.map((p) => p.map((r) => r.text).join(""))).toEqual(story.body.paragraphs);
  });

  it("marks the dateline, the quotes, the reported speech and the speakers' mentions with their speaker's slot", () => {
    const marked = runs.flat().filter((r) => r.kind !== null);
    expect(marked.map((r) => [r.kind, r.text, r.slot])).toEqual([
      ["dateline", "LAKEPORT, Ore. (Newswire) —", null],
      ["quote", "We heard the nurses and the bakers loud and clear,", 0],
      ["speaker", "Ines Morrow", 0],
      ["reported", "The new boats would be ready by May", 0],
      ["speaker", "Morrow", 0],
      ["speaker", "Tomas Keel", 1],
      ["reported", "the quay could take the extra traffic", 1],
      ["quote", "There is room for one more berth,", 1],
      ["quote", "Nobody asked the neighbours,", null],
    ]);
  });

  it("shows the innermost mark where spans overlap, and the outer one again after it", () => {
    const inner = fixtureStory();
    const [start, end] = inner.reported[0].spans[0];
    inner.quotes.push({ ...inner.quotes[0], text: "new boats", spans: [[start + 4, start + 13]], speakerSpan: null });
    const p = paragraphRuns(inner, speakersOf(inner))[1].filter((r) => r.kind !== null);
    expect(p.map((r) => [r.kind, r.text])).toEqual([
      ["quote", "We heard the nurses and the bakers loud and clear,"],
      ["speaker", "Ines Morrow"],
      ["reported", "The "],
      ["quote", "new boats"],
      ["reported", inner.body.text.slice(start + 13, end)],
      ["speaker", "Morrow"],
    ]);
  });
});
