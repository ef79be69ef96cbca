import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const at = (paragraphs: string[], span: { paragraph: number; start: number; end: number } | null) =>
  span && paragraphs[span.paragraph].slice(span.start, span.end);

describe("words named (the slogan '…', a memo titled '…', known as '…')", () => {
  it("keeps a slogan and gives it to the person the sentence is about", () => {
    const paragraphs = ['Mayor Lena Marsh ran on the slogan "Bridges First" in 2019.'];
    const [q] = extractQuotes(paragraphs);
    expect(extractQuotes(paragraphs)).toHaveLength(1);
    expect(q).toMatchObject({ text: "Bridges First", speaker: "Lena Marsh", cue: null });
    expect(at(paragraphs, q.pieces[0])).toBe("Bridges First");
    expect(at(paragraphs, q.speakerAt)).toBe("Lena Marsh");
  });

  it("keeps a title-cased memo title and gives it to the writer", () => {
    const paragraphs = ['Port chief Tom Varga released a memo titled "Where the Harbor Stands."'];
    const quotes = extractQuotes(paragraphs);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([["Where the Harbor Stands.", "Tom Varga"]]);
  });

  it("gives what a thing is called to nobody, and lets no earlier speaker go on with it", () => {
    const paragraphs = [
      '"We are ready," said Tom Varga.',
      'The council set up a website called "Ferry Watch" last spring.',
      'The old ferry is known as "the grey lady" along the coast.',
    ];
    const quotes = extractQuotes(paragraphs);
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([
      ["We are ready,", "Tom Varga", "said"],
      ["Ferry Watch", null, null],
      ["the grey lady", null, null],
    ]);
  });

  it("still reads a speaker who calls something a name, and still drops titles", () => {
    const quotes = extractQuotes([
      'Ana Ruiz has called the plan "a gift to the harbor."',
      'Critics of the film "Morning Over Lisbon" stayed home.',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker, q.cue])).toEqual([["a gift to the harbor.", "Ana Ruiz", "called"]]);
  });

  it("keeps the words a crowd calls out, title-like or not, and lets no earlier speaker go on with them", () => {
    const paragraphs = [
      '"We will win this," said Tom Varga.',
      'The dock workers met him with chants of "Ferry Now" at the gate.',
      'Later the hall rang with cries of "Go Home" from the back rows.',
    ];
    const quotes = extractQuotes(paragraphs);
    expect(quotes.map((q) => [q.text, q.cue])).toEqual([
      ["We will win this,", "said"],
      ["Ferry Now", null],
      ["Go Home", null],
    ]);
    expect(quotes[2].speaker).toBeNull();
  });
});
