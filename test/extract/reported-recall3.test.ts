// Reported speech recall, third round: statements with a communication cue that no rule found.
// Invented sentences, one rule per test, each with a near miss that must stay out.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";
import { expectLinearGrowth, repeatTo } from "../timing.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const texts = (paragraphs: string[]) => reported(paragraphs).map((r) => r.text);

describe("reported speech: a speech noun its speaker owns, with a that-clause", () => {
  it("reads the clause after 'her claim that' as the owner's statement", () => {
    const [r] = reported(["The crews laughed at Ruiz's claim that the pier would reopen by May."]);
    expect(r).toMatchObject({ text: "the pier would reopen by May", cue: "claim" });
    expect(texts(["Aides shrugged off his warning that the levy would fail."])).toEqual(["the levy would fail"]);
  });

  it("ends the clause at a comma, a dash or a quote that closes with a comma", () => {
    expect(texts(["Aides fled from his suggestion that the judge was biased — while still backing him."])).toEqual([
      "the judge was biased",
    ]);
    expect(texts(["Her argument that the ferry is safe, not just cheap, won the vote."])).toEqual([
      "the ferry is safe",
    ]);
    expect(texts(['Despite her claim that crews would "learn nothing," the talks went well.'])).toEqual([
      'crews would "learn nothing,"',
    ]);
  });

  it("leaves out a time, a relative clause and a noun nobody owns", () => {
    expect(texts(["She gave her speech that night to the crews."])).toEqual([]);
    expect(texts(["Her remark that drew boos from the crowd was short."])).toEqual([]);
    expect(texts(["The claim that the pier would reopen was false."])).toEqual([]);
  });
});

describe("reported speech: an infinitive after a cue is no setting", () => {
  it("reads 'to' and a verb as the content, though a setting noun follows", () => {
    expect(texts(["Ruiz urged the crews to hack into the harbour emails."])).toEqual([
      "the crews to hack into the harbour emails",
    ]);
    expect(texts(["Ruiz vowed to boycott the speech."])).toEqual(["to boycott the speech"]);
    // "to" before a listener still opens a setting of the cue
    expect(texts(["Ruiz said to reporters in an email that the pier was safe."])).toEqual(["the pier was safe"]);
  });
});

describe("reported speech: a source between the content and a final cue", () => {
  it("reads a name with its apposition, either way round", () => {
    const [r] = reported([
      "Two boats were placed in storage, Ana Ruiz, the harbour master, wrote in a memo to the council.",
    ]);
    expect(r).toMatchObject({ text: "Two boats were placed in storage", cue: "wrote" });
    expect(texts(["The pier is safe, his top aide, Tad Varga, told the Gazette."])).toEqual(["The pier is safe"]);
  });

  it("reads a short subject whose cue a listener and a setting follow", () => {
    expect(texts(["The pier is safe, he told the court in his filing."])).toEqual(["The pier is safe"]);
  });

  it("leaves out a subject with no clause, an adverbial clause and an infinitive's object", () => {
    expect(texts(["Ana Ruiz, the director of the port said so."])).toEqual(["so"]);
    expect(texts(["Not long after Ruiz spoke, Varga asked the mayor about the tolls."])).toEqual(["the tolls"]);
    expect(texts(["Ruiz won Ohio, Maine and Texas by margins big enough to add to her lead."])).toEqual([]);
  });
});

describe("reported speech: 'citing' and 'suggesting' go on with the source's statement", () => {
  it("reads what a source cites or suggests after its quote as its statement", () => {
    expect(texts(['"We will win," Marsh said, citing the tally kept by the port.'])).toEqual([
      "the tally kept by the port",
    ]);
    expect(texts(['"It is late," Marsh said, suggesting that the ferry would not sail.'])).toEqual([
      "the ferry would not sail",
    ]);
    // a participle of the reporter's own still adds nothing
    expect(texts(['"We will win," Marsh said, prompting a rush for the tally.'])).toEqual([]);
  });
});

describe("reported speech: 'referring to' and 'pointing to' go on with the source's statement", () => {
  it("reads what the source refers or points to, up to its comma", () => {
    expect(texts(['"We will win," Ramos said, referring to the growing town, now the largest in the valley.'])).toEqual(
      ["the growing town"],
    );
    expect(texts(["Ruiz said the pier was safe, pointing to the new survey of the harbour."])).toEqual([
      "the pier was safe",
      "the new survey of the harbour",
    ]);
  });

  it("keeps 'according to' a source of its own", () => {
    expect(texts(["The pier is safe, according to Ruiz."])).toEqual(["The pier is safe"]);
  });
});

describe("reported speech: 'calls for' after a name or a pronoun is a verb", () => {
  it("reads what a source calls for as its statement", () => {
    expect(texts(["Ruiz calls for a freeze on rents."])).toEqual(["a freeze on rents"]);
    expect(texts(["He calls for a tax on boats; she calls for a smaller one."])).toEqual([
      "a tax on boats",
      "a smaller one",
    ]);
  });

  it("keeps the noun after a determiner, and before 'of'", () => {
    expect(texts(["In Ohio, the calls for a freeze grew louder."])).toEqual([]);
    expect(texts(["Harbour claims of a record catch grew louder."])).toEqual([]);
  });
});

describe("reported speech: an inverted source that a relative clause describes", () => {
  it("reads the content before ', said X, a Y who …' as X's statement", () => {
    const [r] = reported(["The pier is safe, said Ana Ruiz, a harbour expert who has written books on the port."]);
    expect(r).toMatchObject({ text: "The pier is safe", cue: "said" });
    expect(texts(["The boats are gone, said a group of fishermen who work the harbour."])).toEqual([
      "The boats are gone",
    ]);
  });

  it("leaves out a content with no clause", () => {
    expect(texts(["Nothing, said the man who sold the boat."])).toEqual([]);
  });
});

/** Statements run together in one sentence, no period: each cue's content could reach over all the others. */
const RUN_TOGETHER: [string, string][] = [
  [
    "contents before inverted cues with described sources",
    "The pier will reopen, said Ana Ruiz, a guide who works on the coast, ",
  ],
  ["inverted cues and relative clauses", "the pier will reopen, said Ana Ruiz, a guide who "],
  ["described sources before their cues", "Ana Ruiz, a guide who works on the coast, said "],
];

describe("reported speech: the third round's rules on hostile input", () => {
  const cases: [string, string, number][] = [
    // a long sentence of claims, each read once (large enough that reading each to the end would show)
    ["owned claims", "her claim that Ruiz is ", 60_000],
    ["sources between content and cue", ", he told the crews, boats", 25_000],
    // statements run together in one sentence: each content is bounded, and the subject test of an inverted
    // source is read before the whole content before it
    ...RUN_TOGETHER.map(([name, unit]): [string, string, number] => [name, unit, 10_000]),
    ["inverted sources with relative clauses", ", said Ana Ruiz, who said ", 50_000],
  ];
  for (const [name, unit, size] of cases) {
    it(`finishes ${name} in linear time`, () => {
      expectLinearGrowth(
        name,
        (n) => {
          const text = repeatTo(unit, n);
          return () => extractAttributions([text], "en");
        },
        size,
      );
    });
  }
});

describe("reported speech: statements run together in one long sentence", () => {
  // each cue's content would otherwise reach back (or on) over every statement before (or after) it
  const textLength = (text: string) =>
    extractAttributions([text], "en").reported.reduce((sum, r) => sum + r.text.length, 0);
  for (const [name, unit] of RUN_TOGETHER) {
    it(`gives ${name} statements of bounded length`, () => {
      // the text of all statements grows with the input, not with its square
      const small = textLength(repeatTo(unit, 10_000));
      const large = textLength(repeatTo(unit, 80_000));
      expect(large).toBeLessThan(16 * Math.max(small, 1));
    });
  }
});
