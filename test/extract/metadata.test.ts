import { describe, expect, it } from "vitest";
import type { Role } from "../../src/extract/boilerplate/index.js";
import { extractMetadata } from "../../src/extract/metadata.js";
import type { Document, PageMeta } from "../../src/read/block.js";

const doc = (texts: string[], page: PageMeta | null = null): Document => ({
  blocks: texts.map((text) => ({ text })),
  page,
  warnings: [],
});
const STORY =
  "The harbour master said on Monday that the port would stay closed for two more days while divers searched the channel for the wreck of a barge that sank in the storm.";

describe("metadata from a text page", () => {
  it("reads headline, date stamp, section label and language from the blocks set aside", () => {
    const d = doc(["Harbour stays shut", "Local", "Monday, 3 March 2025", STORY]);
    const roles: Role[] = ["headline", "navigation", "timestamp", "body"];
    expect(extractMetadata(d, roles, null)).toEqual({
      headline: "Harbour stays shut",
      published: "2025-03-03",
      modified: null,
      section: "Local",
      language: "en",
      canonicalUrl: null,
      siteName: null,
      agency: null,
      byline: null,
    });
  });

  it("takes the section from a related list's heading when no label stands by the headline", () => {
    const d = doc(["Harbour stays shut", STORY, "More from Business", "Copper rises"]);
    const meta = extractMetadata(d, ["headline", "body", "related", "related"], null);
    expect(meta.section).toBe("Business");
  });

  it("does not guess: several labels give no section, a short text no language", () => {
    const d = doc(["Harbour stays shut", "News", "Local", "Short text."]);
    const meta = extractMetadata(d, ["headline", "navigation", "navigation", "body"], null);
    expect(meta.section).toBeNull();
    expect(meta.language).toBeNull();
    expect(meta.published).toBeNull();
  });
});

describe("metadata from an HTML page", () => {
  const page: PageMeta = {
    title: "Harbour stays shut | Coast News",
    headline: "Harbour stays shut",
    description: null,
    published: "2025-03-03T09:00:00+01:00",
    modified: null,
    section: "Local",
    language: "en-GB",
    canonicalUrl: "https://coast.example/harbour",
    siteName: "Coast News",
    authors: ["Reuters", "Mia Holt"],
    articleBody: null,
  };

  it("prefers the page's markup and splits agencies from people", () => {
    const meta = extractMetadata(doc([STORY], page), ["body"], null);
    expect(meta).toMatchObject({
      headline: "Harbour stays shut",
      published: "2025-03-03T09:00:00+01:00",
      section: "Local",
      language: "en-GB",
      canonicalUrl: "https://coast.example/harbour",
      siteName: "Coast News",
      agency: "Reuters",
      byline: { raw: "Mia Holt", authors: ["Mia Holt"] },
    });
  });

  it("takes the page title without the site's name when nothing better names the headline", () => {
    const titled = (title: string) =>
      extractMetadata(doc([STORY], { ...page, headline: null, title }), ["body"], null).headline;
    expect(titled("Harbour stays shut | Coast News")).toBe("Harbour stays shut");
    expect(titled("Coast News - Harbour stays shut for two more days")).toBe("Harbour stays shut for two more days");
    expect(titled("Harbour stays shut - Local News - Coast")).toBe("Harbour stays shut - Local News");
    expect(titled("Port strike: what it means - explained")).toBe("Port strike: what it means");
    expect(titled("Rain")).toBe("Rain");
  });

  it("leaves the byline to the text when the text has one", () => {
    const meta = extractMetadata(doc([STORY], page), ["body"], { raw: "By Mia Holt", authors: ["Mia Holt"] });
    expect(meta.byline).toBeNull();
  });
});
