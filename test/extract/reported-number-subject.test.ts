// Reported speech: a number before an -ed cue is the subject when a clause or an object follows the cue
// ("Two reported that …"), and a participle qualifying a noun after it otherwise ("five proposed bills"); a
// bare count that opens its clause is a source ("…, 43 said the same").
// Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples as reported } from "./helpers.js";

describe("reported speech: a number as the subject of an -ed cue", () => {
  it("reads the cue after a number when a clause follows it", () => {
    expect(reported(["Of the harbour pilots, two reported that the pier was unsafe."])).toEqual([
      ["the pier was unsafe", "two", "reported"],
    ]);
    expect(reported(["The crews met the lawyers, and one suggested they sue the port."])).toEqual([
      ["they sue the port", "one", "suggested"],
    ]);
  });

  it("reads a bare count that opens its clause as the source", () => {
    expect(reported(["While 86 percent backed the levy, 43 said the same of the pier."])).toEqual([
      ["the same of the pier", "43", "said"],
    ]);
  });

  it("still reads a participle that qualifies the noun after a number", () => {
    expect(reported(["The five proposed levies failed in the council."])).toEqual([]);
    expect(reported(["Her 20 pledged delegates left the hall."])).toEqual([]);
  });
});
