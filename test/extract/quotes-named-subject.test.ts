// A named quote whose naming words follow the sentence's subject names that subject ("The ad, entitled
// "…"", "she is nicknamed "…""): the subject is what is named, not who names it, so the quote is
// nobody's; a subject that does the naming keeps it. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const speakers = (paragraphs: string[]) => extractQuotes(paragraphs).map((q) => [q.text, q.speaker]);

describe("a named quote that names its own subject", () => {
  it("gives a titled ad to nobody", () => {
    expect(
      speakers(["Ana Ruiz is the mayor.", 'The ad, entitled "Our Harbor," shows Ruiz with five families.']),
    ).toEqual([["Our Harbor,", null]]);
  });

  it("gives a nickname to nobody", () => {
    expect(speakers(["Ana Ruiz is the mayor.", 'A pilot who knows her is nicknamed "Harbor Girl."'])).toEqual([
      ["Harbor Girl.", null],
    ]);
  });

  it("keeps the subject of a slogan it ran on", () => {
    expect(speakers(["Ana Ruiz is the mayor.", 'Ruiz ran on the slogan "Open the Harbor" in 2010.'])).toEqual([
      ["Open the Harbor", "Ana Ruiz"],
    ]);
  });
});
