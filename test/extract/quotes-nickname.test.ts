// The name table reads a name with a nickname in quotes inside it (George "Jay" Keyworth) as one person,
// named without the nickname, so later mentions and pronouns resolve to them. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const speakers = (paragraphs: string[]) => {
  const found = extractAttributions(paragraphs);
  return [...found.quotes, ...found.reported].map((f) => [f.speakerMention, f.speaker]);
};

describe("a nickname in quotes inside a name", () => {
  it("lists the person without the nickname, for a later surname", () => {
    expect(
      speakers(['The warning came from the harbour pilot Tomas "Tommy" Varga.', '"Close the channel," Varga said.']),
    ).toEqual([["Varga", "Tomas Varga"]]);
  });

  it("gives a pronoun the person its sentence opens with", () => {
    expect(
      speakers([
        'The warning came from the harbour pilot Tomas "Tommy" Varga.',
        "Varga was the most trusted pilot in the port, and he was eager to close the channel, he said.",
      ]),
    ).toEqual([["he", "Tomas Varga"]]);
  });
});
