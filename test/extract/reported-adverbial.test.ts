// Reported speech boundaries: a cue's noun-phrase object ends before the reporter's adverbial
// ("denied the claims through her lawyer"). Invented sentences, each with the case the rule leaves alone.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const statements = (paragraphs: string[]) =>
  extractAttributions(paragraphs, "en").reported.map((r) => `${r.cue}: ${r.text}`);

describe("reported speech: a verbless object before the reporter's adverbial", () => {
  it("ends the object before 'through', 'via' or 'before' and the phrase after it", () => {
    expect(statements(["Ana Ruiz denied the claims through her lawyer."])).toEqual(["denied: the claims"]);
    expect(statements(["The harbour board denied the report via a brief notice."])).toEqual(["denied: the report"]);
    expect(statements(["Varga condemned the pier closure before a crowd of ferry workers."])).toEqual([
      "condemned: the pier closure",
    ]);
    expect(statements(["Marsh denied the rumour before meeting the union."])).toEqual(["denied: the rumour"]);
  });

  it("keeps the phrase when the content has a verb of its own or the preposition belongs to the object", () => {
    expect(statements(["Ana Ruiz said the ferry stopped before the storm."])).toEqual([
      "said: the ferry stopped before the storm",
    ]);
    expect(statements(["Varga denied the closure of the ferry."])).toEqual(["denied: the closure of the ferry"]);
  });
});
