// A short name that ends its sentence after an inverted cue keeps no period ("said Ray."), while an
// abbreviation inside a name keeps its own ("said Sen. Ruiz", "at M.I.T., who …").
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";
import { extractAttributions } from "../../src/extract/reported.js";

describe("a period after a short name", () => {
  it("ends the sentence when nothing of it follows", () => {
    const [q] = extractQuotes(['"We won the vote," said Ray.']);
    expect(q).toMatchObject({ speaker: "Ray", speakerMention: "Ray" });
    const [r] = extractAttributions(["The ferry will run late, said Jo."], "en").reported;
    expect(r).toMatchObject({ text: "The ferry will run late", speakerMention: "Jo" });
    // a quote after it opens the next sentence
    const quotes = extractQuotes(['"We won the vote," said Ray. "The rest is noise."']);
    expect(quotes[0].speakerMention).toBe("Ray");
  });

  it("stays in the name when the name goes on", () => {
    const [q] = extractQuotes(['"We won the vote," said Sen. Ines Calder.']);
    expect(q.speaker).toBe("Ines Calder");
    expect(q.speakerMention).toBe("Sen. Ines Calder");
  });
});
