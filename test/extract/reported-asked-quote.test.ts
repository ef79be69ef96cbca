// Reported speech: an opening question that ends in a quote closed by a comma (`Asked about the "pier
// plan," Ruiz said …`) is no content of the answer, and an answer ends before a contrast that opens
// another source's statement ("… said yes while 40 percent said no"). Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples as reported } from "./helpers.js";

describe("reported speech: an opening question that ends in a quote", () => {
  it("reads the answer after the quote's comma, not the question", () => {
    expect(reported(['Asked about the "harbour plan," Ruiz said it was dead.'])).toEqual([
      ["it was dead", "Ruiz", "said"],
    ]);
  });
});

describe("reported speech: a contrast that opens another source's statement", () => {
  it("ends the content before it", () => {
    expect(reported(["Most dockers said yes while 40 percent of owners said no."])).toEqual([
      ["yes", "Most dockers", "said"],
      ["no", "40 percent of owners", "said"],
    ]);
    expect(reported(["Ruiz said the pier was safe while Varga said it was not."])).toEqual([
      ["the pier was safe", "Ruiz", "said"],
      ["it was not", "Varga", "said"],
    ]);
  });

  it("keeps a contrast whose subject is a pronoun, or one after 'even'", () => {
    expect(reported(["Ruiz said the crews were paid while she was mayor."])).toEqual([
      ["the crews were paid while she was mayor", "Ruiz", "said"],
    ]);
  });
});
