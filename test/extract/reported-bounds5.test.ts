// Reported speech boundaries (issue 9, helper nest): the reporter's words at the edge of a clause
// content. Invented sentences, one case per rule and the cases each rule leaves alone.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraph: string) => extractAttributions([paragraph], "en").reported.map((r) => r.text);

/** [what the case shows, sentence, reported contents]. */
const CASES: [string, string, string[]][] = [
  [
    "an apposition after a whole clause that runs to the end is the reporter's",
    "Ruiz said the ferry would stop in winter, a change the crews had long opposed.",
    ["the ferry would stop in winter"],
  ],
  [
    "an apposition on the content's subject stays",
    "Ruiz said the pier, a relic of the old port, would close.",
    ["the pier, a relic of the old port, would close"],
  ],
  [
    "an apposition on a name stays",
    "Ruiz said the council would hire Tom Varga, a former harbour master.",
    ["the council would hire Tom Varga, a former harbour master"],
  ],
  [
    "a noun phrase that a verb follows opens a clause, no apposition",
    "Ruiz said that when the storm came, a crew member rescued the dog.",
    ["when the storm came, a crew member rescued the dog"],
  ],
  [
    "after a participle cue, 'and' before another participle cue opens the next statement",
    "Ruiz left the pier, calling the toll unfair and vowing to fight it in court.",
    ["the toll unfair", "to fight it in court"],
  ],
  [
    "a participle before a noun in a list stays",
    "Ruiz left the pier, blaming high fares and rising costs for the losses.",
    ["high fares and rising costs for the losses"],
  ],
];

describe("reported speech: the reporter's words at the edge of a clause content", () => {
  it.each(CASES)("%s", (_, sentence, contents) => {
    expect(texts(sentence)).toEqual(contents);
  });
});
