// Reported speech: "and" after a content's lone pronoun or name joins its subject ("said both she and
// Varga agreed …"); it opens no statement of another source there. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const statements = (paragraphs: string[]) =>
  extractAttributions(paragraphs, "en").reported.map((r) => `${r.cue}: ${r.text}`);

describe("reported speech: a subject joined by 'and'", () => {
  it("keeps a pronoun and a name joined by 'and' in the content", () => {
    expect(statements(["The mayor said both she and Varga pledged to cut the fares."])[0]).toBe(
      "said: both she and Varga pledged to cut the fares",
    );
  });

  it("keeps two names joined by 'and' in the content", () => {
    expect(statements(["The mayor said Ruiz and Varga agreed to the plan."])).toEqual([
      "said: Ruiz and Varga agreed to the plan",
    ]);
  });

  it("still ends a clause before another source's statement", () => {
    expect(statements(["The mayor said the pier was safe and the union said it was not."])).toEqual([
      "said: the pier was safe",
      "said: it was not",
    ]);
  });
});
