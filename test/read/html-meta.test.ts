import { describe, expect, it } from "vitest";
import { htmlToDocument } from "../../src/read/html-blocks.js";

const page = (head: string, htmlAttrs = ' lang="en-gb"') =>
  `<!doctype html><html${htmlAttrs}><head>${head}</head><body><p>Text.</p></body></html>`;

describe("htmlToDocument: page metadata", () => {
  it("reads the JSON-LD article inside @graph, with author names, section and body", () => {
    const ld = {
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Harbour Times" },
        {
          "@type": ["NewsArticle"],
          headline: "Pier to close &amp; reopen",
          datePublished: "2024-05-07T09:14:00+0100",
          dateModified: "2024-05-07T11:00:00Z",
          author: [{ "@type": "Person", name: "Ann Lee" }, { name: "Bo Park" }],
          articleSection: ["Local", "Transport"],
          articleBody: "The harbour board voted...",
          publisher: { "@type": "Organization", name: "Harbour Times Ltd" },
          inLanguage: "en-GB",
        },
      ],
    };
    const doc = htmlToDocument(
      page(
        `<title>Pier to close | Harbour Times</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
      ),
    );
    expect(doc.page).toEqual({
      title: "Pier to close | Harbour Times",
      headline: "Pier to close & reopen",
      description: null,
      published: "2024-05-07T09:14:00+01:00",
      modified: "2024-05-07T11:00:00Z",
      section: "Local",
      language: "en-GB",
      canonicalUrl: null,
      siteName: "Harbour Times Ltd",
      authors: ["Ann Lee", "Bo Park"],
      articleBody: "The harbour board voted...",
    });
  });

  it("falls back to OpenGraph, <meta> tags, <html lang> and <link rel=canonical>", () => {
    const doc = htmlToDocument(
      page(`<title>Ferry fares rise</title>
        <meta property="og:title" content="Ferry fares to rise in June">
        <meta property="og:site_name" content="Harbour Times">
        <meta property="og:url" content="https://example.test/og">
        <meta name="description" content="Fares go up by five per cent.">
        <meta property="article:published_time" content="2024-05-07">
        <meta property="article:section" content="Transport">
        <meta name="author" content="By Ann Lee">
        <link rel="canonical" href="https://example.test/ferry-fares">`),
    );
    expect(doc.page).toMatchObject({
      title: "Ferry fares rise",
      headline: "Ferry fares to rise in June",
      description: "Fares go up by five per cent.",
      published: "2024-05-07",
      modified: null,
      section: "Transport",
      language: "en-GB",
      canonicalUrl: "https://example.test/ferry-fares",
      siteName: "Harbour Times",
      authors: ["Ann Lee"],
      articleBody: null,
    });
  });

  it("survives broken JSON-LD and reads dates written in words", () => {
    const doc = htmlToDocument(
      page(
        `<script type="application/ld+json">{ "@type": "NewsArticle", </script>
        <meta name="date" content="May 7, 2024">`,
        "",
      ),
    );
    expect(doc.page?.published).toBe("2024-05-07");
    expect(doc.page?.language).toBeNull();
    expect(doc.page?.authors).toEqual([]);
  });

  it("ignores author URLs and a <title> inside svg", () => {
    const doc = htmlToDocument(
      `<html><body><svg><title>icon</title></svg><meta property="article:author" content="https://example.test/ann"></body></html>`,
    );
    expect(doc.page?.title).toBeNull();
    expect(doc.page?.authors).toEqual([]);
  });
});
