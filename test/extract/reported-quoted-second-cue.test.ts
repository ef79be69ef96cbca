// Reported speech: a statement, a quote that ends in a comma, then a second source whose cue has a clause
// of its own ("Ruiz said that "…," one of the pilots said the two cases differ"). The first content ends
// after the quote, and the words before the quote are no content of the second cue. Invented sentences;
// each test comes with the shapes it leaves alone.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const statements = (paragraphs: string[]) =>
  extractAttributions(paragraphs, "en").reported.map((r) => `${r.speakerMention}|${r.cue}: ${r.text}`);

describe("reported speech: a second statement after a quote that ends in a comma", () => {
  it("gives the second source nothing of the statement before the quote", () => {
    const got = statements([`Ruiz said that "the pier is a disgrace," one of the pilots said the two cases differ.`]);
    expect(got.filter((s) => s.startsWith("one of the pilots|said: Ruiz"))).toEqual([]);
  });

  it("ends the first content after the quote, before the second source and its cue", () => {
    expect(
      statements([
        `Ruiz argued that the levy was "a tax on fishing," a union official told reporters the tolls were fair.`,
      ]),
    ).toEqual([`Ruiz|argued: the levy was "a tax on fishing,"`, "a union official|told: the tolls were fair"]);
  });

  it("ends it before a second source with a number and a cue", () => {
    expect(
      statements([`Varga wrote that the toll was "a mistake," two of the skippers said it had cost them dearly.`]),
    ).toEqual([`Varga|wrote: the toll was "a mistake,"`, "two of the skippers|said: it had cost them dearly"]);
  });

  it("leaves a quote that a colon opens to its own attribution", () => {
    expect(statements([`Ruiz hinted that the crews had agreed: "We signed it," she told the board.`])).toEqual([
      "Ruiz|hinted: the crews had agreed",
    ]);
  });

  it("keeps a statement with no cue of its own before the quote", () => {
    expect(statements([`The pier was "a disgrace," Varga said on Friday.`])).toEqual([
      `Varga|said: The pier was "a disgrace,"`,
    ]);
  });

  it("reads the second cue's clause as its own statement and leaves the quote to the first source", () => {
    const got = both(`Ruiz said that "the pier is a disgrace," one of the pilots said the two cases differ.`);
    expect(got.quotes).toEqual(["Ruiz: the pier is a disgrace,"]);
    expect(got.reported).toEqual(["one of the pilots|said: the two cases differ"]);
  });

  it("reads a clause with a known verb after the second cue the same way", () => {
    const got = both(`Ruiz said that "the pier is a disgrace," one of the pilots said they would strike.`);
    expect(got.quotes).toEqual(["Ruiz: the pier is a disgrace,"]);
    expect(got.reported).toEqual(["one of the pilots|said: they would strike"]);
  });

  it("leaves the quote to a second cue that closes the sentence with a time", () => {
    expect(both(`Ruiz said that "the pier is a disgrace," one of the pilots said this week.`).quotes).toEqual([
      "one of the pilots: the pier is a disgrace,",
    ]);
  });

  it("leaves a quote that opens its sentence to the source after it", () => {
    expect(both(`"The pier is a disgrace," one of the pilots said on Friday.`)).toEqual({
      quotes: ["one of the pilots: The pier is a disgrace,"],
      reported: [],
    });
  });
});

describe("reported speech: a second cue after a comma with a verb phrase after it", () => {
  it("gives the second source nothing of the statement before the comma", () => {
    expect(
      statements([
        "Ana Ruiz, a former mayor, said that the deal was costly but that if the council wanted one, it should have insisted on keeping the ferry.",
      ]),
    ).toEqual(["Ana Ruiz|said: the deal was costly but that if the council wanted one"]);
  });

  it("keeps a statement before a cue whose phrase after it has no verb", () => {
    expect(statements(["A ferry pilot said the pier was unsafe, the report said on Friday."])).toContain(
      "the report|said: A ferry pilot said the pier was unsafe",
    );
  });
});

function both(sentence: string) {
  const a = extractAttributions([sentence], "en");
  return {
    quotes: a.quotes.map((q) => `${q.speakerMention}: ${q.text}`),
    reported: a.reported.map((r) => `${r.speakerMention}|${r.cue}: ${r.text}`),
  };
}
