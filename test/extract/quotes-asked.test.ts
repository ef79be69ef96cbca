// Speaker attribution of a question put to someone: a quote inside the clause of a passive "asked"
// is the asker's words (the agent after "by"), or nobody's when the sentence names no asker; the
// person asked does not speak it. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";

const all = (paragraphs: string[]) => extractQuotes(paragraphs).map((q) => [q.text, q.speaker ?? null]);

describe("a quote inside a passive 'asked' clause", () => {
  it("belongs to the agent after 'by'", () => {
    expect(all(['Varga was asked by Tom Reyes whether the deal would "hurt the farmers."'])).toEqual([
      ["hurt the farmers.", "Tom Reyes"],
    ]);
  });

  it("belongs to the agent when the clause holds a relative aside", () => {
    expect(
      all([
        'Gomez was asked by radio host Ann Bell whether his plan, which the tax office estimates would cost $9 billion, would risk "adding another program to the budget."',
      ]),
    ).toEqual([["adding another program to the budget.", "Ann Bell"]]);
  });

  it("belongs to the agent when the question itself is quoted after an aside about the agent", () => {
    expect(
      all(['Ruiz was asked by Ann Bell, who had backed the levy for years, "Would you sign it again today?"']),
    ).toEqual([["Would you sign it again today?", "Ann Bell"]]);
  });

  it("belongs to the agent of an opening participle", () => {
    expect(all(['Asked by Ann Bell if the mayor "understands" the port, Varga said nothing.'])).toEqual([
      ["understands", "Ann Bell"],
    ]);
  });

  it("is nobody's when no asker is named", () => {
    expect(all(['Varga was asked, "Would you sign the levy again?"'])).toEqual([
      ["Would you sign the levy again?", null],
    ]);
    expect(all(['Asked whether the mayor is "fit to lead the city," 61 percent of voters said yes.'])).toEqual([
      ["fit to lead the city,", null],
    ]);
  });

  it("leaves the answer to the person asked", () => {
    expect(all(['Asked about the levy, Varga said, "It is a fair deal."'])).toEqual([["It is a fair deal.", "Varga"]]);
    expect(all(['Varga was asked about the levy and said it was "a fair deal."'])).toEqual([["a fair deal.", "Varga"]]);
  });

  it("leaves an active 'asked' and a later clause alone", () => {
    expect(all(['Ana Ruiz, who was off stage, then asked, "Really?"'])).toEqual([["Really?", "Ana Ruiz"]]);
    expect(
      all([
        'Members are asked to rank the panels, and the budget panel is less likely to be "swamped with hawks," Ruiz said.',
      ]),
    ).toEqual([["swamped with hawks,", "Ruiz"]]);
  });
});
