import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "../../src/index.js";

// The story the product was conceived from lives beside the project (../shared), not in it: this
// test runs only where that folder is present.
const seed = fileURLToPath(new URL("../../../shared/seed/kremlin-durov.txt", import.meta.url));

describe.skipIf(!existsSync(seed))("quotes of the seed story", () => {
  it("credits each quote to its speaker, joins the continued quote, and marks the partial one", async () => {
    const story = await parse(readFileSync(seed), { path: seed });
    const quotes = story.quotes;
    expect(quotes.length).toBe(3);
    for (const q of quotes) {
      expect(q.spans.map(([a, b]) => story.body.text.slice(a, b)).join(" ")).toBe(q.text);
    }
    const partial = quotes.filter((q) => q.partial);
    expect(partial).toHaveLength(1);
    expect(partial[0].speakerMention).toBe("Durov's lawyer");
    const spoken = quotes.filter((q) => !q.partial);
    expect(spoken.map((q) => q.speaker)).toEqual(["Dmitry Peskov", "Dmitry Peskov"]);
    expect(spoken.map((q) => q.speakerMention)).toEqual(["Peskov", "Peskov"]);
    expect(spoken.map((q) => q.spans.length)).toEqual([1, 2]);
    expect(spoken[1].text).toMatch(/\. \S/);
  });
});
