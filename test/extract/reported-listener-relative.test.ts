// Reported speech: a relative clause on the listener of a cue that takes an infinitive ("asked the crews
// that manned the pier to leave") belongs to the listener, which is the infinitive's subject and stays in
// the content with it (as "urged the council to act" does); the content never opens at the relative
// clause's verb. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTexts } from "./helpers.js";

describe("reported speech: a relative clause inside the listener", () => {
  it("keeps the listener and its relative clause with the infinitive", () => {
    expect(reportedTexts(["The minister asked the agencies that ran the ferries to hold back the fares."])).toEqual([
      "the agencies that ran the ferries to hold back the fares",
    ]);
    expect(reportedTexts(["Varga urged the pilots who flew the night routes to report every delay."])).toEqual([
      "the pilots who flew the night routes to report every delay",
    ]);
  });

  it("skips the relative verb's own infinitive", () => {
    expect(reportedTexts(["Ruiz asked the crews that wanted to stay to leave the port by noon."])).toEqual([
      "the crews that wanted to stay to leave the port by noon",
    ]);
  });

  it("keeps a relative clause with no infinitive after it inside the content", () => {
    expect(reportedTexts(["Varga warned the crews of the storm that closed the port in May."])).toEqual([
      "the storm that closed the port in May",
    ]);
  });
});
