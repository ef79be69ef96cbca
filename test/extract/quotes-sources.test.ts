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

describe("a participle's own subject", () => {
  it("does not take a day or month before the participle for its subject", () => {
    expect(speakerOf('The council released a statement Wednesday saying the plan was "dead on arrival."')).toBe(
      "The council",
    );
  });

  it("lets a finite cue earlier in the clause govern a participle with no subject of its own", () => {
    const q = extractQuotes([
      "She says Varga’s early-morning tweets accusing Ana Ruiz of having a criminal record are “lies and smears.”",
    ])[0];
    expect(q.speakerMention).toBe("She");
    const own = extractQuotes(['The ad ends with footage of Varga saying, "We will win."'])[0];
    expect(own.speaker).toBe("Varga");
  });
});

describe("an attribution after a quote that ends in ? or !", () => {
  it("reads the source in what the sentence splitter took for the next sentence", () => {
    expect(speakerOf('"Full steam ahead!" Rep. Dana Tobin, R-Pa., said of the plan.')).toBe("Dana Tobin");
    expect(speakerOf('"Who pays for it?" Ruiz, a retired nurse, asked the panel.')).toBe("Ruiz");
  });
});

describe("a demonstrative source after a quote", () => {
  it("reads 'this source' before the cue as the source, not 'that' and a pronoun", () => {
    expect(speakerOf('"The board never liked him," this source told the Gazette.')).toBe("this source");
    expect(speakerOf('"The board never liked him," that he said was odd.')).toBeNull();
  });
});

describe("the subject of a sentence with no cue", () => {
  it("is never an opening preposition, subordinator or date", () => {
    const q = extractQuotes([
      "Ruiz spoke at noon.",
      'Between 2001 and 2007, output was "far too low for a port of this size."',
    ])[0];
    expect(q.speakerMention).toBe("Ruiz");
    expect(speakerOf('Whatever the outcome, the winner will be a "genius."')).toBeNull();
  });
});

describe("a subject the sentence only describes", () => {
  it("gives the quote to nobody, not to the subject nor to an earlier speaker", () => {
    for (const sentence of [
      'The new pier is "a lifeline for the whole coast."',
      'The new pier has always been "a lifeline for the whole coast."',
      'The new pier seems "a lifeline for the whole coast."',
    ]) {
      const quotes = extractQuotes(['"We are ready," said Tom Varga.', sentence]);
      expect(quotes.map((q) => q.speaker)).toEqual(["Tom Varga", null]);
    }
  });

  it("still credits a subject that acts ('is pushing') or is reported ('is said to')", () => {
    expect(speakerOf('The mayor is pushing "a plan for the whole coast."')).toBe("The mayor");
    expect(speakerOf('The mayor is said to have backed "a plan for the whole coast."')).toBe("The mayor");
  });
});

describe("a document the clause's subject puts out", () => {
  it("speaks for that subject: 'X released an ad that says'", () => {
    expect(speakerOf('Mayor Ines Calder is releasing a new radio ad that urges voters to "stay the course."')).toBe(
      "Ines Calder",
    );
    expect(speakerOf('The Harbor Gazette recently ran an editorial that called the plan "a costly detour."')).toBe(
      "The Harbor Gazette",
    );
  });
});
