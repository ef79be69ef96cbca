import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const speakers = (paragraphs: string[]) => {
  const found = extractAttributions(paragraphs, null);
  return [...found.quotes, ...found.reported].map((f) => [f.speakerMention, f.speaker, f.cue]);
};

describe("a source phrase that is no name", () => {
  it("reads a surname that is also a cue verb ('Read', 'Post') as the name before the cue", () => {
    expect(speakers(["Harbor chief Ana Read spoke on Monday.", '"The pier will hold," Read said.'])).toEqual([
      ["Read", "Ana Read", "said"],
    ]);
    expect(speakers(['"Fares stay as they are," Post said.'])).toEqual([["Post", "Post", "said"]]);
  });

  it("gives titles cut off from their name no name of '.', but the titles as written", () => {
    const [q] = speakers(['"We are ready," said former Lisbon Gov. and port board chair Tom Varga.']);
    expect(q).toEqual(["former Lisbon Gov.", "former Lisbon Gov.", "said"]);
  });
});
