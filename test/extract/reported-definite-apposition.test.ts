// Reported speech: a cue's object ends before ", the …" when that phrase is the reporter's apposition to it
// and runs to the sentence's end ("railed against the levy, the toll the council passed in May"); a list,
// a clause or an apposition on a name goes on as before. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: an apposition with 'the' after a cue's object", () => {
  it("ends the object before the apposition", () => {
    expect(reportedCues(["Ruiz railed against the harbour levy, the toll the council passed in May."])).toEqual([
      "railed against: the harbour levy",
    ]);
    expect(reportedCues(["Varga cited the ferry grant, the scheme the ports have run since May."])).toEqual([
      "cited: the ferry grant",
    ]);
  });

  it("keeps a list of objects whole", () => {
    expect(reportedCues(["Ruiz praised the crews, the divers and the harbour pilots."])).toEqual([
      "praised: the crews, the divers and the harbour pilots",
    ]);
  });

  it("keeps an apposition on a name", () => {
    expect(reportedCues(["The union mentioned Tom Varga, the pilot whose licence the board revoked."])).toEqual([
      "mentioned: Tom Varga, the pilot whose licence the board revoked",
    ]);
  });
});
