// A name after a place, medium or listener preposition right before a participle cue ("replied on
// Harborgram writing", "wrote to Harbor News explaining") is that preposition's object, not the
// participle's subject: the participle shares its clause's subject.
import { describe, expect, it } from "vitest";
import { mentions } from "./quote-mentions.js";

describe("a participle cue after a preposition's object", () => {
  it("shares the clause's subject, not the medium", () => {
    expect(mentions(['Ana Ruiz replied to the question on Harborgram writing, "Yes, I will run again."'])).toEqual([
      ["Yes, I will run again.", "Ana Ruiz"],
    ]);
  });

  it("shares the clause's subject, not the listener", () => {
    expect(
      mentions(['Varga wrote in a statement to Harbor News explaining his vote, "The ferries must keep sailing."']),
    ).toEqual([["The ferries must keep sailing.", "Varga"]]);
  });

  it("still takes a name right before the participle as its subject", () => {
    expect(mentions(['The vote went ahead, with Ana Ruiz calling it "a fair result."'])).toEqual([
      ["a fair result.", "Ana Ruiz"],
    ]);
  });
});
