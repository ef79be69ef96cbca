// Speaker attribution of a participle cue after an opening subordinate clause: the participle shares the
// main clause's subject, not a cue or noun phrase inside the clause that opens the sentence
// ("Shortly after Ruiz's call ended, the Varga campaign sent a note saying "…"" → the Varga campaign).
// Invented sentences.
import { describe, expect, it } from "vitest";
import { mentions } from "./quote-mentions.js";

describe("a participle after an opening subordinate clause", () => {
  it("shares the main clause's subject, not a cue inside the opening clause", () => {
    expect(
      mentions([
        'Shortly after Ruiz\'s conference call ended, the Varga campaign sent out a note to donors saying the port deal was "a clear win for the city."',
      ]),
    ).toEqual([["a clear win for the city.", "the Varga campaign"]]);
  });

  it("shares the main clause's subject when the opening clause holds an infinitive cue", () => {
    expect(
      mentions([
        'Even before Ruiz took the stage on Monday to acknowledge the result, the Varga campaign sent a text to supporters saying: "We carried the port district!"',
      ]),
    ).toEqual([["We carried the port district!", "the Varga campaign"]]);
  });

  it("still shares the subject of a sentence that opens with a short phrase", () => {
    expect(mentions(['After the vote, Tom Varga sent a note saying it was "a clear win."'])).toEqual([
      ["a clear win.", "Tom Varga"],
    ]);
  });

  it("shares the main clause's subject after a time phrase and an opening clause", () => {
    expect(
      mentions([
        'Last week, when I asked Ana Ruiz if she would run again, she looked at the camera, smiled and said, "Ask me in June!"',
      ]),
    ).toEqual([["Ask me in June!", "she"]]);
  });
});
