// Reported speech: a cue's object that is one name ends before the setting of the cue ("endorsed Ruiz
// during a call with reporters"), as a longer object does; a setting that leads on to the reason
// ("criticized Ruiz at a rally over the tolls") stays in. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedTriples } from "./helpers.js";

describe("reported speech: a one-name object before a setting", () => {
  it("ends the object before the setting", () => {
    expect(reportedTriples(["The union endorsed Varga during a conference call with reporters."])).toEqual([
      ["Varga", "The union", "endorsed"],
    ]);
    expect(reportedTriples(["Ruiz criticized Varga at a rally in Ohio."])).toEqual([["Varga", "Ruiz", "criticized"]]);
  });

  it("keeps a setting that leads on to the reason", () => {
    expect(reportedTriples(["Ruiz attacked Varga at a rally over the ferry tolls."])).toEqual([
      ["Varga at a rally over the ferry tolls", "Ruiz", "attacked"],
    ]);
  });
});
