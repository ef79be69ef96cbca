// Lexicon patterns run case-sensitively on lower-cased text must match exactly what they matched as
// case-insensitive patterns on the text as written.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { caseFree, testCaseFree } from "../../src/extract/boilerplate/case-free.js";
import { LINE_PATTERNS, RELATED_MARKERS } from "../../src/lexicon/boilerplate.js";

const PATTERNS = [...LINE_PATTERNS.map((p) => p.match), ...RELATED_MARKERS];

// chrome lines in several languages, and story lines that mention chrome words
const LINES = [
  "Lesen Sie auch: Der Hafen wird erweitert",
  "À lire aussi",
  "Tous droits réservés © 2026 Le Courrier du Nord",
  "Czytaj także",
  "Baca juga: Harga beras naik",
  "Читайте также",
  "We use cookies to improve your experience",
  "Diese Website verwendet Cookies für Statistiken.",
  "Read more",
  "Related stories",
  "Next In World",
  "Photo: Jana Kovač",
  "Vor 3 Stunden",
  "Leia também",
  "Newsletter abonnieren und nichts verpassen",
  "The council said it would publish the full report next week.",
  "Readers who want more stories like this can visit the library.",
];

const flipCase = (text: string, flips: boolean[]) =>
  [...text].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c.toLowerCase())).join("");

describe("case-free lexicon patterns", () => {
  it("lowers most of the phrase lexicon and keeps patterns with upper-case letters as written", () => {
    const converted = PATTERNS.map(caseFree);
    expect(converted.filter((p) => p.onLower).length).toBeGreaterThan(PATTERNS.length / 2);
    const kept = caseFree(/^(?:AP|AFP)\s+photo$/i);
    expect(kept.onLower).toBe(false);
    expect(testCaseFree(kept, "ap PHOTO", "ap photo")).toBe(true);
    expect(caseFree(/^\S+\s+photos?$/i).onLower).toBe(true);
    expect(caseFree(/^EFE$/u)).toEqual({ re: /^EFE$/u, onLower: false });
    // a capital written as a code stays case-insensitive
    const coded = caseFree(/^\u00c0 la une$/iu);
    expect(coded.onLower).toBe(false);
    expect(testCaseFree(coded, "À LA UNE", "à la une")).toBe(true);
  });

  it("matches what the case-insensitive pattern matches, whatever the letter case", () => {
    const converted = PATTERNS.map((re) => [re, caseFree(re)] as const);
    let matched = 0;
    fc.assert(
      fc.property(fc.constantFrom(...LINES), fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), (line, flips) => {
        const text = flipCase(line, flips);
        const lower = text.toLowerCase();
        for (const [re, free] of converted) {
          const before = re.test(text);
          if (before) matched++;
          expect(testCaseFree(free, text, lower), `${re} on ${text}`).toBe(before);
        }
      }),
      { numRuns: 300 },
    );
    expect(matched).toBeGreaterThan(100);
  });
});
