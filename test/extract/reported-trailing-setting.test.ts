// Reported speech boundaries (issue 9, helper ends2): the reporter's setting of a cue after its content
// ("in an interview …", "on condition of anonymity …"). Invented sentences, one case per rule and the
// cases the rule leaves alone.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraph: string) => extractAttributions([paragraph], "en").reported.map((r) => r.text);

/** [what the case shows, sentence, reported contents]. */
const CASES: [string, string, string[]][] = [
  [
    "an interview after the content sets the cue",
    "The harbour master denied the rumours about the ferry in an interview with a local paper on Monday.",
    ["the rumours about the ferry"],
  ],
  [
    "anonymity after the content sets the cue, with the 'only' that leads into it",
    "Two engineers confirmed the delay only on the condition of anonymity because the report is not public.",
    ["the delay"],
  ],
  [
    "an 'and' that leads into the setting goes with it",
    "Ruiz said the pier was safe and in an interview with the radio station.",
    ["the pier was safe"],
  ],
  [
    "a 'that' after the interview keeps it in the content's own clause",
    "Varga said the mayor had admitted in an interview that the pier was unsafe.",
    ["the mayor had admitted in an interview that the pier was unsafe", "the pier was unsafe"],
  ],
  [
    "a clause content ends before the interview and its time",
    "Ruiz said the ferry would stop in winter in an interview with the radio station on Sunday.",
    ["the ferry would stop in winter"],
  ],
  [
    "a cue verb inside the content owns the interview",
    "Varga would not explain why the plan was mentioned by the mayor in an interview with the paper.",
    ["why the plan was mentioned by the mayor in an interview with the paper"],
  ],
  [
    "'in a(n)', a word or two and a spoken act set the cue too",
    "Ruiz explained her reasoning in a lengthy statement on Friday.",
    ["her reasoning"],
  ],
  ["so does a tweet after a noun content", "Ruiz claimed victory in a tweet.", ["victory"]],
  [
    "a clause after the act keeps it in the content",
    "Ruiz said the pier appeared in a video that the union posted.",
    ["the pier appeared in a video that the union posted"],
  ],
];

describe("reported speech: the reporter's setting after the content", () => {
  for (const [what, sentence, expected] of CASES) {
    it(what, () => {
      expect(texts(sentence)).toEqual(expected);
    });
  }
});
