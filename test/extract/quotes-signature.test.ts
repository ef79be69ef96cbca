// Signed quotes: a quote that makes its paragraph, with the speaker's name after a dash or on the next line.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const only = (paragraphs: string[]) => {
  const quotes = extractQuotes(paragraphs);
  expect(quotes).toHaveLength(1);
  return quotes[0];
};

describe("signed quotes", () => {
  it("reads the name after a dash in the quote's paragraph", () => {
    for (const dash of ["―", "—", "–", "--", "-"]) {
      const q = only([`“The ferry runs late every single week.” ${dash} Dana Whitcomb`]);
      expect(q).toMatchObject({ speaker: "Dana Whitcomb", speakerMention: "Dana Whitcomb", cue: null });
    }
    expect(only(["“We should have been told sooner.”― Julie A. Okafor Reyes."]).speaker).toBe("Julie A. Okafor Reyes");
  });

  it("reads a signature on the next line, with a dash or as a name and description", () => {
    const dashed = only(['"We moved here for the schools."', "— Omar Beltran, 41, Tucson"]);
    expect(dashed).toMatchObject({ speaker: "Omar Beltran", speakerDescription: "Tucson" });
    const bare = only(['"The clinic saved my son."', "Priya Natarajan, nurse"]);
    expect(bare).toMatchObject({ speaker: "Priya Natarajan", speakerDescription: "nurse" });
  });

  it("points the speaker's span at the signature", () => {
    const paragraphs = ['"The clinic saved my son."', "— Priya Natarajan, nurse"];
    const q = only(paragraphs);
    expect(q.speakerAt).not.toBeNull();
    const at = q.speakerAt as NonNullable<typeof q.speakerAt>;
    expect(paragraphs[at.paragraph].slice(at.start, at.end)).toBe("Priya Natarajan");
  });

  it("does not take a sentence, a single bare word or a quote inside a sentence for a signature", () => {
    expect(only(['"The clinic saved my son."', "Priya Natarajan, 34, was arrested later."]).speaker).toBeNull();
    expect(only(['"Never again."', "Madrid."]).speaker).toBeNull();
    expect(only(['"Never again."', "Getty Images/Reuters."]).speaker).toBeNull();
    const q = only(['The mayor insisted the bridge was "still safe." --Lena Osei.']);
    expect(q.speaker).toBe("The mayor");
  });
});
