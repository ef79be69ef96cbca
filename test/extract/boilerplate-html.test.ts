import { describe, expect, it } from "vitest";
import { htmlRoles } from "../../src/extract/boilerplate/html.js";
import type { Anchors } from "../../src/extract/boilerplate/index.js";
import { parse } from "../../src/index.js";
import type { Block, Document, HtmlFeatures, PageMeta } from "../../src/read/block.js";
import { htmlToDocument } from "../../src/read/html-blocks.js";
import { P1, P2, P3 } from "../fixtures.js";

const none: Anchors = { claimed: new Set(), lead: null, byline: null, credits: null };

const PAGE: PageMeta = {
  title: "Pier to close for repairs | Harbour Times",
  headline: "Pier to close for repairs",
  description: null,
  published: null,
  modified: null,
  section: null,
  language: null,
  canonicalUrl: null,
  siteName: null,
  authors: [],
  articleBody: null,
};

/** A block as the HTML reader would give it: in the content, no links, no hint, unless told. */
const b = (text: string, html: Partial<HtmlFeatures> = {}): Block => ({
  text,
  html: { tag: "p", inContent: true, linkDensity: 0, hint: null, ...html },
});
const doc = (blocks: Block[]): Document => ({ blocks, page: PAGE, warnings: [] });
const roles = (blocks: Block[], anchors: Anchors = none) => htmlRoles(doc(blocks), anchors);

describe("htmlRoles", () => {
  it("takes out what the markup names, with its kind, and keeps the story", () => {
    expect(
      roles([
        b("Home", { inContent: false, hint: "navigation" }),
        b("Pier to close for repairs", { tag: "h1", hint: "headline" }),
        b("By Ann Lee", { tag: "div", hint: "byline" }),
        b("May 7, 2024", { tag: "div", hint: "byline" }),
        b(P1),
        b("The old pier at dawn.", { tag: "figcaption", hint: "caption" }),
        b(P2),
        b("Get our morning briefing", { tag: "div", hint: "newsletter" }),
        b(P3),
      ]),
    ).toEqual(["navigation", "headline", "byline", "timestamp", "body", "caption", "body", "newsletter", "body"]);
  });

  it("takes out chrome lines by their words alone", () => {
    expect(
      roles([
        b(P1),
        b("Read more: Ferry fares to rise in June"),
        b("Advertisement", { tag: "div" }),
        b(P2),
        b("Updated at 1:23 p.m."),
        b("Like this story? Share it with a friend!"),
        b("Reach the reporter on Twitter at https://example.test/ann"),
        b(P3),
      ]),
    ).toEqual(["body", "promo", "advert", "body", "timestamp", "share", "contact", "body"]);
  });

  it("takes out the headline, a standfirst and kickers above the story, but not a short lead", () => {
    expect(
      roles([
        b("Local news", { tag: "div" }),
        b("Pier to close for repairs", { tag: "h2" }),
        b("Crossings move to the north quay for six weeks while divers inspect the pilings", { tag: "h2" }),
        b("Boats affected", { tag: "h3" }),
        b("The pier will close on Monday."),
        b(P1),
      ]),
    ).toEqual(["other", "headline", "other", "body", "body", "body"]);
  });

  it("takes out link lists and a related-stories list, and ends the list where the story goes on", () => {
    expect(
      roles([
        b(P1),
        b("Ferry fares to rise", { tag: "li", linkDensity: 1 }),
        b(P2),
        b("Related stories", { tag: "h3" }),
        b("Bridge opens early", { tag: "h4", linkDensity: 1 }),
        b("The new bridge opened a week ahead of time.", { tag: "div" }),
        b("Tolls to stay", { tag: "h4", linkDensity: 1 }),
        b(P3),
      ]),
    ).toEqual(["body", "related", "body", "related", "related", "related", "related", "body"]);
  });

  it("keeps a linked subhead between story paragraphs and a short sentence after a list", () => {
    expect(
      roles([
        b(P1),
        b("Harbour Board annual report", { tag: "h3", linkDensity: 1 }),
        b(P2),
        b("More stories", { tag: "h3" }),
        b("Bridge opens early", { tag: "li", linkDensity: 1 }),
        b("Many commuters will drive instead.", { tag: "p" }),
        b(P3),
      ]),
    ).toEqual(["body", "body", "body", "related", "related", "body", "body"]);
  });

  it("drops everything after an end-of-story marker once the story has begun", () => {
    expect(
      roles([
        b(P1),
        b(P2),
        b("Tags: ferry, harbour", { tag: "div" }),
        b("A reader writes that the pier was always shaky and should have been closed long ago.", { tag: "p" }),
      ]),
    ).toEqual(["body", "body", "other", "other"]);
  });

  it("reads a comments link inside the story as a button, and a comments heading as the story's end", () => {
    expect(
      roles([
        b(P1),
        b(P2),
        b("Comments", { tag: "div", linkDensity: 1 }),
        b(P3),
        b("Comments", { tag: "h3" }),
        b("A reader writes that the pier was always shaky and should have been closed long ago."),
      ]),
    ).toEqual(["body", "body", "comments", "body", "comments", "other"]);
  });

  it("takes a short line around a machine date and time for a stamp, not an event's dates", () => {
    expect(roles([b("Posted: 2024-05-07 09:14", { tag: "div" }), b(P1), b("2024.06.01 ~ OPEN RUN"), b(P2)])).toEqual([
      "timestamp",
      "body",
      "body",
      "body",
    ]);
  });

  it("drops headings left at the end of the content", () => {
    expect(roles([b(P1), b(P2), b("Share your views", { tag: "h3" })])).toEqual(["body", "body", "other"]);
  });

  it("keeps embedded posts, claimed blocks and a prose lead set above the content element", () => {
    expect(
      roles(
        [
          b(P1, { tag: "div", inContent: false }),
          b(P2),
          b("— Harbour Board (@harbour) May 7, 2024", { tag: "blockquote", linkDensity: 0.6, embed: true }),
          b("(Reporting by Ann Lee; Editing by Bo Park)"),
          b(P3),
        ],
        { ...none, claimed: new Set([3]) },
      ),
    ).toEqual(["body", "body", "body", "body", "body"]);
  });

  it("gives blocks outside the content element a kind: by markup, words, links, else navigation or other", () => {
    expect(
      roles([
        b("Sections", { inContent: false, tag: "div" }),
        b("Latest headlines and the rest of the site's stories, in no particular order at all.", {
          inContent: false,
          tag: "div",
        }),
        b("Ferry fares to rise", { inContent: false, tag: "li", linkDensity: 1 }),
        b("© 2024 Harbour Times", { inContent: false, tag: "div" }),
        b(P1),
      ]),
    ).toEqual(["navigation", "other", "navigation", "legal", "body"]);
  });
});

describe("HTML pages end to end", () => {
  const html = `<!doctype html><html lang="en"><head><title>Pier to close for repairs | Harbour Times</title>
    <meta property="og:site_name" content="Harbour Times"></head><body>
    <header><nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li></ul></nav></header>
    <main><article>
      <h1>Pier to close for repairs</h1>
      <div class="article-meta"><span class="byline">By Ann Lee</span> <time datetime="2024-05-07">May 7, 2024</time></div>
      <figure><img src="pier.jpg"><figcaption>The old pier. Photo: Harbour Times</figcaption></figure>
      <div class="article-body">
        <p>${P1}</p>
        <div class="share-bar"><a href="#">Facebook</a> <a href="#">Email</a></div>
        <p>${P2}</p>
        <h2>Boats affected</h2>
        <p>${P3}</p>
        <blockquote class="twitter-tweet"><p>Pier closing from Monday <a href="https://t.co/x">pic.twitter.com/x</a></p>— Harbour Board (@harbour) <a href="/s">May 7, 2024</a></blockquote>
        <p>Read more: <a href="/fares">Ferry fares to rise in June</a></p>
        <div class="newsletter"><p>Sign up for our morning newsletter</p></div>
        <h3>Related</h3>
        <ul><li><a href="/a">Bridge opens early</a></li><li><a href="/b">Tolls to stay</a></li></ul>
      </div>
    </article></main>
    <aside class="most-read"><h2>Most read</h2><ol><li><a href="/c">Storm hits coast</a></li></ol></aside>
    <footer><p>© 2024 Harbour Times. All rights reserved.</p></footer>
    </body></html>`;

  it("keeps the story, its subhead and the embedded post, and nothing else", async () => {
    const story = await parse(html, { format: "html" });
    expect(story.body.paragraphs).toEqual([
      P1,
      P2,
      "Boats affected",
      P3,
      "Pier closing from Monday pic.twitter.com/x",
      "— Harbour Board (@harbour) May 7, 2024",
    ]);
    expect(story.headline).toBe("Pier to close for repairs");
    expect(story.siteName).toBe("Harbour Times");
    const kindOf = (text: string) => story.removed.find((r) => r.text === text)?.kind;
    expect(kindOf("Pier to close for repairs")).toBe("headline");
    expect(kindOf("The old pier. Photo: Harbour Times")).toBe("caption");
    expect(kindOf("Facebook Email")).toBe("share");
    expect(kindOf("Read more: Ferry fares to rise in June")).toBe("promo");
    expect(kindOf("Sign up for our morning newsletter")).toBe("newsletter");
    expect(kindOf("Bridge opens early")).toBe("related");
    expect(kindOf("Storm hits coast")).toBe("related");
    expect(story.removed.every((r) => r.kind)).toBe(true);
  });

  it("reads the same page through the reader into the same roles as the strategy gives", () => {
    const d = htmlToDocument(html);
    const r = htmlRoles(d, none);
    expect(r).toHaveLength(d.blocks.length);
    expect(d.blocks.filter((_, i) => r[i] === "body").map((x) => x.text)).toContain(P2);
  });

  it("follows a story its markup split over boxes into the plain prose right below the content", () => {
    const out = (text: string, html: Partial<HtmlFeatures> = {}) => b(text, { inContent: false, ...html });
    const r = roles([
      b("Pier to close for repairs", { tag: "h1" }),
      b(P1),
      out(P2),
      out("Next steps", { tag: "p" }),
      out(P3),
      out(`${P1} Again.`),
      out("Comments", { tag: "h3", hint: "comments" }),
      out(`${P2} A reader.`, { hint: "comments" }),
    ]);
    expect(r).toEqual(["headline", "body", "body", "body", "body", "body", "comments", "comments"]);
  });

  it("does not follow one stray paragraph below the content", () => {
    const r = roles([b(P1), b(P2), b("Pier works", { inContent: false, tag: "h3" }), b(P3, { inContent: false })]);
    expect(r.slice(2)).toEqual(["navigation", "other"]);
  });

  it("knows bylines in other languages, and not a name that merely starts like one", () => {
    const r = roles([
      b("Von Max Muster", { tag: "div" }),
      b("Par Jeanne Dupont", { tag: "div" }),
      b(P1),
      b("Von der Leyen in Kiew", { tag: "h2" }),
      b(P2),
    ]);
    expect(r).toEqual(["byline", "byline", "body", "body", "body"]);
  });
});
