// Reported speech boundaries: a cue's noun-phrase object ends before the reporter's adverbial
// ("denied the claims through her lawyer"). Invented sentences, each with the case the rule leaves alone.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a verbless object before the reporter's adverbial", () => {
  it("ends the object before 'through', 'via' or 'before' and the phrase after it", () => {
    expect(reportedCues(["Ana Ruiz denied the claims through her lawyer."])).toEqual(["denied: the claims"]);
    expect(reportedCues(["The harbour board denied the report via a brief notice."])).toEqual(["denied: the report"]);
    expect(reportedCues(["Varga condemned the pier closure before a crowd of ferry workers."])).toEqual([
      "condemned: the pier closure",
    ]);
    expect(reportedCues(["Marsh denied the rumour before meeting the union."])).toEqual(["denied: the rumour"]);
  });

  it("keeps the phrase when the content has a verb of its own or the preposition belongs to the object", () => {
    expect(reportedCues(["Ana Ruiz said the ferry stopped before the storm."])).toEqual([
      "said: the ferry stopped before the storm",
    ]);
    expect(reportedCues(["Varga denied the closure of the ferry."])).toEqual(["denied: the closure of the ferry"]);
  });
});
