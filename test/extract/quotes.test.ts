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

describe("not quotes", () => {
  it("drops scare quotes, titles and markup", () => {
    const quotes = extractQuotes([
      'The so-called "budget truce" was shelved.',
      'Critics of the film "Morning Over Lisbon" stayed home.',
      '<note author="desk">Filed late.</note>',
      'Only the "reform" wing turned up.',
    ]);
    expect(quotes).toEqual([]);
  });

  it("keeps a short quote a reporting verb introduces", () => {
    const q = one(['The judge called the delay "unacceptable."']);
    expect(q).toMatchObject({ text: "unacceptable.", speaker: "The judge", cue: "called", partial: true });
  });
});
