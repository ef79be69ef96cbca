import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";
import { SUBJECT_PRONOUNS } from "../../src/lexicon/speaker-words.js";
import { expectNoBlowUp, ordinaryText } from "../timing.js";

// Random paragraphs built from the pieces that matter to the extractor: every kind of mark,
// apostrophes, punctuation, cue words, names and pronouns.
const piece = fc.constantFrom(
  '"',
  "“",
  "”",
  "„",
  "«",
  "»",
  "‹",
  "›",
  "''",
  "``",
  "'",
  "’",
  "‘",
  " ",
  " ",
  ", ",
  ". ",
  ": ",
  "? ",
  "! ",
  " — ",
  "(",
  ")",
  "said",
  "told",
  "according to",
  "calling",
  "he",
  "she",
  "who",
  "Mr.",
  "Ana Ruiz",
  "Ruiz",
  "the ministry",
  "HOST:",
  "so-called",
  "=",
  "<b>",
  "word",
  "U.S.",
  "\n",
);
const paragraph = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(""));

describe("extractQuotes on arbitrary text", () => {
  it("never throws, and every piece is exactly its part of the quote text", () => {
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 6 }), (paragraphs) => {
        const quotes = extractQuotes(paragraphs);
        for (const q of quotes) {
          expect(q.pieces.length).toBeGreaterThan(0);
          for (const p of q.pieces) {
            expect(p.paragraph).toBeGreaterThanOrEqual(0);
            expect(p.paragraph).toBeLessThan(paragraphs.length);
            expect(0 <= p.start && p.start <= p.end && p.end <= paragraphs[p.paragraph].length).toBe(true);
          }
          expect(q.pieces.map((p) => paragraphs[p.paragraph].slice(p.start, p.end)).join(" ")).toBe(q.text);
          expect(q.text.trim()).not.toBe("");
          // no speaker: no mention either, or only a pronoun the story does not resolve
          if (q.speaker === null && q.speakerMention !== null) {
            expect(Object.keys(SUBJECT_PRONOUNS)).toContain(q.speakerMention.toLowerCase());
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it("never throws on arbitrary unicode strings", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "grapheme", maxLength: 80 }), { maxLength: 4 }), (paragraphs) => {
        for (const q of extractQuotes(paragraphs)) {
          expect(q.pieces.map((p) => paragraphs[p.paragraph].slice(p.start, p.end)).join(" ")).toBe(q.text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("extractQuotes on hostile input", () => {
  const MB = 1_000_000;
  const cases: [string, string][] = [
    ["a megabyte of straight marks", '"'.repeat(MB)],
    ["a megabyte of typewriter marks", "''a'' ".repeat(MB / 6)],
    ["a megabyte of openers", '"a '.repeat(MB / 3)],
    ["a megabyte of attributed quotes in one sentence", '"x," he said, '.repeat(MB / 14)],
    ["a megabyte of names and cues", "Mr. Ana Ruiz said that he told Ruiz, who called it ".repeat(MB / 52)],
    ["a megabyte without spaces", "a".repeat(MB)],
  ];
  for (const [name, text] of cases) {
    it(`finishes ${name} in linear time`, () => {
      const ordinary = ordinaryText(text.length, true);
      expectNoBlowUp(
        name,
        () => extractQuotes([text]),
        () => extractQuotes([ordinary]),
      );
    });
  }
});
