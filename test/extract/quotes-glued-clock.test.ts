// A clock time run into the next word by a page's markup ("9:52PMRuiz said") is split from it, so the
// name after it is found as the source.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";
import { extractAttributions } from "../../src/extract/reported.js";

describe("a clock time glued to a name", () => {
  it("gives the name, not the time, as the source of reported speech", () => {
    const { reported } = extractAttributions(
      ["Posted at 9:52PMRuiz said the pier would stay closed until spring."],
      "en",
    );
    expect(reported.map((r) => [r.speaker, r.text])).toEqual([["Ruiz", "the pier would stay closed until spring"]]);
  });

  it("gives the name as a quote's speaker, with a lower-case meridiem too", () => {
    const quotes = extractQuotes(["Update 11:05amTom Berg said: “The ferry will run on Sunday.”"]);
    expect(quotes.map((q) => q.speaker)).toEqual(["Tom Berg"]);
  });
});
