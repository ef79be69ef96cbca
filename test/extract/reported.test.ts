import { describe, expect, it } from "vitest";
import { extractAttributions, type ReportedFinding } from "../../src/extract/reported.js";
import { expectLinearGrowth, repeatTo } from "../timing.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const one = (paragraphs: string[]): ReportedFinding => {
  const found = reported(paragraphs);
  expect(found).toHaveLength(1);
  return found[0];
};

describe("reported speech", () => {
  it("takes the content after the cue, without a leading 'that'", () => {
    const r = one(["Harbour master Lena Marsh said that the ferry would sail at dawn."]);
    expect(r).toMatchObject({
      text: "the ferry would sail at dawn",
      speaker: "Lena Marsh",
      speakerMention: "Lena Marsh",
      speakerDescription: "Harbour master",
      cue: "said",
    });
  });

  it("takes the content before the cue, and an inverted source with its apposition", () => {
    expect(one(["The pier will reopen in May, Marsh told reporters."])).toMatchObject({
      text: "The pier will reopen in May",
      speakerMention: "Marsh",
      cue: "told",
    });
    expect(one(["The tolls will rise next year, said Tom Varga, an economist at the institute."])).toMatchObject({
      text: "The tolls will rise next year",
      speaker: "Tom Varga",
      cue: "said",
    });
  });

  it("skips what belongs to the cue: its setting, its listener, its time", () => {
    expect(one(["The ministry said in a statement on Friday that the talks had failed."]).text).toBe(
      "the talks had failed",
    );
    expect(one(["Varga told the regional council the budget was short."]).text).toBe("the budget was short");
  });

  it("reads 'according to' before and after the content", () => {
    expect(one(["According to the port authority, the quay is unsafe."])).toMatchObject({
      text: "the quay is unsafe",
      speaker: "the port authority",
      cue: "According to",
    });
    expect(one(["The quay is unsafe, according to the port authority."]).text).toBe("The quay is unsafe");
  });

  it("goes on with a second statement of the same source", () => {
    const found = reported(["The ferry was late, Marsh said on Monday, adding that no one was hurt."]);
    expect(found.map((r) => [r.text, r.speaker, r.cue])).toEqual([
      ["The ferry was late", "Marsh", "said"],
      ["no one was hurt", "Marsh", "adding"],
    ]);
  });

  it("ends the content at a participle: a second statement of the source, or the reporter's addition", () => {
    const found = reported(["Marsh said the ferry was late, telling reporters that no one was hurt."]);
    expect(found.map((r) => [r.text, r.speaker, r.cue])).toEqual([
      ["the ferry was late", "Marsh", "said"],
      ["no one was hurt", "Marsh", "telling"],
    ]);
    expect(reported(["Marsh said the quay was unsafe, citing cracks found last week."])[0].text).toBe(
      "the quay was unsafe",
    );
  });

  it("ends a statement in a relative clause at its comma, restrictive or not", () => {
    const found = reported(["Among riders who said the fares were too high, most took the bus."]);
    expect(found.map((r) => [r.text, r.cue])).toEqual([["the fares were too high", "said"]]);
  });

  it("reads a sentence opening with 'Asked' as a question whose asker is not named", () => {
    const found = reported(["Asked whether the ferry would sail, Marsh said the decision was hers."]);
    expect(found.map((r) => [r.text, r.speaker, r.cue])).toEqual([
      ["whether the ferry would sail", null, "Asked"],
      ["the decision was hers", "Marsh", "said"],
    ]);
    expect(one(["Asked about the tolls, Varga declined to comment."])).toMatchObject({
      text: "the tolls",
      speaker: null,
    });
    expect(one(["When asked about the tolls, Varga declined to comment."])).toMatchObject({
      text: "the tolls",
      speaker: null,
      cue: "asked",
    });
  });

  it("reads an impersonal passive cue with 'that' as a statement whose source is not named", () => {
    expect(one(["It was announced on Friday that the ferry line would close."])).toMatchObject({
      text: "the ferry line would close",
      speaker: null,
      cue: "announced",
    });
    expect(one(["It has been reported that the quay will reopen."]).text).toBe("the quay will reopen");
    expect(reported(["It was reported to the harbour police on Monday."])).toEqual([]);
  });

  it("takes no clause after a cue for an inverted source: the subject before the cue is the source", () => {
    expect(one(["Mr. Lopez, who represents the valley, said the nurses were ignored."])).toMatchObject({
      text: "the nurses were ignored",
      speakerMention: "Mr. Lopez",
      cue: "said",
    });
    expect(one(["Others, however, say a second vote is overdue."])).toMatchObject({
      text: "a second vote is overdue",
      speakerMention: "Others",
    });
    expect(one(["Gil Moreno, 41, of Tulsa, says his biggest worry is the river."]).text).toBe(
      "his biggest worry is the river",
    );
  });

  it("reads a source with an adverb before its cue, after an aside or a perfect", () => {
    expect(one(["Ms. Kerr, who still walks with a cane, also noted that the ramp was steep."])).toMatchObject({
      text: "the ramp was steep",
      speakerMention: "Ms. Kerr",
    });
    expect(one(["She has since said that she went because it sounded like fun."]).text).toBe(
      "she went because it sounded like fun",
    );
  });

  it("keeps an adverbial clause that follows 'that' as content", () => {
    expect(one(["The lawyers argued that although Pell confessed, he showed no regret."]).text).toBe(
      "although Pell confessed, he showed no regret",
    );
  });

  it("takes the preposition that belongs to a cue into the cue, its object being the content", () => {
    expect(one(["The union called for a freeze on tolls."])).toMatchObject({
      text: "a freeze on tolls",
      cue: "called for",
    });
    expect(one(["Ruiz pointed to rising costs at the port."])).toMatchObject({
      text: "rising costs at the port",
      cue: "pointed to",
    });
    expect(one(["Varga railed against the new ferry tax."])).toMatchObject({
      text: "the new ferry tax",
      cue: "railed against",
    });
  });

  it("starts the content after a 'that' that follows a listener the cue tail did not read", () => {
    expect(one(["Bill Varga told harbour staff on Thursday that the fund would close."]).text).toBe(
      "the fund would close",
    );
    expect(one(["Ruiz tells so many stories that the board stopped listening."]).text).toBe(
      "so many stories that the board stopped listening",
    );
  });

  it("keeps the listener of a request as its infinitive's subject", () => {
    expect(one(["Ruiz urged the harbour council to raise the cap."]).text).toBe("the harbour council to raise the cap");
  });

  it("goes on from a quote's attribution to a participle statement of the same source", () => {
    const { quotes, reported: statements } = extractAttributions(
      ['"The pier will hold," Marsh said, adding that the divers found no cracks.'],
      "en",
    );
    expect(quotes).toHaveLength(1);
    expect(statements.map((r) => [r.text, r.cue])).toEqual([["the divers found no cracks", "adding"]]);
  });

  it("reads a passive 'was asked about' or 'was asked whether' as a question whose asker is not named", () => {
    expect(one(["Varga was asked about the tolls on Friday."])).toMatchObject({
      text: "the tolls",
      speaker: null,
      cue: "asked about",
    });
    expect(one(["Marsh was asked whether the ferry would sail."]).text).toBe("whether the ferry would sail");
    // what the source was asked to do is what was said to it ("asked to …": recall4's passive rule)
    expect(one(["Marsh was asked to leave the meeting."]).text).toBe("to leave the meeting");
    expect(reported(["Marsh was asked twice."])).toEqual([]);
  });

  it("finds a statement nested in another one's content", () => {
    const found = reported(["The council admitted it erred when a local doctor reported high lead levels."]);
    expect(found.map((r) => [r.text, r.speakerMention, r.cue])).toEqual([
      ["it erred when a local doctor reported high lead levels", "The council", "admitted"],
      ["high lead levels", "a local doctor", "reported"],
    ]);
  });

  it("reads the rest of a content cut by its attribution, and a phrase that ends a final cue", () => {
    expect(one(["The plan, Ruiz said, is dead."]).text).toBe("The plan is dead");
    expect(one(["The pier is safe, Marsh said after touring it on Friday, because divers checked it."]).text).toBe(
      "The pier is safe because divers checked it",
    );
  });

  it("reads 'As reported by X, …' with the source after 'by' and the content after the comma", () => {
    expect(one(["As reported by the Harbour Journal, divers found two wrecks in the bay."])).toMatchObject({
      text: "divers found two wrecks in the bay",
      speakerMention: "the Harbour Journal",
      cue: "reported",
    });
    expect(reported(["As planned by the council, the pier opened in May."])).toEqual([]);
  });

  it("reads a poll's share of people or its respondents as the source", () => {
    expect(one(["About 4 in 10 say they want a new harbour master."])).toMatchObject({
      text: "they want a new harbour master",
      speakerMention: "About 4 in 10",
    });
    expect(one(["On tolls, 42% of riders say the fares are too high."]).speakerMention).toBe("42% of riders");
    expect(one(["By a wide margin, those surveyed say the port should close."]).speakerMention).toBe("those surveyed");
    expect(reported(["In 2019 the ferry carried 40 cars."])).toEqual([]);
  });

  it("ends the content before the reporter's addition after a comma", () => {
    expect(one(["Ruiz said the fares rose, after the board met in May."]).text).toBe("the fares rose");
    expect(one(["Most riders say the fares are fair, compared with 30 percent last year."]).text).toBe(
      "the fares are fair",
    );
  });

  it("resolves a pronoun source as quotes do", () => {
    const found = reported([
      "Mayor Ana Ruiz opened the new pier on Sunday.",
      "She added that the fish market would follow.",
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ speaker: "Ana Ruiz", speakerMention: "She", cue: "added" });
  });

  it("keeps the marks of a mixed statement, whose fragment is also a partial quote", () => {
    const { quotes, reported: statements } = extractAttributions(
      ['The owner\'s lawyer said it was "absurd" to blame the crew.'],
      "en",
    );
    expect(statements.map((r) => [r.text, r.speaker])).toEqual([
      ['it was "absurd" to blame the crew', "The owner's lawyer"],
    ]);
    expect(quotes.map((q) => [q.text, q.partial])).toEqual([["absurd", true]]);
  });

  it("leaves a fully quoted statement to the quotes", () => {
    const { quotes, reported: statements } = extractAttributions(['"The pier is safe," Marsh said.'], "en");
    expect(statements).toEqual([]);
    expect(quotes).toHaveLength(1);
  });

  it("finds no statement in the reporter's own sentences or in thoughts", () => {
    expect(reported(["The storm closed the harbour for two days."])).toEqual([]);
    expect(reported(["Marsh thinks the storm will pass."])).toEqual([]);
  });

  it("gives each statement positions that hold what its fields say", () => {
    const paragraphs = [
      "Ferries stopped on Monday.",
      "Kai Osei, a spokesman, said on Tuesday that the line would reopen.",
    ];
    const [r] = reported(paragraphs);
    const at = (s: { paragraph: number; start: number; end: number } | null) =>
      s && paragraphs[s.paragraph].slice(s.start, s.end);
    expect(at(r.pieces[0])).toBe(r.text);
    expect(at(r.speakerAt)).toBe("Kai Osei");
    expect(at(r.cueAt)).toBe("said");
  });
});

describe("extractAttributions on hostile input", () => {
  const SIZE = 200_000;
  // one sentence, no period: every cue is tried against the same long stretch
  const cases: [string, string][] = [
    ["cues whose content is no statement", "Ruiz chanted as Varga spoke at "],
    ["relative clauses with cues", "Ruiz said that Varga, who said "],
    ["'according to' over and over", "according to Ruiz, "],
    ["continuing statements", "and said the pier is safe, adding that "],
    ["dashes and cues", " — said"],
    ["poll shares and nested statements", "about 4 in 10 of those polled said 42% say "],
  ];
  it("reads a quote that ends in a comma and a long run of spaces in linear time", () => {
    expectLinearGrowth(
      "a quote's comma before spaces",
      (n) => {
        const quote = `"a,${" ".repeat(n)}x"`;
        const text = `Ruiz, ${quote} said the pier is safe.`;
        return () => extractAttributions([text], "en");
      },
      SIZE / 8,
    );
  });
  for (const [name, unit] of cases) {
    it(`finishes ${name} in linear time`, () => {
      expectLinearGrowth(
        name,
        (n) => {
          const text = repeatTo(unit, n);
          return () => extractAttributions([text], "en");
        },
        SIZE / 8,
      );
    });
  }
});
