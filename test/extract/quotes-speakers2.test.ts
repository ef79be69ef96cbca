// Speaker attribution of direct and partial quotes: the source phrase keeps the speaker's words and
// drops what stands between it and its cue (time phrases, adverbs), and a quote that ends its own
// sentence after an introducing cue does not take the next sentence's subject.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const quotesOf = (paragraph: string) => extractQuotes([paragraph]);
const mentionOf = (paragraph: string) => {
  const quotes = quotesOf(paragraph);
  expect(quotes).toHaveLength(1);
  return quotes[0].speakerMention;
};

describe("a time phrase between the source and its cue", () => {
  it("drops a counted time before 'ago'", () => {
    expect(mentionOf('The harbor board less than two weeks ago said the "sealed" files had moved.')).toBe(
      "The harbor board",
    );
    expect(mentionOf('The port authority a few hours ago said the cranes were "back in service."')).toBe(
      "The port authority",
    );
  });

  it("drops a time phrase opened by 'during' or 'since'", () => {
    expect(mentionOf('Ana Ruiz during a Sunday thanked the nurses "for their long nights."')).toBe("Ana Ruiz");
  });

  it("keeps a subject whose own words count something", () => {
    expect(mentionOf('About two dozen economists said the plan was "not workable."')).toBe(
      "About two dozen economists",
    );
  });
});

describe("an adverb before a participle", () => {
  it("is not part of the participle's subject", () => {
    expect(mentionOf('The hall emptied, with Tom Varga reportedly shouting: "Go home!"')).toBe("Tom Varga");
  });
});

describe("a quote whose own ? or ! ends its sentence", () => {
  it("keeps the cue that introduced it, not the next sentence's subject", () => {
    const quotes = quotesOf('Ruiz, tired, replied: "What does it matter now?" Her rivals cited it as proof.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speaker).toBe("Ruiz");
  });

  it("still takes an attribution right after a quote that nothing introduced", () => {
    const quotes = quotesOf('"Why not?" Ruiz asked. The board agreed.');
    expect(quotes[0].speaker).toBe("Ruiz");
  });
});

describe("a present-tense verb after the subject", () => {
  it("ends the subject when a determiner that stands alone is the subject", () => {
    expect(mentionOf('Another shows her first job at a cannery, "gutting" fish all day.')).toBe("Another");
    expect(mentionOf('The notes describe the plan as "a disaster."')).toBe("The notes");
  });

  it("ends the subject before a particle", () => {
    expect(mentionOf('The agency waves off the delay as having "minimal" impact.')).toBe("The agency");
  });

  it("is not part of the phrase before a colon", () => {
    expect(mentionOf('Article 9 affirms: "No member shall be expelled."')).toBe("Article 9");
    expect(mentionOf('The harbor board statement: "We regret the delay."')).toBe("The harbor board statement");
  });
});
