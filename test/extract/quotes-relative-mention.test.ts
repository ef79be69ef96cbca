// A quote inside a relative clause on an inverted source (`said X, who thinks … "…"`) is credited to
// the relative pronoun as written, which stands for the named speaker.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const last = (paragraph: string) => {
  const quotes = extractQuotes([paragraph]);
  const q = quotes[quotes.length - 1];
  const span = q.speakerAt ? paragraph.slice(q.speakerAt.start, q.speakerAt.end) : null;
  return [q.speakerMention, q.speaker, span];
};

describe("a quote in a relative clause after an inverted source", () => {
  it("gives 'who' as the mention and span, and the name as the speaker", () => {
    expect(
      last("“The pier is unsafe,” said Councilman Tom Berg, who thinks the harbour board “must act before winter.”"),
    ).toEqual(["who", "Tom Berg", "who"]);
  });

  it("keeps the name as the mention when a description stands between it and a 'who' with no cue", () => {
    // "who" could stand for the description's last noun ("Fair Fares"): the name is the safe mention
    expect(
      last(
        "“We will win,” said Alfonso Ruiz, the head of the Port Trust for Fair Fares, who thinks it “out of touch.”",
      ),
    ).toEqual(["Alfonso Ruiz", "Alfonso Ruiz", "Alfonso Ruiz"]);
    // a cue of its own in the relative clause ("who called") makes "who" a source, resolved to the name
    expect(
      last("“It is late,” said Ana Ruiz, a harbour expert, who called the ferry plan “a costly mistake” on Monday."),
    ).toEqual(["who", "Ana Ruiz", "who"]);
  });

  it("leaves a source before its cue, and a 'who' inside the reported words", () => {
    expect(last("Ana Ruiz, who is 42, said the ferry plan was “a costly mistake.”")).toEqual([
      "Ana Ruiz",
      "Ana Ruiz",
      "Ana Ruiz",
    ]);
    expect(last("Tom Varga said the driver, who fled, had “no licence at all.”")).toEqual([
      "Tom Varga",
      "Tom Varga",
      "Tom Varga",
    ]);
  });
});
