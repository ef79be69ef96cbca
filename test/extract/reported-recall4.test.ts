// Reported speech recall, fourth set: contents that end where the reporter's own words begin. Invented
// sentences, one rule per test, each with the case the rule leaves alone.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a phrase content before the reporter's adverbial", () => {
  it("ends a content with no verb at a comma before a participle or a subordinator", () => {
    expect(reportedCues(["The union condemned the closure of the ferry, reversing years of support."])).toEqual([
      "condemned: the closure of the ferry",
    ]);
    expect(reportedCues(["The mayor denounced the new toll road, even though she had voted for it."])).toEqual([
      "denounced: the new toll road",
    ]);
  });

  it("goes on past a listing participle, past 'as well as', and in a clause", () => {
    expect(reportedCues(["The union condemned the closures of the ferries, including the night crossing."])).toEqual([
      "condemned: the closures of the ferries, including the night crossing",
    ]);
    expect(reportedCues(["The union condemned the closures of the ferries, as well as the new tolls."])).toEqual([
      "condemned: the closures of the ferries, as well as the new tolls",
    ]);
    // a clause: what follows its comma may still be what was said
    expect(reportedCues(["Ruiz said the ferries were late, stranding crews at the pier."])).toEqual([
      "said: the ferries were late, stranding crews at the pier",
    ]);
  });
});

describe("reported speech: a phrase content before another clause", () => {
  it("ends a content with no verb before ', and' and a clause with its own subject", () => {
    expect(
      reportedCues(["The union condemned the closure of the ferry, and the council met again on Friday."]),
    ).toEqual(["condemned: the closure of the ferry"]);
    // a list goes on: no verb follows the coordinated phrase
    expect(reportedCues(["The union condemned the tolls, the fares, and the new ferry timetable."])).toEqual([
      "condemned: the tolls, the fares, and the new ferry timetable",
    ]);
  });
});

describe("reported speech: 'called for' after a noun with an article", () => {
  it("reads the cue with its particle, not a naming participle", () => {
    expect(reportedCues(["A group of skippers called for a ban on night crossings."])).toEqual([
      "called for: a ban on night crossings",
    ]);
    expect(reportedCues(["A new group called Harbour Watch met on Friday."])).toEqual([]);
  });
});

describe("reported speech: a clause after a mid-sentence 'according to'", () => {
  it("reads a statement in the clause after the source's comma", () => {
    const found = reportedCues([
      "The mayor leads the race by nine points, according to a count by the Gazette, but her rival has vowed to fight on.",
    ]);
    expect(found).toContain("according to: The mayor leads the race by nine points");
    expect(found).toContain("vowed: to fight on");
  });
});

describe("reported speech: the object of an 'urge'-like cue", () => {
  it("reads a noun phrase with a second phrase inside as the object, not a listener", () => {
    expect(reportedCues(["The skippers urged a boycott of the new toll."])).toEqual([
      "urged: a boycott of the new toll",
    ]);
    // a listener before an infinitive is that infinitive's subject
    expect(reportedCues(["The skippers urged the harbour board to drop the toll."])).toEqual([
      "urged: the harbour board to drop the toll",
    ]);
  });
});

describe("reported speech: a passive cue whose speaker is not named", () => {
  it("reads 'was asked to …' and 'were told that …'", () => {
    expect(reportedCues(["The mayor has been asked to release the harbour accounts."])).toEqual([
      "asked: to release the harbour accounts",
    ]);
    expect(reportedCues(["The crews were told that the pier would stay closed."])).toEqual([
      "told: the pier would stay closed",
    ]);
    expect(reportedCues(["It's been reported that the pier would stay closed."])).toEqual([
      "reported: the pier would stay closed",
    ]);
    // an active cue keeps its source and its listener
    expect(reportedCues(["Ruiz told the crews that the pier would stay closed."])).toEqual([
      "told: the pier would stay closed",
    ]);
  });
});
