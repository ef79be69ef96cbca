// Choosing the source of reported speech: words that are not the subject (a degree word before an
// infinitive, an opening phrase that names nobody, "cannot") stay out of it. Invented sentences, each
// with a near miss that must stay as it was.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const sourceOf = (paragraph: string, cue: string) =>
  reported([paragraph]).find((r) => r.cue === cue)?.speakerMention ?? null;

describe("reported speech: a degree word between a verb and its infinitive", () => {
  it("credits the subject, not 'more', in 'appeared more likely to describe'", () => {
    expect(sourceOf("Older ferry riders appeared more likely to describe the fares as fair.", "describe")).toBe(
      "Older ferry riders",
    );
  });

  it("still credits the subject when no degree word stands there", () => {
    expect(sourceOf("Older ferry riders appeared likely to describe the fares as fair.", "describe")).toBe(
      "Older ferry riders",
    );
  });
});

describe("reported speech: an opening phrase that names nobody", () => {
  it("reads the subject after 'The day before,' and after 'Perhaps not coincidentally,'", () => {
    const day =
      "The day before, at a market in Dunmore, Ms. Okafor was just as sharp, claiming that the levy was illegal.";
    expect(sourceOf(day, "claiming")).toBe("Ms. Okafor");
    const perhaps = "Perhaps not coincidentally, Mr. Varga has lately started asking his staff to stay late.";
    expect(sourceOf(perhaps, "asking")).toBe("Mr. Varga");
  });

  it("keeps a subject that is a quantifier of its own ('Some', 'Both')", () => {
    expect(sourceOf("Some argued that the levy was illegal.", "argued")).toBe("Some");
    expect(sourceOf("Both said that the levy was illegal.", "said")).toBe("Both");
  });
});

describe("reported speech: 'cannot' is an auxiliary, not part of the subject", () => {
  it("credits 'Harbor engineers' in 'Harbor engineers cannot honestly claim …'", () => {
    expect(sourceOf("Harbor engineers cannot honestly claim that the pier is safe.", "claim")).toBe("Harbor engineers");
  });
});

describe("reported speech: a prepositional aside between a subject and its verb", () => {
  it("credits the subject before ', in a long speech, …', not the aside", () => {
    const p = "Ms. Okafor, in a long, sometimes rambling address, spoke for an hour, urging the council to act.";
    expect(sourceOf(p, "urging")).toBe("Ms. Okafor");
  });

  it("keeps an apposition that is the subject's own ('Ruiz, a Democrat, said')", () => {
    expect(sourceOf("Tom Ruiz, a Democrat from Dunmore, said the levy was illegal.", "said")).toBe("Tom Ruiz");
  });
});
