// Reported speech precision: a naming participle after a capitalised noun ("a new super PAC called
// Harbour First") names a group when a lowercase modifier stands before that noun; after a preposition,
// an article alone, or a clause opener ("what Ruiz called …") the capitalised word is who spoke. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: a naming participle after a capitalised noun", () => {
  it("reads 'called' as naming after a modified acronym or plural", () => {
    expect(texts(["A newly formed ferry PAC called Harbour First ran its first ads in the port towns."])).toEqual([]);
    expect(texts(["Ana Varga joined a group of disaffected Islanders called Blue Coast."])).toEqual([]);
  });

  it("keeps 'called' as a cue after a name that ends a prepositional phrase", () => {
    expect(texts(["A spokesman for Varga called the pier a hazard."])).toEqual(["the pier a hazard"]);
  });

  it("keeps 'called' as a cue after an article and a capitalised noun", () => {
    expect(texts(["A Democrat called the levy a mistake."])).toEqual(["the levy a mistake"]);
  });

  it("keeps 'called' as a cue after a clause opener", () => {
    expect(texts(["The second plan would be what Varga called a 'slow retreat' from the coast."])).toHaveLength(1);
  });
});
