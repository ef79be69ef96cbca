// Mixed statements cut by a mid-sentence source: a quote that opens in lower case after "…, X said,"
// goes on with the words before the source, which are one statement with it ("The plan, a pilot said,
// “is dead”"); after a comma-joined clause of the reporter's or an opening purpose, and for a quote
// that opens a sentence of its own, the quote stands alone. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const both = (paragraphs: string[]) => extractAttributions(paragraphs, "en");
const texts = (paragraphs: string[]) => both(paragraphs).reported.map((r) => r.text);

describe("reported speech: a lower-case quote after a mid-sentence source", () => {
  it("keeps the subject before the source with the quote", () => {
    const { quotes, reported } = both(["The ferry plan, a harbour pilot said, “is dead for now” and will not return."]);
    expect(reported.map((r) => r.text)).toEqual(["The ferry plan “is dead for now” and will not return"]);
    expect(quotes.map((q) => [q.text, q.partial])).toEqual([["is dead for now", true]]);
  });

  it("keeps an opening clause before the source with the quote", () => {
    expect(texts(['When the pier reopens, Varga said, "it will be a busier town."'])).toEqual([
      'When the pier reopens "it will be a busier town."',
    ]);
  });

  it("leaves the reporter's clause before a comma out", () => {
    expect(
      texts(['The pier stayed shut all week, and also, Varga said, "to make the point that nobody listens."']),
    ).not.toContain('The pier stayed shut all week, and also "to make the point that nobody listens."');
  });

  it("leaves an opening purpose out", () => {
    expect(texts(['To warn the crews, the notice says, "keep the lights on after dark."'])).toEqual([]);
  });

  it("leaves a quote that opens a sentence of its own to the quotes", () => {
    expect(texts(['The ferry plan, Varga said, "Nobody wanted it."'])).not.toContain(
      'The ferry plan "Nobody wanted it."',
    );
  });
});
