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
];

describe("reported speech: the reporter's words at the edge of a clause content", () => {
  it.each(CASES)("%s", (_, sentence, contents) => {
    expect(texts(sentence)).toEqual(contents);
  });
});
