// Speaker attribution of quotes: a report that follows a quote with words of its own does not take
// over a quote an earlier cue introduced; a name set off from its cue by an aside is still the
// subject; and the owner of a written or spoken text ("Ruiz's statement") is its speaker.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const only = (paragraphs: string[]) => {
  const quotes = extractQuotes(paragraphs);
  expect(quotes).toHaveLength(1);
  return quotes[0];
};

describe("a report after a quote that an earlier cue introduced", () => {
  it("keeps the earlier cue's source when the later cue reports a clause of its own", () => {
    const q = only([
      'Even as Lena Marsh argued on Monday that the ferry was "safe enough to sail," a harbor pilot said the currents were too strong.',
    ]);
    expect(q.speaker).toBe("Lena Marsh");
    expect(q.cue).toBe("argued");
  });

  it("still credits a later attribution that closes the clause", () => {
    const q = only(['The ferry was "safe enough to sail," a harbor pilot said on Monday.']);
    expect(q.speakerMention).toBe("a harbor pilot");
  });

  it("still credits an attribution set off by dashes", () => {
    const q = only([
      'Lena Marsh praised the crew - "they never once complained," she said - and thanked the harbor board.',
    ]);
    expect(q.speakerMention).toBe("she");
    expect(q.cue).toBe("said");
  });
});

describe("a name set off from its cue by an aside", () => {
  it("is the source when the aside holds a participle", () => {
    const q = only([
      'The dispute began after Tom Varga, asked about the missing funds by the council, had said, "I never saw that money."',
    ]);
    expect(q.speaker).toBe("Tom Varga");
  });

  it("is the source when the aside holds a noun that reads as a cue", () => {
    const q = only(['The row grew when Ana Ruiz, in a long reply to the mayor, accused him of "lying to the voters."']);
    expect(q.speaker).toBe("Ana Ruiz");
  });
});

describe("the owner of a text", () => {
  it("speaks through a named owner's post", () => {
    const q = only(['Ana Ruiz left the board in May. Ruiz\'s Facebook post called the vote "a betrayal."']);
    expect(q.speaker).toBe("Ana Ruiz");
    expect(q.speakerMention).toBe("Ruiz's Facebook post");
  });

  it("speaks through a nominal owner's statement", () => {
    const q = only(['The union\'s statement then declares "the strike is over."']);
    expect(q.speaker).toBe("The union");
    expect(q.speakerMention).toBe("The union's statement");
  });

  it("leaves an owned organisation as it is", () => {
    const q = only(['Ruiz\'s campaign said the report was "a smear."']);
    expect(q.speakerMention).toBe("Ruiz's campaign");
    expect(q.speaker).toBe("Ruiz's campaign");
  });
});

describe("a participle after a subordinate clause", () => {
  it("shares the subject of the clause it hangs from", () => {
    const q = only([
      'Ruiz spoke near the pier, where about fifty dockworkers had gathered on Monday, chanting "no deal, no peace."',
    ]);
    expect(q.speakerMention).toBe("about fifty dockworkers");
  });

  it("takes the pronoun that closes a phrase opening the clause", () => {
    const q = only([
      'The mayor was praised for her calm, though in a radio interview last week she used harsher words, saying the strike "must end now."',
    ]);
    expect(q.speakerMention).toBe("she");
  });

  it("keeps the main subject when a preposition, not a clause, stands before the participle", () => {
    const q = only([
      'Ana Ruiz on Saturday criticized the pact adopted after two weeks of talks among diplomats, saying it goes "nowhere near far enough."',
    ]);
    expect(q.speaker).toBe("Ana Ruiz");
  });
});

describe("a first name that spells an auxiliary", () => {
  it("is the subject when it stands inside the sentence", () => {
    const quotes = extractQuotes([
      "From the mayor’s “long and rambling speech” on Monday to her call for a “harbor tax,” Will described Ruiz as a “danger to the port.”",
    ]);
    expect(quotes.map((q) => q.speakerMention)).toEqual(["Will", "Will", "Will"]);
  });

  it("is still an auxiliary when it opens a sentence", () => {
    const q = only(['Will the board say the ferry is "safe enough to sail"? Ana Ruiz doubts it.']);
    expect(q.speakerMention).not.toBe("Will");
  });
});

describe("a survey that opens the sentence", () => {
  it("is the source of what a counted share of its respondents said", () => {
    const q = only([
      'In a national Harbor News poll released Monday, 31% of dockworkers said they were "extremely worried."',
    ]);
    expect(q.speaker).toBe("a national Harbor News poll released Monday");
  });

  it("counts shares written in words", () => {
    const q = only(['In a September Gazette survey, just 8 percent of sailors said "most captains" can be trusted.']);
    expect(q.speaker).toBe("a September Gazette survey");
  });

  it("leaves a named speaker after an opening phrase alone", () => {
    const q = only(['In a speech to the Gazette on Monday, Ana Ruiz said the port was "extremely busy."']);
    expect(q.speaker).toBe("Ana Ruiz");
  });
});

describe("a report nested in another", () => {
  it("credits the outer source across an honorific's period", () => {
    const q = only(['Mr. Varga said Ms. Ruiz had told the board that the port could "not wait another year."']);
    expect(q.speakerMention).toBe("Mr. Varga");
  });
});

describe("an apposition that lists with 'and'", () => {
  it("stays part of the source between a quote and its cue", () => {
    const q = only([
      'The new rules "will not fix the harbor, but are a start," Ana Ruiz, director of docks, ferries, and moorings, said on Monday.',
    ]);
    expect(q.speaker).toBe("Ana Ruiz");
  });

  it("still ends the source at a new clause", () => {
    const q = only(['"The harbor is closed," Ana Ruiz said, and he left the pier.']);
    expect(q.speaker).toBe("Ana Ruiz");
  });
});
