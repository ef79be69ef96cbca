// Reported speech: a cue's object ends before "and" or "but", an adverb and the source's next verb ("blamed
// the outage on vandals but later admitted …"), as it ends before "and" and a verb. Invented sentences.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: an object before 'and'/'but', an adverb and a verb", () => {
  it("ends the object before 'but later' and a verb", () => {
    expect(reportedCues(["Ruiz blamed the outage on vandals but later admitted a fault in the cable."])).toEqual([
      "blamed: the outage on vandals",
      "admitted: a fault in the cable",
    ]);
  });

  it("ends the object before 'and then' and a cue", () => {
    expect(reportedCues(["The mayor called the plan a mess and then tweeted that it was dead."])).toEqual([
      "called: the plan a mess",
      "tweeted: it was dead",
    ]);
  });

  it("ends the object before 'but also' and an auxiliary", () => {
    expect(reportedCues(["Ruiz praised the crews but also had to cut their pay."])).toEqual(["praised: the crews"]);
  });

  it("keeps an adverb that is no verb's inside the object", () => {
    expect(reportedCues(["Ruiz praised the crews and especially the divers."])).toEqual([
      "praised: the crews and especially the divers",
    ]);
  });
});
