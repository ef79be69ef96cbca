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

describe("the source after an inverted cue", () => {
  it("keeps a slash inside a word and a capitalised word that reads as a preposition", () => {
    expect(mentionOf('"The rules are wrong," said 9/11 widow Ana Ruiz.')).toContain("Ana Ruiz");
    expect(mentionOf('"We will win," said Al From, who founded the group.')).toBe("Al From");
  });

  it("ends at a comma that resumes the sentence with a verb", () => {
    const quotes = quotesOf('Any "honest" reading, said Ana Ruiz, an expert on ports, would see it as "a retreat."');
    expect(quotes.map((q) => q.speakerMention)).toEqual(["Ana Ruiz", "Ana Ruiz"]);
  });

  it("names the source of a cue set off by commas inside its sentence", () => {
    expect(
      mentionOf(
        'The puzzle of the mayor, says Tom Varga, a historian, is that she was "the most powerful mayor" here.',
      ),
    ).toBe("Tom Varga");
    expect(mentionOf('The board, says Ana Ruiz, "has failed us."')).toBe("Ana Ruiz");
    expect(mentionOf('The board says Ana Ruiz is "a fine mayor."')).toBe("The board");
  });
});

describe("a discourse word set off by commas before an aside", () => {
  it("is not the subject", () => {
    expect(mentionOf('Ruiz, meanwhile, who has no seat, said the board is "prepared to fight."')).toBe("Ruiz");
  });
});

describe("a quote the story prints twice", () => {
  const pull = "We will keep the harbor open for every family in this town.";
  it("takes the speaker of the copy that has one", () => {
    const quotes = extractQuotes([
      `"${pull}"`,
      `The mayor spoke for an hour. "${pull.replace(/\.$/, ",")}" Ruiz said.`,
    ]);
    expect(quotes).toHaveLength(2);
    expect(quotes.map((q) => q.speaker)).toEqual(["Ruiz", "Ruiz"]);
    expect(quotes[0].speakerAt).toBeNull();
    expect(quotes[0].cueAt).toEqual(quotes[1].cueAt);
  });

  it("leaves a short phrase that repeats by chance alone", () => {
    const quotes = extractQuotes(['"Not again."', 'The crowd groaned. "Not again," Ruiz said.']);
    expect(quotes[0].speaker).toBeNull();
  });
});

describe("a verb after a determiner that stands alone, and 'late' before a cue", () => {
  it("ends the subject at an auxiliary or a past-tense verb", () => {
    expect(mentionOf('One would require half the panel to back a "conscience clause" in June.')).toBe("One");
    expect(mentionOf('Another featured old photos telling "the story of the harbor."')).toBe("Another");
  });

  it("drops 'late' in a time phrase between a name and its verb", () => {
    expect(mentionOf('Judge Ana Ruiz late Thursday ruled the law was "plainly void."')).toBe("Judge Ana Ruiz");
  });
});

describe("a cue that reports a clause after the quote", () => {
  it("leaves the quote to the subject before it", () => {
    expect(mentionOf('Mr. Varga, citing "the unique pull of the mayor," said the party could win in Lakeside.')).toBe(
      "Mr. Varga",
    );
  });

  it("keeps a plural noun that closes the source of 'according to'", () => {
    expect(mentionOf('According to harbor pool reports, Ruiz said "there is hope" in the town.')).toBe(
      "harbor pool reports",
    );
  });
});

describe("a cue inside a relative clause set off by commas", () => {
  it("does not govern a quote after the clause closes", () => {
    const quotes = quotesOf('He said that the plan, which some have argued was a ploy, was an "insult" to the town.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0].speakerMention).toBe("He");
  });

  it("still governs a quote inside the clause", () => {
    expect(mentionOf('Ana Ruiz, who portrayed him as a calm, patient leader who would be "a fighter" for all.')).toBe(
      "who",
    );
  });
});

describe("a named subject before an aside of time or place", () => {
  it("is the source, whatever place names the aside holds", () => {
    expect(mentionOf('Ruiz, during a town hall in Lakeside, Ohio, said she was "going to fix the pier."')).toBe("Ruiz");
    expect(mentionOf('In Lakeside, Ohio, the mayor said it was "a good day."')).toBe("the mayor");
  });
});
