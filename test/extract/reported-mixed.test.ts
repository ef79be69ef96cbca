// Mixed statements whose source comes after an inverted cue: the reporter's words and a partial quote
// before `said X` are one statement (reported speech holding a quote); a quote alone stays a quote.
// Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const both = (paragraphs: string[]) => extractAttributions(paragraphs, "en");

describe("reported speech: a mixed statement before an inverted cue", () => {
  it("reports the words before the quote with the quote, by the source after the cue", () => {
    const { quotes, reported } = both(['The ferry timetable was "far too thin," said Tom Varga, a harbour pilot.']);
    expect(reported.map((r) => [r.text, r.speaker])).toEqual([
      ['The ferry timetable was "far too thin,"', "Tom Varga"],
    ]);
    expect(quotes.map((q) => [q.text, q.partial, q.speaker])).toEqual([["far too thin,", true, "Tom Varga"]]);
  });

  it("leaves a quote that opens its sentence to the quotes", () => {
    const { quotes, reported } = both(['"The ferry timetable is far too thin," said Tom Varga.']);
    expect(reported).toEqual([]);
    expect(quotes.map((q) => [q.partial, q.speaker])).toEqual([[false, "Tom Varga"]]);
  });
});
