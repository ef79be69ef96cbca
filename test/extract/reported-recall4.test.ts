// Reported speech recall, fourth set: contents that end where the reporter's own words begin. Invented
// sentences, one rule per test, each with the case the rule leaves alone.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const statements = (paragraphs: string[]) =>
  extractAttributions(paragraphs, "en").reported.map((r) => `${r.cue}: ${r.text}`);

describe("reported speech: a phrase content before the reporter's adverbial", () => {
  it("ends a content with no verb at a comma before a participle or a subordinator", () => {
    expect(statements(["The union condemned the closure of the ferry, reversing years of support."])).toEqual([
      "condemned: the closure of the ferry",
    ]);
    expect(statements(["The mayor denounced the new toll road, even though she had voted for it."])).toEqual([
      "denounced: the new toll road",
    ]);
  });

  it("goes on past a listing participle, past 'as well as', and in a clause", () => {
    expect(statements(["The union condemned the closures of the ferries, including the night crossing."])).toEqual([
      "condemned: the closures of the ferries, including the night crossing",
    ]);
    expect(statements(["The union condemned the closures of the ferries, as well as the new tolls."])).toEqual([
      "condemned: the closures of the ferries, as well as the new tolls",
    ]);
    // a clause: what follows its comma may still be what was said
    expect(statements(["Ruiz said the ferries were late, stranding crews at the pier."])).toEqual([
      "said: the ferries were late, stranding crews at the pier",
    ]);
  });
});
