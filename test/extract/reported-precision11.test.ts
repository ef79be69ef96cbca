// Reported speech precision: cue words in a sense that reports nothing. The subject of a passive
// asking verb is who was asked; a naming participle after a longer noun or "another" names it; a
// cue whose object is a piece of writing reports the work, not a statement. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: a passive asking verb", () => {
  it("does not report the subject of 'was pressed'", () => {
    expect(texts(["Later that evening, the harbour master was pressed on the cost of the new pier."])).toEqual([]);
    expect(texts(["By noon the ferry captain was pressed to explain the delays."])).not.toContain("the ferry captain");
  });

  it("keeps a passive cue whose subject is what was spoken of", () => {
    expect(texts(["The new levy was announced on Friday."])).toEqual(["The new levy"]);
  });
});

describe("reported speech: a naming participle", () => {
  it("reads 'called' as naming after a noun of several words or 'another'", () => {
    expect(texts(["Walkers joined a small local river protection group called Clear Water."])).toEqual([]);
    expect(texts(["One ferry line folded, and another called Blue Wake took its routes."])).toEqual([]);
  });

  it("keeps 'called' as a cue after a subject", () => {
    expect(texts(["The mayor called the pier a hazard."])).toEqual(["the pier a hazard"]);
  });
});

describe("reported speech: a piece of writing as object", () => {
  it("reads the cue as writing a work", () => {
    expect(texts(["The judge wrote a sharp dissent on the ferry case."])).toEqual([]);
    expect(texts(["Ana Varga wrote a long commentary for the harbour weekly."])).toEqual([]);
  });

  it("keeps a statement written in a work", () => {
    expect(texts(["Ana Varga wrote in a commentary that the pier was unsafe."])).toEqual(["the pier was unsafe"]);
  });
});

describe("reported speech: a cue form that qualifies a noun", () => {
  it("reads a participle after 'no' and 'precincts reporting' as no cue", () => {
    expect(texts(["There were no reported injuries at the pier on Sunday."])).toEqual([]);
    expect(texts(["With all precincts reporting, the harbour levy passed by 40 votes."])).toEqual([]);
  });

  it("keeps a cue after a plain subject", () => {
    expect(texts(["The harbour board reported the pier was unsafe."])).toEqual(["the pier was unsafe"]);
  });
});

describe("reported speech: a verb of sound with 'with'", () => {
  it("reads 'echoed with' and 'roared with' as sound, not speech", () => {
    expect(texts(["The hall echoed with the sound of the ferry horns."])).toEqual([]);
    expect(texts(["The crowd roared with approval as the mayor left."])).toEqual([]);
  });

  it("keeps 'echoed' with a statement as object", () => {
    expect(texts(["Ana Varga echoed the mayor's warning that the pier was unsafe."])).not.toEqual([]);
  });
});

describe("reported speech: a subject pronoun cut from its verb", () => {
  it("reports no content that is only a person's subject pronoun", () => {
    expect(texts(["On the budget, the mayor has wavered. She drew sharp criticism from the union."])).toEqual([]);
  });

  it("reads a subject pronoun joined to a name as part of the content, not a content of its own", () => {
    expect(texts(["Ruiz said both she and Varga promised to rebuild the pier."])).toEqual([
      "both she and Varga promised to rebuild the pier",
      "to rebuild the pier",
    ]);
    expect(texts(["Ms. Varga said she and her deputies jokingly referred to themselves as the Leak Club."])).toContain(
      "she and her deputies jokingly referred to themselves as the Leak Club",
    );
  });

  it("keeps a content that goes on past the pronoun", () => {
    expect(texts(["Ruiz said she would rebuild the pier."])).toEqual(["she would rebuild the pier"]);
  });
});

describe("reported speech: 'reports' before an evidence verb", () => {
  it("reads 'reports show' as a noun and its verb", () => {
    expect(texts(["Newly filed harbour board reports show the levy raised $2 million."])).toEqual([]);
    expect(texts(["The harbour board's quarterly reports found no fault with the pier."])).toEqual([]);
  });

  it("keeps 'reports' as a cue after a subject", () => {
    expect(texts(["The harbour board reports the pier is unsafe."])).toEqual(["the pier is unsafe"]);
  });
});
