import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { WordTable } from "../../src/extract/common/word-table.js";

describe("WordTable", () => {
  const table = new WordTable<number>([
    ["the", 1],
    ["of", 2],
    ["über", 3],
    ["l'été", 4],
  ]);

  it("finds a word where it stands in a text, and only the whole word", () => {
    const text = "ferries of the bay";
    expect(table.get(text, 8, 10)).toBe(2);
    expect(table.get(text, 11, 14)).toBe(1);
    expect(table.get(text, 11, 13)).toBeUndefined(); // "th"
    expect(table.get(text, 15, 18)).toBeUndefined(); // "bay"
    expect(table.get("par-dessus über", 11, 15)).toBe(3);
    expect(table.get("depuis l'été", 7, 12)).toBe(4);
    expect(table.get("", 0, 0)).toBeUndefined();
  });

  it("answers as a Map of the same words does, for any word of any text", () => {
    const words = ["a", "an", "and", "de", "der", "die", "das", "la", "le", "les", "o", "os", "y", "zu"];
    const map = new Map(words.map((w, i) => [w, i]));
    const many = new WordTable(map);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.nat(12), fc.nat(12), (text, a, b) => {
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        expect(many.get(text, start, end)).toBe(map.get(text.slice(start, end)));
      }),
      { numRuns: 500 },
    );
    for (const w of words) expect(many.get(`(${w})`, 1, w.length + 1)).toBe(map.get(w));
  });
});
