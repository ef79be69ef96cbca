// A mixed statement whose quote ends in a comma and is followed by "while" or "though": the contrast
// opens the reporter's own clause, so the content ends with the quote; "but" goes on with it.
// Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraph: string) => extractAttributions([paragraph], "en").reported.map((r) => r.text);

describe("reported speech: a contrast after a quote that ends in a comma", () => {
  it("ends the content before 'while'", () => {
    expect(
      reported(
        'The harbour master said the new timetable was "far too thin," while the ferry crews were still at sea.',
      ),
    ).toEqual(['the new timetable was "far too thin,"']);
  });

  it("ends the content before 'though'", () => {
    expect(
      reported('Most residents say the pier repairs are "long overdue," though few of them use the pier in winter.'),
    ).toEqual(['the pier repairs are "long overdue,"']);
  });

  it("keeps the clause after 'but', which may go on with the statement", () => {
    expect(reported('The mayor said the levy was "a fair price," but only for the coming year.')).toEqual([
      'the levy was "a fair price," but only for the coming year',
    ]);
  });
});

describe("reported speech: a dash and an apposition after a quote", () => {
  it("ends the content before the reporter's comment on the quote", () => {
    expect(
      reported('The harbour master said the pier was "a ferry stop, not a museum" — a swipe at the council.'),
    ).toEqual(['the pier was "a ferry stop, not a museum"']);
  });
});
