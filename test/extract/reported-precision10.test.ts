// Reported speech precision: a plural noun-like cue form after a quantifier, an adjective or a verb
// that takes it as object is a noun, not a cue; so is a cue phrase's first word after a determiner.
// Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: a plural form after a modifier", () => {
  it("reads the form as a noun after a quantifier, an adjective or a verb", () => {
    expect(texts(["The ferry office fielded endless calls from stranded walkers all week."])).toEqual([]);
    expect(texts(["The mayor made more frequent calls to the harbour board after the storm."])).toEqual([]);
    expect(texts(["The plan would tighten existing pledges to cut river pollution."])).toEqual([]);
    expect(texts(["Ana Varga raised questions about the pier over the winter."])).toEqual([]);
  });

  it("reads a phrase's first word as a noun after a determiner or a number", () => {
    expect(texts(["The walkers stopped at one point to rest by the pier."])).toEqual([]);
    expect(texts(["Her comment on the pier drew laughs."])).toEqual([]);
  });

  it("keeps the cue after a plain subject", () => {
    expect(texts(["Ana Varga points to the pier as a hazard."])).not.toEqual([]);
    expect(texts(["The harbour board calls the pier a hazard."])).not.toEqual([]);
    expect(texts(["Ana Varga claims the pier was unsafe."])).toEqual(["the pier was unsafe"]);
  });
});
