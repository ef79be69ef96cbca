// Reported speech precision: a cue with the main clause's verb right after it reports nothing ("what
// the mayor retweeted was false"), unless the cue takes a clause whose subject went before its source
// ("which she said was a mistake"). Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraph: string) => extractAttributions([paragraph], "en").reported.map((r) => r.text);

describe("reported speech: a finite verb right after the cue", () => {
  it("reads the verb as the main clause's after a cue that takes no clause", () => {
    expect(texts("Everything the mayor retweeted was false.")).toEqual([]);
    expect(texts("How the council responds can matter more than the storm.")).toEqual([]);
    expect(texts("The online posting is the third release of the harbour files.")).toEqual([]);
  });

  it("keeps a clause whose subject went before the source of a cue that takes one", () => {
    expect(texts("The levy, which critics argued was rushed, passed on Friday.")).toEqual(["was rushed"]);
    expect(texts("The toll, which Ruiz said was unfair, was dropped.")).toEqual(["was unfair"]);
  });
});
