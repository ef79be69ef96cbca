// A quote a cue introduces right before it ("he calls "…"") takes that cue's source, even when a
// participle follows it ("…," pointing to …), which would otherwise share the sentence's subject.
import { describe, expect, it } from "vitest";
import { mentions } from "./quote-mentions.js";

describe("a quote between a cue and a participle", () => {
  it("takes the source of the cue right before it", () => {
    expect(mentions(['Ana Ruiz wears a suit in videos she calls "harbor watch," pointing to the ferries.'])).toEqual([
      ["harbor watch,", "she"],
    ]);
  });

  it("still shares the sentence's subject when no cue stands right before it", () => {
    expect(mentions(['Ruiz praised the "harbor plan," pointing to its many backers.'])).toEqual([
      ["harbor plan,", "Ruiz"],
    ]);
  });
});
