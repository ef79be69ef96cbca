// A quote whose closing mark was left out ends at the comma before an attribution inside it, when the
// next paragraph does not go on with the quote. Invented sentences.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanMarks } from "../../src/extract/quotes/marks.js";
import { missingCloserAt } from "../../src/extract/quotes/unclosed.js";
import { extractAttributions } from "../../src/extract/reported.js";

const quotes = (paragraphs: string[]) => extractAttributions(paragraphs).quotes.map((q) => [q.text, q.speaker, q.cue]);

describe("a quote with its closing mark left out", () => {
  it("ends at the comma before ', said NAME'", () => {
    expect(
      quotes([
        '"We cannot keep borrowing, said council member Tomas Varga, who chairs the finance committee.',
        "The council meets again in May.",
      ]),
    ).toEqual([["We cannot keep borrowing", "Tomas Varga", "said"]]);
  });

  it("ends at the comma before ', NAME said' in the story's last paragraph", () => {
    expect(quotes(['"The ferry will run all winter, Ana Ruiz said on Monday.'])).toEqual([
      ["The ferry will run all winter", "Ana Ruiz", "said"],
    ]);
  });

  it("goes on into the next paragraph when that one opens with a quotation mark", () => {
    const found = quotes([
      '"The ferry will run all winter, whatever the weather, and the crews know it.',
      '"We have the boats," Ana Ruiz said.',
    ]);
    expect(found).toHaveLength(1);
    expect(found[0][0]).toContain("whatever the weather");
  });

  it("keeps running to the paragraph's end when no attribution stands inside it", () => {
    expect(quotes(['"The ferry will run all winter, whatever the weather.', "The council meets in May."])).toEqual([
      ["The ferry will run all winter, whatever the weather.", null, null],
    ]);
  });

  it("ends a quote only at a comma inside it, on any text", () => {
    const piece = fc.constantFrom('"', "“", ",", " ", ".", "said", "Ana", "Ruiz", "he", "a", "told", "‹", "0");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = `"${pieces.join("")}`;
        for (const stretch of scanMarks(text)) {
          const cut = missingCloserAt(text, stretch);
          if (cut >= 0) {
            expect(text[cut]).toBe(",");
            expect(cut).toBeGreaterThan(stretch.start);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
