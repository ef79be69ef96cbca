// Reported speech: an agentless passive of a declaring cue with a complement ("Ruiz was declared the
// winner") reports the subject and the complement, from no named source, also inside an adverbial clause
// ("after Ruiz was declared the winner, …"). Other complements name what the subject became. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported;
const texts = (paragraphs: string[]) => reported(paragraphs).map((r) => `${r.cue}: ${r.text}`);

describe("reported speech: a declared complement", () => {
  it("reports 'Ruiz … the winner in Salem' with no source", () => {
    expect(reported(["Ruiz was declared the winner in Salem."])).toMatchObject([
      { cue: "declared", text: "Ruiz the winner in Salem", speaker: null },
    ]);
  });

  it("reads an announced runner-up the same way", () => {
    expect(texts(["Ortiz was announced the runner-up of the regatta behind Lopez."])).toEqual([
      "announced: Ortiz the runner-up of the regatta behind Lopez",
    ]);
  });

  it("ends the content with the adverbial clause that holds it", () => {
    expect(texts(["The strategist left the hall after Ruiz was declared the winner in Salem."])).toEqual([
      "declared: Ruiz the winner in Salem",
    ]);
    expect(texts(["Aides cheered loudly as she was announced the winner, and the band played."])).toEqual([
      "announced: she the winner",
    ]);
  });

  it("leaves a naming cue's complement alone", () => {
    expect(texts(["Ruiz was named the winner of the harbour vote."])).toEqual([]);
  });
});
