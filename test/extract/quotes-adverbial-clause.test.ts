// A cue followed by an adverbial clause ("said as …", "spoke while …") does not report that clause: a
// cue inside it keeps its own source, where "Ruiz said the crowd chanted "…"" still credits Ruiz.
import { describe, expect, it } from "vitest";
import { mentions } from "./quote-mentions.js";

describe("a cue inside an adverbial clause of another cue", () => {
  it("keeps its own source after 'said as'", () => {
    expect(mentions(['"We are not done," Ruiz said as a heckler near the stage yelled: "Go home!"'])).toEqual([
      ["We are not done,", "Ruiz"],
      ["Go home!", "a heckler near the stage"],
    ]);
  });

  it("keeps its own source after 'spoke while'", () => {
    expect(mentions(['Ruiz spoke while the dock workers chanted "Fair pay now!"'])).toEqual([
      ["Fair pay now!", "the dock workers"],
    ]);
  });

  it("still gives a report nested in a cue's content to the outer source", () => {
    expect(mentions(['Ruiz said the dock workers chanted "Fair pay now!"'])).toEqual([["Fair pay now!", "Ruiz"]]);
  });
});
