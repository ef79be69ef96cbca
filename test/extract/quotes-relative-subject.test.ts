import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

describe("a relative clause's subject with no cue", () => {
  it("gives the quote to the person 'who' stands for, with 'who' as the mention", () => {
    const paragraphs = ['Ana Ruiz, who has cast herself as the "harbor candidate," toured the docks on Monday.'];
    const quotes = extractQuotes(paragraphs);
    expect(quotes).toHaveLength(1);
    const [q] = quotes;
    expect(q).toMatchObject({ text: "harbor candidate,", speaker: "Ana Ruiz", speakerMention: "who", cue: null });
    expect(q.speakerAt && paragraphs[0].slice(q.speakerAt.start, q.speakerAt.end)).toBe("who");
  });

  it("still takes the sentence's subject when no relative pronoun stands before the quote", () => {
    const quotes = extractQuotes(['Ana Ruiz hailed the deal as a "breakthrough."']);
    expect(quotes.map((q) => [q.speaker, q.speakerMention])).toEqual([["Ana Ruiz", "Ana Ruiz"]]);
  });
});
