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
    expect(texts(['"We will win," Marsh said, citing the tally kept by the port.'])).toEqual([]);
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
