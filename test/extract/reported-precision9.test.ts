// Reported speech precision, more cue senses that report nothing: results reported ("reported $3
// million in revenue"), a work written ("wrote her thesis on …"), a contest given up or won ("conceded
// the race", "declared victory"), a lead kept, an election watched, a door answered, pictures posted, and cue forms
// that are nouns after a determiner ("an old quip", "a recall"). Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTexts } from "./helpers.js";

/** Sentences whose cue word is used in a sense that reports no statement, or is a noun. */
const NO_STATEMENT = [
  "The ferry company reported $ 4 million in ticket revenue last spring.",
  "Ana Ruiz wrote her thesis on the harbour trade of the 1890s.",
  "The old skipper writes fiction on the side.",
  "Tomas Berg conceded the race in the harbour ward late on Sunday.",
  "The Greens declared victory in the harbour ward on Sunday night.",
  "The mayor continues to maintain a comfortable lead in the polls.",
  "Two monitors from Lisbon observed voting in the harbour ward.",
  "Mrs. Lind, who answered her door on Sunday, was cheerful.",
  "There is an old quip among sailors that the tide never waits.",
  "The mayor is in no danger of a recall, and the next vote is in 2029.",
  "The two towns settled their disputes over the harbour last year.",
  "The skipper posted photos of the storm on his page.",
];

describe("reported speech: another sense of the cue, or a cue form that is a noun", () => {
  it.each(NO_STATEMENT)("reads no statement in %s", (sentence) => {
    expect(reportedTexts([sentence])).toEqual([]);
  });

  it("keeps the statement when a clause follows the same cues", () => {
    expect(reportedTexts(["Ana Ruiz wrote that the harbour trade had collapsed."])).toEqual([
      "the harbour trade had collapsed",
    ]);
    expect(reportedTexts(["The ferry company reported that revenue fell by a third."])).toEqual([
      "revenue fell by a third",
    ]);
  });

  it("reads a base form after 'to' and before 'that' as an infinitive", () => {
    expect(reportedTexts(["Ruiz wants voters to recall that the pier was safe."])).toEqual(["the pier was safe"]);
  });
});
