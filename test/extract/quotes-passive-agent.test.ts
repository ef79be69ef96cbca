// A quote a passive participle names has the agent after "by" as its source: `often labeled a "witch
// hunt" by critics`, `seen by organizers as a "lifeboat"`; "according to" still wins. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const speakers = (paragraphs: string[]) => extractQuotes(paragraphs).map((q) => [q.text, q.speakerMention]);

describe("the agent of a passive naming participle", () => {
  it("reads the agent after the quote", () => {
    expect(speakers(['The inquiry — often labeled a "witch hunt" by critics — will end soon.'])).toEqual([
      ["witch hunt", "critics"],
    ]);
  });

  it("reads the agent between the participle and as", () => {
    expect(
      speakers(['Ruiz backed a third candidate, an option seen by organizers as a "lifeboat" for the party.']),
    ).toEqual([["lifeboat", "organizers"]]);
  });

  it("gives a named quote to the agent that names it", () => {
    expect(speakers(['The plan has been called "quiet drift" by Tom Varga, a harbor pilot.'])).toEqual([
      ["quiet drift", "Tom Varga"],
    ]);
  });

  it("leaves an according-to source in charge", () => {
    expect(speakers(['The memo was labeled "secret" by the ministry, according to two officials.'])).toEqual([
      ["secret", "two officials"],
    ]);
  });
});
