// The seed page copy (../shared/seed, present on developers' machines and in CI beside the project)
// must parse exactly as the product was specified. Skipped cleanly where the file is absent.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse, type Story } from "../src/index.js";
import { hasSeed, SEED } from "./helpers.js";

describe.skipIf(!hasSeed)("the seed story", () => {
  let story: Story;
  const get = async () => {
    story ??= await parse(readFileSync(SEED), { path: SEED });
    return story;
  };

  it("has its headline, date and section", async () => {
    const s = await get();
    expect(s.headline).toBe("Kremlin says it made no deals with Telegram's Durov");
    expect(s.published).toBe("2024-08-30");
    expect(s.section).toBe("World");
    expect(s.agency).toBe("Reuters");
  });

  it("has its dateline, spanning the start of the body", async () => {
    const s = await get();
    expect(s.dateline).toMatchObject({ raw: "MOSCOW (Reuters) -", location: "MOSCOW", agency: "Reuters", date: null });
    const [start, end] = s.dateline?.span ?? [0, 0];
    expect(s.body.text.slice(start, end)).toBe("MOSCOW (Reuters) -");
    expect(start).toBe(0);
  });

  it("has its credits by role", async () => {
    const s = await get();
    expect(s.credits?.roles).toEqual({
      reporting: ["Gleb Stolyarov"],
      writing: ["Olzhas Auyezov", "Alexander Marrow"],
      editing: ["Timothy Heritage", "David Holmes"],
    });
    expect(s.credits?.raw.startsWith("(Reporting by Gleb Stolyarov;")).toBe(true);
  });

  it("has the nine story paragraphs as its body", async () => {
    const s = await get();
    expect(s.body.paragraphs).toHaveLength(9);
    expect(s.body.paragraphs[0].startsWith("MOSCOW (Reuters) - The Kremlin has never")).toBe(true);
    expect(s.body.paragraphs[8].endsWith("something Paris has denied.")).toBe(true);
    expect(s.body.text).toBe(s.body.paragraphs.join("\n\n"));
  });

  it("attributes Peskov's quotes to Dmitry Peskov and joins the quote that runs over two paragraphs", async () => {
    const s = await get();
    const peskov = s.quotes.filter((q) => q.speakerMention === "Peskov");
    expect(peskov.length).toBeGreaterThanOrEqual(2);
    for (const q of peskov) expect(q.speaker).toBe("Dmitry Peskov");
    const joined = s.quotes.find((q) => q.spans.length === 2);
    expect(joined?.speaker).toBe("Dmitry Peskov");
    expect(joined?.text.startsWith("And the fact that he visited Russia")).toBe(true);
    for (const q of s.quotes) {
      expect(q.spans.map(([a, b]) => s.body.text.slice(a, b)).join(" ")).toBe(q.text);
    }
  });

  it("gives the partial quote 'absurd' to Durov's lawyer", async () => {
    const s = await get();
    const absurd = s.quotes.find((q) => q.text === "absurd");
    expect(absurd).toMatchObject({ speakerMention: "Durov's lawyer", partial: true });
  });

  it("removes the page chrome, each block with its kind, in input order", async () => {
    const s = await get();
    const chrome = s.removed.filter((r) => r.kind !== "headline" && r.kind !== "credits");
    expect(chrome.slice(0, 4).map((r) => r.kind)).toEqual(["navigation", "timestamp", "caption", "promo"]);
    expect(chrome[0].text).toBe("World");
    expect(chrome[3].text.startsWith("Follow us on our official WhatsApp channel")).toBe(true);
    expect(chrome.slice(4)).toHaveLength(12); // "Next In World", its ten headlines, "Others Also Read"
    expect(chrome.slice(4).every((r) => r.kind === "related")).toBe(true);
    expect(chrome[4].text).toBe("Next In World");
    expect(chrome[15].text).toBe("Others Also Read");
    expect(s.removed.map((r) => r.kind)).toEqual([
      "headline",
      "navigation",
      "timestamp",
      "caption",
      "credits",
      "promo",
      ...Array(12).fill("related"),
    ]);
  });

  it("gives the statements without marks as reported speech, with their sources and spans", async () => {
    const s = await get();
    const peskov = s.reported.find((r) => r.text.startsWith("as far as he was aware"));
    expect(peskov).toMatchObject({
      text: "as far as he was aware, Putin and Durov had never met",
      speaker: "Dmitry Peskov",
      speakerMention: "Peskov",
      cue: "said",
    });
    const lawyer = s.reported.find((r) => r.text.includes('"absurd"'));
    expect(lawyer).toMatchObject({ speaker: "Durov's lawyer", cue: "said" });
    expect(lawyer?.text.startsWith('it was "absurd" to suggest he should be held responsible')).toBe(true);
    // Durov is named in full before a "Russian-born Durov", which describes him and does not rename him
    const durov = s.reported.filter((r) => r.speakerMention === "Durov");
    expect(durov.length).toBeGreaterThan(0);
    for (const r of durov) expect(r.speaker).toBe("Pavel Durov");
    // a fully quoted statement is only a quote
    for (const r of s.reported) expect(r.text.startsWith("There were no")).toBe(false);
    for (const r of [...s.reported, ...s.quotes]) {
      expect(r.spans.map(([a, b]) => s.body.text.slice(a, b)).join(" ")).toBe(r.text);
      if (r.speakerSpan) expect(s.body.text.slice(...r.speakerSpan)).toBe(r.speakerMention);
      if (r.cueSpan) expect(s.body.text.slice(...r.cueSpan)).toBe(r.cue);
    }
  });
});
