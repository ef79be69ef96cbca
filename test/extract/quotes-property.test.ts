import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";
import { POSSESSIVE_PRONOUNS, SUBJECT_PRONOUNS } from "../../src/lexicon/speaker-words.js";
import { expectLinearGrowth, repeatTo } from "../timing.js";

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

const PRONOUNS = [...Object.keys(SUBJECT_PRONOUNS), ...Object.keys(POSSESSIVE_PRONOUNS)];

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
          // no speaker: no mention either, or only a pronoun the story does not resolve ("he", or the
          // possessive of a source like "her reply")
          if (q.speaker === null && q.speakerMention !== null) {
            expect(PRONOUNS).toContain(q.speakerMention.toLowerCase());
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
  const cases: [string, (n: number) => string][] = [
    ["straight marks", (n) => '"'.repeat(n)],
    ["typewriter marks", (n) => repeatTo("''a'' ", n)],
    ["openers", (n) => repeatTo('"a ', n)],
    ["attributed quotes in one sentence", (n) => repeatTo('"x," he said, ', n)],
    ["names and cues", (n) => repeatTo("Mr. Ana Ruiz said that he told Ruiz, who called it ", n)],
    ["text without spaces", (n) => "a".repeat(n)],
    ["a quote never closed, full of attributions", (n) => `"${repeatTo("a b, said Ana Ruiz, ", n)}`],
  ];
  for (const [name, make] of cases) {
    it(`finishes ${name} in linear time`, () => {
      expectLinearGrowth(
        name,
        (n) => {
          const text = make(n);
          return () => extractQuotes([text]);
        },
        30_000,
      );
    });
  }
});
