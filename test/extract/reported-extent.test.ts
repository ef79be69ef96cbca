// Reported speech extent (issue 9, helper ext3): where a clause content goes on past a coordinator that
// an object content would stop at. Invented sentences, one case per rule and the cases each rule
// leaves alone.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraph: string) => extractAttributions([paragraph], "en").reported.map((r) => r.text);

/** [what the case shows, sentence, reported contents]. */
const CASES: [string, string, string[]][] = [
  [
    "after 'that' a 'tell' content is a clause: its second verb stays",
    "Ruiz told reporters that the ferry had stopped and hasn't sailed since May.",
    ["the ferry had stopped and hasn't sailed since May"],
  ],
  [
    "after a listener a 'tell' content is a clause: an adjective with -ed stays",
    "Ruiz told Varga he had been a patient and determined rival.",
    ["he had been a patient and determined rival"],
  ],
  [
    "an object content still ends before a coordinated verb",
    "Ruiz praised the harbour crews and raised their pay.",
    ["the harbour crews"],
  ],
  [
    "', but' before a verb goes on with the content's own subject",
    "Ruiz said she liked the new timetable, but found the fares too high.",
    ["she liked the new timetable, but found the fares too high"],
  ],
  [
    "', but' before a new subject still ends the content",
    "Ruiz said the pier would reopen, but the crews doubted it.",
    ["the pier would reopen"],
  ],
  [
    "', but' before a cue opens the same source's next statement",
    "Ruiz said the pier would reopen, but declined to say when.",
    ["the pier would reopen", "when"],
  ],
  [
    "', but' before a denied cue opens the same source's next statement",
    "Ruiz said the pier would reopen, but would not say when.",
    ["the pier would reopen", "when"],
  ],
  [
    "after a negation, ', but' before a phrase with no subject sets it against the content",
    "Ruiz said the levy was not raised by the council, but by the port board.",
    ["the levy was not raised by the council, but by the port board"],
  ],
  [
    "after a negation, ', but' before a pronoun subject still ends the content",
    "Ruiz said the levy was not raised by the council, but she expected a rise.",
    ["the levy was not raised by the council"],
  ],
  // (helper ext4: commas inside a noun phrase, the reporter's clause after a listener)
  [
    "an -ing adjective listed before 'and' stays in the object",
    "Tomas Varga called her a patient, caring and honest harbour master.",
    ["her a patient, caring and honest harbour master"],
  ],
  [
    "a participle phrase still ends a noun content",
    "Tomas Varga praised the ferry crews, drawing cheers from the quay.",
    ["the ferry crews"],
  ],
  [
    "a short contrast set off between a noun's adjectives stays in",
    "Ana Ruiz said the town faced a sharp, though brief, drop in visitors.",
    ["the town faced a sharp, though brief, drop in visitors"],
  ],
  [
    "a contrast clause still ends the content",
    "Ana Ruiz said the town would recover, though the ferries have stopped.",
    ["the town would recover"],
  ],
  [
    "the reporter's adverbial clause after a listener's phrase is no content",
    "The pier is safe, the mayor told his closest aides as he walked to the hall.",
    ["The pier is safe"],
  ],
];

describe("reported speech extent", () => {
  for (const [what, sentence, expected] of CASES) {
    it(what, () => {
      expect(texts(sentence)).toEqual(expected);
    });
  }
});
