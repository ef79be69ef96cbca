// Reported speech recall: statements with a communication cue that the first rules missed entirely.
// Invented sentences, one rule per test, each with a near miss that must stay out.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const texts = (paragraphs: string[]) => reported(paragraphs).map((r) => r.text);

describe("reported speech: statements that go on after a quote", () => {
  it("reads a participle after a quote's source as the same source's next statement", () => {
    const [r] = reported([
      '"We will win," Marsh told the hosts of the morning show, adding that her son knows the mayor.',
    ]);
    expect(r).toMatchObject({ text: "her son knows the mayor", cue: "adding", speaker: "Marsh" });
    // the quote's own attribution is no statement
    expect(texts(['"We will win," Marsh told the hosts of the morning show.'])).toEqual([]);
    // nor is a participle the reporter adds
    expect(texts(['"We will win," Marsh said, prompting a rush for the tally kept by the port.'])).toEqual([]);
  });

  it("reads 'adding' with a clause of its own, without 'that', as a statement", () => {
    expect(texts(['"It is fine," Varga said of the ferry, adding the town must be ready too.'])).toEqual([
      "the town must be ready too",
    ]);
    expect(texts(["Varga said the pier was safe, adding the town must be ready too."])).toEqual([
      "the pier was safe",
      "the town must be ready too",
    ]);
    // "adding a caveat" adds no statement
    expect(texts(["Varga said the pier was safe, adding a caveat that puzzled the crews."])).toEqual([
      "the pier was safe",
    ]);
  });

  it("reads a that-clause after a quote inside an opening phrase as a statement", () => {
    const [r] = reported([
      'Citing "duties at home," the spokeswoman told the Gazette that the mayor will skip the regatta.',
    ]);
    expect(r).toMatchObject({ text: "the mayor will skip the regatta", speaker: "the spokeswoman" });
    // a quote that opens the sentence keeps its source to itself
    expect(texts(['"Duties at home," the spokeswoman told the Gazette on Friday.'])).toEqual([]);
  });
});

describe("reported speech: questions whose asker is not named", () => {
  it("reads 'when asked about' after a statement's source as a question", () => {
    const found = reported(['"It is fine," Ruiz said when asked about fears that the pier would close.']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ text: "fears that the pier would close", cue: "asked about", speaker: null });
    expect(texts(["Ruiz said so on the radio last month, when asked what her brother would do."])).toContain(
      "what her brother would do",
    );
  });

  it("reads a question after a comma or a time word, up to the clause's end", () => {
    expect(texts(["Ruiz, asked about the tolls, said the pier was safe."])).toEqual(["the tolls", "the pier was safe"]);
    const [r] = reported(["Pressed again about the delay, Ruiz talked about the weather."]);
    expect(r).toMatchObject({ text: "the delay", cue: "Pressed again about" });
  });

  it("leaves 'asked' that is no question to the other rules", () => {
    // a named asker keeps its source
    const [r] = reported(["Marsh asked about the tolls."]);
    expect(r).toMatchObject({ text: "the tolls", speaker: "Marsh" });
    // no question opener after it: not a question
    expect(texts(["The crews, when asked, stayed silent."])).toEqual([]);
  });
});

describe("reported speech: sources the noun-phrase reader stops short of", () => {
  it("takes the subject before an aside set off by commas, brackets or a quote", () => {
    const [a] = reported([
      "Tom Varga, acting head of Harbour Action, which organised the march, said the reply was weak.",
    ]);
    expect(a).toMatchObject({ text: "the reply was weak", speaker: "Tom Varga" });
    const [b] = reported(["Sen. Ana Ruiz (D-N.M.), said after lunch on Tuesday that she had not read the plan."]);
    expect(b).toMatchObject({ text: "she had not read the plan", speaker: "Ana Ruiz" });
    const [c] = reported(['Joe Varga, host of the radio show "Morning Tide," suggested the mayor could lose.']);
    expect(c).toMatchObject({ text: "the mayor could lose", speaker: "Joe Varga" });
  });

  it("takes the subject before a relative clause or a participle phrase", () => {
    const [a] = reported([
      "The harbour officials whose rules were struck down say the real change came in the courts.",
    ]);
    expect(a).toMatchObject({ text: "the real change came in the courts", speaker: "The harbour officials" });
    const [b] = reported(["A news report published Wednesday said the minister used a private email account."]);
    expect(b).toMatchObject({ text: "the minister used a private email account", speaker: "A news report" });
  });

  it("keeps a clause or an inverted source out of the subject", () => {
    // the words between the commas are a clause, and the source follows the cue (a mixed statement)
    const mixed = reported(["However fair the plan, using the levy ''is a mistake,'' said Mr. Varga."]);
    expect(mixed.map((r) => r.speaker)).toEqual(["Varga"]);
    // a participle phrase holding a quote is no modifier of the subject
    const cues = reported(["His aides called him ''a genius'' for his recently revealed tax plans."]).map((r) => r.cue);
    expect(cues).not.toContain("revealed");
  });

  it("reads initials with periods and a name that ends in a cue form as a source", () => {
    const [a] = reported(["All the reviews came back clear, and the F.B.I. has said it found nothing."]);
    expect(a.text).toBe("it found nothing");
    expect(a.speaker).toMatch(/^the F\.B\.I/);
    const [b] = reported(["In a call with analysts Monday, chief executive Ian Read said the deal was sound."]);
    expect(b).toMatchObject({ text: "the deal was sound", speaker: "Ian Read" });
  });
});

describe("reported speech: statements attributed by an 'as' clause", () => {
  it("reads an opening 'as' clause: the content follows its comma", () => {
    const [a] = reported(["And, as the Gazette reported on Friday, the pier will close in May."]);
    expect(a).toMatchObject({ text: "the pier will close in May", cue: "reported", speaker: "the Gazette" });
    const [b] = reported(["As Varga wrote in his book on the harbour, the crews had no contracts."]);
    expect(b).toMatchObject({ text: "the crews had no contracts", speaker: "Varga" });
  });

  it("reads a closing 'as' clause: the content is the sentence before it", () => {
    const [a] = reported(["The tactic is an old one, as Tom Varga noted in The Harbour Review."]);
    expect(a).toMatchObject({ text: "The tactic is an old one", cue: "noted", speaker: "Tom Varga" });
    expect(texts(["The talks ended, as the Gazette reported a few days later."])).toEqual(["The talks ended"]);
  });

  it("leaves 'as' of time and a clause that goes on after the cue alone", () => {
    const cues = (s: string) => reported([s]).map((r) => r.cue);
    // "as" of time, with a cue that is no report in such a clause
    expect(cues("As Ruiz spoke to the crowd, the crews left the pier.")).toEqual([]);
    // the clause goes on past the cue: "as Ruiz said it would"
    expect(texts(["The pier closed, as Ruiz said it would."])).not.toContain("The pier closed");
  });
});

describe("reported speech: cue forms", () => {
  it("reads every form of 'indicate' as a cue", () => {
    const [a] = reported(["Harbour records indicate that the lot was sold a day before the vote."]);
    expect(a).toMatchObject({
      text: "the lot was sold a day before the vote",
      cue: "indicate",
      speaker: "Harbour records",
    });
    const found = reported(["Ruiz said the pier was closed, indicating that the ferry would not sail."]);
    expect(found.map((r) => r.text)).toEqual(["the pier was closed", "the ferry would not sail"]);
  });
});

describe("reported speech: 'calling for' is a verb", () => {
  it("reads a participle before 'for' as a cue, a noun before it as none", () => {
    const [a] = reported(["The crews have been calling for a freeze on the tolls."]);
    expect(a).toMatchObject({ text: "a freeze on the tolls", cue: "calling for", speaker: "The crews" });
    expect(texts(["His calls for a freeze on the tolls went unheard."])).toEqual([]);
  });
});

describe("reported speech: 'according to' in the middle of a sentence", () => {
  it("reads it after an opening phrase as an opening 'according to'", () => {
    const [a] = reported(["In addition, according to the port, nearly nine hundred more crews will be covered."]);
    expect(a).toMatchObject({ text: "nearly nine hundred more crews will be covered", speaker: "the port" });
    // after the subject, the content is cut by the phrase
    expect(texts(["The plan, according to the harbour board, is dead."])).toEqual(["The plan is dead"]);
  });
});

describe("reported speech: a subject with an aside before its cue", () => {
  it("reads 'X, a long apposition, said …' as a cue-first statement, not an inverted source", () => {
    const [a] = reported([
      "But Megan Varga, a senior organiser at the Harbour Institute for School Reform, said parents still want local schools.",
    ]);
    expect(a).toMatchObject({ text: "parents still want local schools", speaker: "Megan Varga" });
    // a content with a verb keeps its inverted source
    const [b] = reported(["The pier is closed, said Ruiz."]);
    expect(b).toMatchObject({ text: "The pier is closed", speaker: "Ruiz" });
  });
});

describe("reported speech: a clause-only cue before the sentence's attribution", () => {
  it("reads 'Talks are continuing, he said.' as the statement of the final cue", () => {
    const [a] = reported(["The harbour talks are continuing, Ruiz said."]);
    expect(a).toMatchObject({ text: "The harbour talks are continuing", cue: "said", speaker: "Ruiz" });
    // a content after the comma still counts
    expect(texts(["Varga continued, the pier is closed."])).toEqual(["the pier is closed"]);
  });
});
