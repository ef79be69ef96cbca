// Which phrase is a quote's source when the sentence names several: the clause's subject, not the
// object or complement that happens to stand before the quote.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const speakerOf = (paragraph: string) => {
  const quotes = extractQuotes([paragraph]);
  expect(quotes).toHaveLength(1);
  return quotes[0].speaker;
};

describe("a colon with no cue", () => {
  it("credits the clause's subject, not the phrase right before the colon", () => {
    expect(speakerOf('Mayor Ines Calder delivered a blunt message to the council: "The budget is closed."')).toBe(
      "Ines Calder",
    );
    expect(speakerOf('The harbor board was firm in its findings: "No further appeals."')).toBe("The harbor board");
    expect(extractQuotes(['She then addressed the volunteers again: "Thank you all."'])[0].speakerMention).toBe("She");
  });

  it("keeps a name alone before the colon, or one set off by a dash or a passive's 'by'", () => {
    expect(speakerOf('Pollster Ana Ruiz: "Turnout will be high."')).toBe("Ana Ruiz");
    expect(speakerOf('Turnout has mattered in every race - Ana Ruiz: "It decides them."')).toBe("Ana Ruiz");
    expect(speakerOf('The problem is shown by this memo: "Costs doubled."')).toBe("this memo");
  });
});

describe("a named subject before a chain of asides", () => {
  it("credits the subject, not the last aside's name", () => {
    expect(speakerOf('Cory Almeda, 22, of Flint, Mich., said he could "never vote" for her.')).toBe("Cory Almeda");
    expect(speakerOf('Tom Varga, whose firm, Paradata, makes maps, said it was "a mess."')).toBe("Tom Varga");
  });

  it("keeps the relative pronoun of a clause that holds the quote, and a subject after a plain comma", () => {
    expect(extractQuotes(['Beck, who once called the plan "a farce," left early.'])[0].speakerMention).not.toBe("Beck");
    expect(speakerOf('After the vote, Ana Ruiz said it was "a good day."')).toBe("Ana Ruiz");
  });
});
