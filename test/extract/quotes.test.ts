import { describe, expect, it } from "vitest";
import { extractQuotes, type QuoteFinding } from "../../src/extract/quotes.js";

const one = (paragraphs: string[]): QuoteFinding => {
  const quotes = extractQuotes(paragraphs);
  expect(quotes).toHaveLength(1);
  return quotes[0];
};

/** Every piece points at exactly the characters of the quote text. */
const sliced = (paragraphs: string[], q: QuoteFinding) =>
  q.pieces.map((p) => paragraphs[p.paragraph].slice(p.start, p.end)).join(" ");

describe("quotation marks", () => {
  it("pairs straight, curly, typewriter and angle marks", () => {
    for (const [open, close] of [
      ['"', '"'],
      ["“", "”"],
      ["''", "''"],
      ["``", "''"],
      ["«", "»"],
    ]) {
      const paragraphs = [`${open}The bridge will reopen in May,${close} the mayor said.`];
      const q = one(paragraphs);
      expect(q.text).toBe("The bridge will reopen in May,");
      expect(sliced(paragraphs, q)).toBe(q.text);
    }
  });

  it("reads a mark's role from its neighbours, not its glyph", () => {
    const q = one(["“We were never told,“ the tenant said. It rained all day."]);
    expect(q.text).toBe("We were never told,");
    expect(q.speaker).toBe("the tenant");
  });

  it("lets a closer of another kind close a quote", () => {
    expect(one(['“The vote is final," the clerk said.']).text).toBe("The vote is final,");
  });

  it("never opens a quote on an apostrophe and keeps nested quotes inside", () => {
    const quotes = extractQuotes(["The farmers' union said it's \"a bad 'deal' for everyone,\" and left."]);
    expect(quotes.map((q) => q.text)).toEqual(["a bad 'deal' for everyone,"]);
  });

  it("closes two apostrophes typed for a closing mark", () => {
    const q = one(["The coach called it a “setback’’ for the team, the league said."]);
    expect(q.text).toBe("setback");
  });

  it("skips a stray opener whose quote never closes and pairs what follows", () => {
    const quotes = extractQuotes([
      '"Mara Quill told the panel, “We ran out of water.” Then she left.',
      "The panel adjourned.",
    ]);
    expect(quotes.map((q) => q.text)).toEqual(["We ran out of water."]);
  });

  it("ends a quote at a second opener of its kind and opens the next there", () => {
    const quotes = extractQuotes(['"The dam held through the night, the engineer added, "and it will hold again."']);
    expect(quotes.map((q) => q.text)).toEqual([
      "The dam held through the night, the engineer added,",
      "and it will hold again.",
    ]);
  });
});

describe("multi-paragraph quotes", () => {
  const paragraphs = [
    "Harbor Authority spokeswoman Lena Marsh said the ferry would resume on Monday.",
    '"The pier is safe," Marsh told reporters. "Divers checked every pile and every bolt.',
    '"We will keep checking every week," Marsh said.',
  ];

  it("joins a paragraph left open with the next one's opening quote", () => {
    const quotes = extractQuotes(paragraphs);
    expect(quotes).toHaveLength(2);
    const long = quotes[1];
    expect(long.text).toBe("Divers checked every pile and every bolt. We will keep checking every week,");
    expect(long.pieces).toHaveLength(2);
    expect(long.pieces.map((p) => p.paragraph)).toEqual([1, 2]);
    expect(sliced(paragraphs, long)).toBe(long.text);
    expect(long.speaker).toBe("Lena Marsh");
  });

  it("starts a new quote at each turn of a transcript", () => {
    const transcript = [
      "A partial transcript of the interview follows:",
      '"HOST: Will the pier open on time?',
      '"MARSH: It will open on Monday, as planned.',
    ];
    const quotes = extractQuotes(transcript);
    expect(quotes.map((q) => q.speakerMention)).toEqual(["HOST", "MARSH"]);
  });
});

describe("attribution", () => {
  it('finds the source after the quote: "…," X said', () => {
    const q = one(['"The vaccine arrives next week," Health Minister Ana Ruiz said on Tuesday.']);
    expect(q).toMatchObject({ speaker: "Ana Ruiz", speakerMention: "Ana Ruiz", cue: "said", partial: false });
    expect(q.speakerDescription).toBe("Health Minister");
  });

  it('finds an inverted source with its apposition: "…," said X, a Y', () => {
    const q = one(['"Prices will fall," said Tom Varga, an economist at the Delta Institute.']);
    expect(q).toMatchObject({ speaker: "Tom Varga", speakerMention: "Tom Varga", cue: "said" });
    expect(q.speakerDescription).toBe("an economist at the Delta Institute");
  });

  it("finds the subject of the clause before the quote", () => {
    const q = one(['The union leader told members: "We strike at noon."']);
    expect(q).toMatchObject({ speaker: "The union leader", cue: "told", partial: false });
  });

  it("marks a fragment inside the reporter's sentence as partial", () => {
    const q = one(['The owner\'s lawyer said on Friday it was "ridiculous" to blame the crew.']);
    expect(q).toMatchObject({
      text: "ridiculous",
      speaker: "The owner's lawyer",
      speakerMention: "The owner's lawyer",
    });
    expect(q.partial).toBe(true);
  });

  it("treats both halves of an interrupted quote as the speaker's own words", () => {
    const quotes = extractQuotes(['"The pier," Marsh said, "is safe for every boat."']);
    expect(quotes.map((q) => [q.text, q.speaker, q.partial])).toEqual([
      ["The pier,", "Marsh", false],
      ["is safe for every boat.", "Marsh", false],
    ]);
  });

  it("reads according to X", () => {
    const q = one(['The dam "held up better than expected," according to the river authority.']);
    expect(q).toMatchObject({ speaker: "the river authority", cue: "according to" });
  });

  it("gives a participle the subject of its clause", () => {
    const q = one(['Senator Ivo Brandt rejected the bill, calling it "a gift to polluters."']);
    expect(q).toMatchObject({ speaker: "Ivo Brandt", cue: "calling", partial: true });
  });

  it("carries the speaker through a quote run and an indirect report", () => {
    const quotes = extractQuotes([
      'Grace Oduya, the city\'s budget chief, said the deficit had doubled. "We cannot borrow more."',
      '"Every department will cut ten percent."',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Grace Oduya", "Grace Oduya"]);
  });

  it("keeps a pronoun as the mention and resolves the speaker", () => {
    const quotes = extractQuotes(["Fire Chief Daniel Osei arrived at dawn.", '"The wind turned overnight," he said.']);
    expect(quotes[0]).toMatchObject({ speaker: "Daniel Osei", speakerMention: "he", speakerDescription: "Fire Chief" });
  });

  it("leaves the speaker unknown when the story names nobody the pronoun could stand for", () => {
    const q = one(['"The wind turned overnight," she said.']);
    expect(q).toMatchObject({ speaker: null, speakerMention: "she", cue: "said" });
  });

  it("resolves a surname or an honorific to the full name given earlier", () => {
    const quotes = extractQuotes([
      "Port director Samuel Okafor signed the lease on Monday.",
      '"It is a good day for the port," Mr. Okafor said.',
    ]);
    expect(quotes[0]).toMatchObject({
      speaker: "Samuel Okafor",
      speakerMention: "Mr. Okafor",
      speakerDescription: "Port director",
    });
  });

  it("credits a speech noun to its owner when no verb reports the quote", () => {
    const q = one(['Her promise to "fix every road" became the slogan of the race.']);
    expect(q).toMatchObject({ speakerMention: "Her", cue: "promise" });
  });

  it("leaves the speaker null when nothing names a source", () => {
    const q = one(['"Stay calm and carry water."']);
    expect(q).toMatchObject({ speaker: null, speakerMention: null, cue: null });
  });
});

describe("attribution: nesting and the outermost report", () => {
  const speakers = (paragraphs: string[]) => extractQuotes(paragraphs).map((q) => q.speaker);

  it("credits the outer report of a nested one", () => {
    expect(speakers(['Ana Ruiz said Tom Varga called the plan "a mess."'])).toEqual(["Ana Ruiz"]);
  });

  it("does not reach past a cue with no clause of its own", () => {
    expect(speakers(['At the fair, a woman asked for a photo and Ruiz said, "Only one."'])).toEqual(["Ruiz"]);
  });

  it("does not credit a report inside a relative clause, and finds the subject across the aside", () => {
    const q = one(['Ruiz, who said the pier was safe, called the repairs "a triumph."']);
    expect(q).toMatchObject({ speaker: "Ruiz", cue: "called" });
  });

  it("lets according to X outrank the speaker it quotes", () => {
    const q = one(['"The dam will hold," Ruiz said, according to the Harbor Gazette.']);
    expect(q).toMatchObject({ speaker: "the Harbor Gazette", cue: "according to" });
  });

  it("keeps the authors of a study in an according-to source", () => {
    const q = one(['The levy cut traffic, according to a study by economist Tom Varga, with "no harm to trade."']);
    expect(q.speaker).toBe("Tom Varga");
  });

  it("lets a final attribution after the last comma outrank the clause", () => {
    const q = one(['Ruiz noted that the levy was "central" to the plan, the Harbor Gazette reported.']);
    expect(q).toMatchObject({ speaker: "the Harbor Gazette", cue: "reported" });
  });

  it("reads a prepositional phrase after a final cue", () => {
    const quotes = extractQuotes([
      "Harbor pilot Ana Ruiz checked the buoys.",
      'The pier had "never been safer," she said in a letter to the harbor board.',
    ]);
    expect(quotes[0]).toMatchObject({ speaker: "Ana Ruiz", speakerMention: "she", cue: "said" });
  });
});

describe("attribution: which phrase is the source", () => {
  it("never inverts a cue whose object follows it", () => {
    const quotes = extractQuotes(['Ruiz described the budget as "bloated," criticized its authors and left.']);
    expect(quotes.map((q) => q.speaker)).toEqual(["Ruiz"]);
  });

  it("never opens a source with the complementiser that", () => {
    const q = one(['Varga, who says the port should close at night, tweeted that the plan "will not work."']);
    expect(q.speaker).toBe("Varga");
  });

  it("takes no past participle after a determiner for a cue", () => {
    const q = one(['Ruiz also spoke about the proposed pier, saying it would be "as long as it needs to be."']);
    expect(q.speaker).toBe("Ruiz");
  });

  it("takes no noun after an article and a modifier for a cue", () => {
    expect(one(['Ruiz also sent out a fundraising call, asking donors to "give $3 now."']).speaker).toBe("Ruiz");
    expect(one(['An early tweet quoted the mayor as saying "We will rebuild."']).speaker).toBe("An early tweet");
  });

  it("does not take a clause ending in a time word for a leading adverbial", () => {
    const quotes = extractQuotes([
      "Fire Chief Daniel Osei spoke first.",
      'He went further on Tuesday, saying the port had "failed its workers."',
    ]);
    expect(quotes[0]).toMatchObject({ speaker: "Daniel Osei", speakerMention: "He" });
  });

  it("does not skip the subject as if it were an aside", () => {
    const quotes = extractQuotes([
      'In March, Mr. Okafor, who runs the ferry line, told investors the fares were "too low," adding that demand was "strong."',
    ]);
    expect(quotes.map((q) => q.speakerMention)).toEqual(["Mr. Okafor", "Mr. Okafor"]);
  });

  it("gives a participle coordinated with another the same subject", () => {
    const quotes = extractQuotes([
      'Officials were quick to respond, with Lena Marsh tweeting that it was a "disaster" and asking, "Who signed this?"',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Lena Marsh", "Lena Marsh"]);
  });

  it("does not invert a cue inside a leading clause", () => {
    const q = one(['When asked whom she backed, Ms. Marsh smiled and said, "I am waiting."']);
    expect(q.speakerMention).toBe("Ms. Marsh");
  });

  it("reads a curly apostrophe like a straight one", () => {
    const q = one(['Sen. Ana Ruiz wouldn’t say how the vote would go, saying only that "it is close."']);
    expect(q.speaker).toBe("Ana Ruiz");
  });

  it("drops a time phrase and an adverb after the subject", () => {
    expect(one(['Ruiz at the time said she had asked her "people" to look into it.']).speakerMention).toBe("Ruiz");
    expect(one(['Ruiz last week invited her rivals to a "truce for the harbor."']).speakerMention).toBe("Ruiz");
    expect(one(['Ruiz however said the plan was "a mistake."']).speakerMention).toBe("Ruiz");
  });

  it("keeps a reflexive in the mention but not in the name", () => {
    const quotes = extractQuotes(["Mayor Ana Ruiz opened the pier.", 'Ruiz herself said the plan was "a mistake."']);
    expect(quotes[0]).toMatchObject({ speaker: "Ana Ruiz", speakerMention: "Ruiz herself" });
  });

  it("takes the name before a place or body that follows it", () => {
    const q = one(['Sen. Ana Ruiz of Nevada said the tide was "turning."']);
    expect(q).toMatchObject({ speaker: "Ana Ruiz", speakerMention: "Sen. Ana Ruiz of Nevada" });
  });

  it("reads a whole quoted sentence that lacks its comma", () => {
    const q = one(['"We will rebuild the pier" said Lena Marsh, the authority\'s chief.']);
    expect(q).toMatchObject({ speaker: "Lena Marsh", cue: "said" });
  });

  it("does not take the next sentence's subject for a quote its own sentence introduces", () => {
    const quotes = extractQuotes(['Lena Marsh said the ferry was "running late." He added, "We apologise."']);
    expect(quotes[0].speaker).toBe("Lena Marsh");
  });

  it("knows remembered as a cue", () => {
    expect(one(['"We were never told," remembered Tom Varga, a former pilot.']).speaker).toBe("Tom Varga");
  });
});

describe("attribution: earlier reports and runs", () => {
  it("takes a report's source the way the clause rule does", () => {
    const quotes = extractQuotes([
      "Lena Marsh distanced herself from the plan by saying she would wait.",
      '"We need more time."',
    ]);
    expect(quotes[0].speaker).toBe("Lena Marsh");
  });

  it("reads an inverted report, and no cue word as part of a name", () => {
    const q = extractQuotes(["Stated Varga:", '"The port will close at dusk."'])[0];
    expect(q).toMatchObject({ speaker: "Varga", speakerMention: "Varga" });
  });

  it("credits a quote to the subject of the sentence that introduces it with a colon", () => {
    const q = extractQuotes([
      "Harbor Authority chief Lena Marsh issued the following statement:",
      '"We mourn the crew."',
    ])[0];
    expect(q).toMatchObject({ speaker: "Lena Marsh", speakerDescription: "Harbor Authority chief" });
  });

  it("takes no subject from a colon sentence without a verb after it", () => {
    expect(extractQuotes(["Wait, it gets better:", '"The port will close at dusk."'])[0].speaker).toBeNull();
  });

  it("resolves a relative pronoun to the name before it", () => {
    const quotes = extractQuotes([
      '"Rents are up," said Mr. Okafor, who noted that prices had "cratered" before the storm. "Things are moving again."',
    ]);
    expect(quotes.map((q) => [q.speaker, q.speakerMention])).toEqual([
      ["Okafor", "Mr. Okafor"],
      ["Okafor", "who"],
      ["Okafor", "who"],
    ]);
  });

  it("does not credit the subordinate clause before a run's quote", () => {
    const quotes = extractQuotes([
      '"It is a big day," said Lena Marsh. Unless the storm turns, "the boats sail at noon."',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Lena Marsh", "Lena Marsh"]);
  });
});

describe("speaker names", () => {
  it("lets a pronoun stand for a surname the story never gives in full", () => {
    const quotes = extractQuotes([
      'Okafor rejected the plan. "It fails the workers," Okafor said.',
      '"We will fight it," he said.',
    ]);
    expect(quotes[1]).toMatchObject({ speaker: "Okafor", speakerMention: "he" });
  });

  it("does not take a capitalised word that opened the sentence for a first name", () => {
    const quotes = extractQuotes([
      "Lena Marsh runs the port.",
      'Interestingly Marsh disagreed. "We are fine," Marsh said.',
    ]);
    expect(quotes[0].speaker).toBe("Lena Marsh");
  });

  it("does not resolve an honorific to someone of the other gender", () => {
    const quotes = extractQuotes([
      "Ben Okafor and Ms. Ada Okafor run the ferry.",
      '"It is a good day," Mr. Okafor said.',
    ]);
    expect(quotes[0].speaker).toBe("Ben Okafor");
  });

  it("takes no capitalised function word for a name", () => {
    const quotes = extractQuotes([
      '"We are ready," said Tom Varga.',
      'The "Stronger Harbor" slogan feels tired, he said.',
    ]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Tom Varga", "Tom Varga"]);
  });
});

describe("not quotes", () => {
  it("drops scare quotes, titles and markup", () => {
    const quotes = extractQuotes([
      'The so-called "budget truce" was shelved.',
      'Critics of the film "Morning Over Lisbon" stayed home.',
      '<note author="desk">Filed late.</note>',
      'Only the "reform" wing turned up.',
      'Mara Quill later starred in the film "Riptide."',
    ]);
    expect(quotes).toEqual([]);
  });

  it("drops a short bare term in a sentence that names no source, after a quoted speaker", () => {
    const paragraphs = [
      '"We are ready," said Tom Varga.',
      'It was a "dry run" for the harbor crews, and there were "calm seas" all week.',
    ];
    expect(extractQuotes(paragraphs).map((q) => q.text)).toEqual(["We are ready,"]);
  });

  it("keeps a short quote that ends like speech, and a longer one, where an earlier speaker goes on", () => {
    const quotes = extractQuotes([
      '"We are ready," said Tom Varga.',
      'It was only a "dry run." There were "calm seas all week" for the crews.',
    ]);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["We are ready,", "Tom Varga"],
      ["dry run.", "Tom Varga"],
      ["calm seas all week", "Tom Varga"],
    ]);
  });

  it("keeps a nickname in brackets after a name, though it reads like a title", () => {
    const quotes = extractQuotes(['Nobody expected Dale Horn ("Captain Pothole") to win the ward.']);
    expect(quotes.map((q) => q.text)).toEqual(["Captain Pothole"]);
  });

  it("keeps a Title Case quote that is a sentence of its own, where the speaker goes on", () => {
    const quotes = extractQuotes(['"Only one crossing matters," said Mara Quill. "The Old Harbor Bridge."']);
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([
      ["Only one crossing matters,", "Mara Quill"],
      ["The Old Harbor Bridge.", "Mara Quill"],
    ]);
  });

  it("keeps a short quote a reporting verb introduces", () => {
    const q = one(['The judge called the delay "unacceptable."']);
    expect(q).toMatchObject({ text: "unacceptable.", speaker: "The judge", cue: "called", partial: true });
  });
});
