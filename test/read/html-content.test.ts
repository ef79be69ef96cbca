import { describe, expect, it } from "vitest";
import type { Document } from "../../src/read/block.js";
import { htmlToDocument } from "../../src/read/html-blocks.js";

const para = (topic: string, n = 3) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} about ${topic}: the council said on Monday that the plan, which has been debated for years, would go ahead, and that residents could comment until the end of the month.</p>`,
  ).join("");

const page = (body: string) =>
  `<html><head><title>Council backs the bridge plan - City News</title></head><body>${body}</body></html>`;

const contentTexts = (doc: Document) => doc.blocks.filter((b) => b.html?.inContent).map((b) => b.text);

describe("htmlToDocument: the content element", () => {
  it("prefers a named article body to a longer <article> list elsewhere", () => {
    const doc = htmlToDocument(
      page(`<div class="teasers"><article>${para("teasers", 8)}</article></div>
        <div class="article-body">${para("the bridge", 6)}</div>`),
    );
    const inside = contentTexts(doc);
    expect(inside).toHaveLength(6);
    expect(inside.every((t) => t.includes("the bridge"))).toBe(true);
  });

  it("never takes one long paragraph whose class names a story for the article's box", () => {
    const long = `<p class="story">${"A reader wrote at length that the plan was a mistake and would cost far more than promised. ".repeat(14)}</p>`;
    const doc = htmlToDocument(page(`<div>${para("the bridge", 5)}</div><div>${long}</div>`));
    expect(contentTexts(doc).some((t) => t.startsWith("Paragraph 1 about the bridge"))).toBe(true);
  });

  it("reads the class names of sites in other languages: a German story body and its longer comments", () => {
    const absatz = (n: number, who: string) =>
      Array.from(
        { length: n },
        (_, i) =>
          `<p>${who} ${i + 1}: Der Stadtrat hat am Montag beschlossen, die alte Brücke im Frühjahr für Autos zu sperren, weil die Gutachter Risse gefunden haben.</p>`,
      ).join("");
    const doc = htmlToDocument(
      page(
        `<div class="artikel-text">${absatz(3, "Absatz")}</div><div class="kommentare"><div>${absatz(8, "Leser")}</div></div>`,
      ),
    );
    const inside = contentTexts(doc);
    expect(inside.some((t) => t.startsWith("Absatz 1"))).toBe(true);
    expect(inside.some((t) => t.startsWith("Leser"))).toBe(false);
  });

  it("skips a body candidate inside page chrome", () => {
    const doc = htmlToDocument(
      page(`<div class="sidebar"><div class="post-content">${para("a side note", 3)}</div></div>
        <div class="post-content">${para("the bridge", 6)}</div>`),
    );
    expect(contentTexts(doc).every((t) => t.includes("the bridge"))).toBe(true);
  });

  it("keeps a comment section out even when it holds more text than the story", () => {
    const doc = htmlToDocument(
      page(`<div class="entry">${para("the bridge", 2)}</div>
        <div id="comments"><div class="entry">${para("a reader's view", 12)}</div></div>`),
    );
    expect(contentTexts(doc)).toHaveLength(2);
    expect(contentTexts(doc).every((t) => t.includes("the bridge"))).toBe(true);
    expect(doc.blocks.filter((b) => b.html?.hint === "comments")).toHaveLength(12);
  });

  it("takes the <article> that holds the headline over a longer one without it", () => {
    const doc = htmlToDocument(
      page(`<article><h1>Council backs the bridge plan</h1>${para("the bridge", 1)}</article>
        <article class="more">${para("other stories", 6)}</article>`),
    );
    expect(contentTexts(doc)).toEqual(["Council backs the bridge plan", expect.stringContaining("the bridge")]);
  });

  it("merges a body split into chunks that share a class", () => {
    const doc = htmlToDocument(
      page(`<article><div class="body__container">${para("the first half", 4)}</div>
        <figure><figcaption>A picture</figcaption></figure>
        <div class="body__container">${para("the second half", 4)}</div></article>`),
    );
    const inside = contentTexts(doc);
    expect(inside.filter((t) => t.includes("first half"))).toHaveLength(4);
    expect(inside.filter((t) => t.includes("second half"))).toHaveLength(4);
    expect(inside).not.toContain("A picture");
  });

  it("finds an unnamed body by paragraph scoring, leaving menus and link lists out", () => {
    const links = Array.from({ length: 20 }, (_, i) => `<li><a href="/s${i}">Story number ${i}</a></li>`).join("");
    const doc = htmlToDocument(
      page(`<div id="top"><ul>${links}</ul></div><div id="x1"><div id="x2">${para("the bridge", 5)}</div></div>
        <div id="bottom"><ul>${links}</ul></div>`),
    );
    const inside = contentTexts(doc);
    expect(inside).toHaveLength(5);
    expect(inside.every((t) => t.includes("the bridge"))).toBe(true);
  });

  it("takes a div's own text as a paragraph when scoring", () => {
    const doc = htmlToDocument(
      page(`<div class="c1"><p class="t">Title</p>The council said on Monday that the plan, which has been debated for years, would go ahead.<br><br>Residents, who packed the hall, could comment until the end of the month, officials said.</div>
        <div class="c2"><a href="/1">Link one</a> <a href="/2">Link two</a></div>`),
    );
    expect(contentTexts(doc)).toContain(
      "Residents, who packed the hall, could comment until the end of the month, officials said.",
    );
    expect(contentTexts(doc)).not.toContain("Link one Link two");
  });

  it("falls back on the JSON-LD article body when the markup holds no story", () => {
    const body = Array.from(
      { length: 8 },
      (_, i) => `Paragraph ${i + 1} of a story drawn by scripts, long enough to count as prose here.`,
    );
    const ld = JSON.stringify({ "@type": "NewsArticle", headline: "Drawn by scripts", articleBody: body.join("\n\n") });
    const doc = htmlToDocument(
      `<html><head><script type="application/ld+json">${ld}</script></head><body><nav><a href="/">Home</a></nav><div id="app">Loading...</div></body></html>`,
    );
    expect(contentTexts(doc)).toEqual(body);
    expect(doc.blocks.find((b) => b.text === "Loading...")?.html?.inContent).toBe(false);
  });
});
