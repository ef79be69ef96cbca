import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";
import type { Quote, Reported } from "../../src/story.js";

// Random stories built from the pieces reported speech and quotes are made of: cues before and after
// the content, sources with titles and appositions, pronouns, marks, commas and sentence ends.
const piece = fc.constantFrom(
  "Ana Ruiz",
  "Ruiz",
  "Mayor Ana Ruiz",
  "the ministry",
  "a spokesman",
  "he",
  "She",
  "said",
  "said that",
  "told reporters",
  "added that",
  "according to",
  "According to the agency,",
  "in a statement",
  "on Friday",
  ", adding that",
  "the pier is safe",
  "the talks failed",
  '"We are ready,"',
  "“a mess”",
  '"',
  "”",
  ", ",
  ". ",
  ": ",
  " — ",
  "\n\n",
  "  ",
);
const story = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(" "));
const squash = (s: string) => s.replace(/\s+/g, " ");

/** Every span of an item into body.text holds what the item's fields say. */
function check(text: string, item: Quote | Reported): void {
  expect(item.spans.map(([a, b]) => text.slice(a, b)).join(" ")).toBe(item.text);
  if (item.speakerSpan) expect(squash(text.slice(...item.speakerSpan))).toBe(item.speakerMention);
  else if ("partial" in item) expect(item.speakerMention === null || item.speaker !== undefined).toBe(true);
  if (item.cueSpan) expect(squash(text.slice(...item.cueSpan))).toBe(item.cue);
  else expect(item.cue).toBeNull();
}

describe("spans of quotes and reported speech", () => {
  it("hold the text, the speaker mention and the cue they stand for", async () => {
    await fc.assert(
      fc.asyncProperty(story, async (input) => {
        const s = await parse(input, { path: "story.txt" });
        for (const q of s.quotes) check(s.body.text, q);
        for (const r of s.reported) {
          check(s.body.text, r);
          // a reported statement always names its source where it stands
          expect(r.speakerMention === null || r.speakerSpan !== null).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});
