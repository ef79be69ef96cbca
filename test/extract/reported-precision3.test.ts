// Reported speech precision, third round: contents cut short or started at the wrong place, and
// statements read twice. Invented sentences, one rule per test.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: a relative clause on the content's subject", () => {
  it("goes on past ', who …' when the content so far is only a short subject", () => {
    expect(
      texts(["At the depot, Ms. Lane said she and her sister, who worked nights, were paid less than the men."]),
    ).toEqual(["she and her sister, who worked nights, were paid less than the men"]);
    expect(texts(["Tovar said his members, whose pay was cut, would stay home on Monday."])).toEqual([
      "his members, whose pay was cut, would stay home on Monday",
    ]);
  });

  it("still ends at ', who …' after a clause of the content's own", () => {
    expect(texts(["Tovar said he backed Ana Ruiz, who runs the depot."])).toEqual(["he backed Ana Ruiz"]);
  });
});

describe("reported speech: a listener's place with a comma", () => {
  it("reads past 'in Salem, Ohio' to the 'that' that opens the content", () => {
    expect(texts(["Mr. Hale told a town hall in Salem, Ohio on Monday that the levy is too high."])).toEqual([
      "the levy is too high",
    ]);
  });
});

describe("reported speech: a cue word that names a kind of noun", () => {
  it("reads 'pledged delegates' as a noun, not a pledge", () => {
    expect(texts(["The count includes pledged delegates and party officials."])).toEqual([]);
    expect(texts(["Ruiz won most of the state's pledged delegates on Tuesday."])).toEqual([]);
    // the verb still reports a pledge
    expect(texts(["Ruiz pledged to cut the levy."])).toEqual(["to cut the levy"]);
  });
});

describe("reported speech: a pronoun that points back to the sentence before", () => {
  it("reports nothing for 'That's according to …'", () => {
    expect(texts(["Most riders want a later bus. That's according to a survey by the transit board."])).toEqual([]);
    expect(texts(["This is according to the union."])).toEqual([]);
  });

  it("keeps a content of its own before 'according to'", () => {
    expect(texts(["That levy is dead according to the union."])).toEqual(["That levy is dead"]);
  });
});

describe("reported speech: a content cut by its source runs on past it", () => {
  it("goes on after ', X said,' when a conjunction opens the rest", () => {
    expect(texts(["The tolls were too high, Lane said, so the two towns decided to split the work."])).toEqual([
      "The tolls were too high so the two towns decided to split the work",
    ]);
    expect(texts(["He is leaning toward Ruiz, he said, because he prizes a win in November."])).toEqual([
      "He is leaning toward Ruiz because he prizes a win in November",
    ]);
  });

  it("stops before a relative clause that tells about the source", () => {
    expect(texts(["The pier is safe, said Lane, who runs the harbour."])).toEqual(["The pier is safe"]);
  });
});

describe("reported speech: an object that names the cue's own act", () => {
  it("reports nothing for 'asked him a question'", () => {
    expect(texts(["She tried to ask Ruiz a question after the vote."])).toEqual([]);
    expect(texts(["At the hearing Lane asked the mayor several questions."])).toEqual([]);
  });

  it("reports nothing for 'wrote his speech'", () => {
    expect(texts(["Lane was still writing her speech, the aides said, when the ferry docked."])).not.toContain(
      "her speech",
    );
    expect(texts(["Ruiz wrote a speech for the opening of the pier."])).toEqual([]);
  });

  it("keeps what was written about a speech", () => {
    expect(texts(["Ruiz wrote that the speech had run long."])).toEqual(["the speech had run long"]);
  });

  it("keeps a question that is what was asked", () => {
    expect(texts(["Lane asked whether the question of the levy would be settled."])).toEqual([
      "whether the question of the levy would be settled",
    ]);
  });
});

describe("reported speech: cues whose object is a noise or an event", () => {
  it("reports no statement for 'interrupted the speech' or 'shouted insults'", () => {
    expect(texts(["Protesters interrupted the mayor's speech twice on Monday."])).toEqual([]);
    expect(texts(["Fans shouted insults at the referee as he left the pitch."])).toEqual([]);
  });

  it("still credits the quotes those verbs attribute", () => {
    const quotes = (p: string) => extractAttributions([p], "en").quotes.map((q) => [q.text, q.speaker]);
    expect(quotes('"Go home," a heckler shouted.')).toEqual([["Go home,", "a heckler"]]);
    expect(quotes('"Not now," Ruiz interrupted.')).toEqual([["Not now,", "Ruiz"]]);
  });
});
