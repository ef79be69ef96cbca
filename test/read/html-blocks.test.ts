import { describe, expect, it } from "vitest";
import type { Block } from "../../src/read/block.js";
import { htmlToDocument } from "../../src/read/html-blocks.js";
import { P1, P2, P3 } from "../fixtures.js";
import { expectLinearGrowth } from "../timing.js";

const page = (body: string, head = "<title>Pier to close for repairs | Harbour Times</title>") =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

const byText = (blocks: Block[], start: string) => blocks.find((b) => b.text.startsWith(start));

describe("htmlToDocument: blocks", () => {
  it("gives one block per text-bearing element, in document order, whitespace collapsed", () => {
    const doc = htmlToDocument(
      page(`<article><h2>  Repairs
        ahead </h2><p>${P1}</p><ul><li>First   item</li><li>Second <b>item</b></li></ul>
        <blockquote>A quote here.</blockquote><table><tr><td>Cell one</td><th>Head</th></tr></table>
        <div>Own text<p>${P2}</p>tail text</div></article>`),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([
      "Repairs ahead",
      P1,
      "First item",
      "Second item",
      "A quote here.",
      "Cell one",
      "Head",
      "Own text",
      P2,
      "tail text",
    ]);
    expect(doc.blocks.map((b) => b.html?.tag)).toEqual([
      "h2",
      "p",
      "li",
      "li",
      "blockquote",
      "td",
      "th",
      "div",
      "p",
      "div",
    ]);
  });

  it("splits runs at <br> and keeps inline custom elements inside their paragraph", () => {
    const doc = htmlToDocument(
      page(
        `<div>First line<br>Second line<br><br>Third</div><p>Cases rose (<x-source><a href="/s">3</a></x-source>).</p>`,
      ),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual(["First line", "Second line", "Third", "Cases rose (3)."]);
  });

  it("leaves out scripts, styles, templates, svg and hidden elements", () => {
    const doc = htmlToDocument(
      page(`<script>var x = "<p>no</p>";</script><style>p{color:red}</style><template><p>tpl</p></template>
        <svg><text>svg text</text></svg><p hidden>hidden attr</p><p aria-hidden="true">aria</p>
        <p style="display: none">styled</p><p class="sr-only">screen reader</p><span class="tooltip-content">tip</span>
        <noscript><img src="x.png"> Enable JavaScript</noscript><p>${P1}</p>`),
    );
    expect(doc.blocks.map((b) => b.text)).toEqual([P1]);
  });

  it("keeps a noscript that holds a whole article", () => {
    const doc = htmlToDocument(page(`<noscript><p>${P1}</p><p>${P2}</p><p>${P3}</p><p>${P1}</p></noscript>`));
    expect(doc.blocks).toHaveLength(4);
  });

  it("measures link density per block", () => {
    const doc = htmlToDocument(page(`<p><a href="/a">Half</a> text</p><p>${P1}</p>`));
    expect(byText(doc.blocks, "Half")?.html?.linkDensity).toBeCloseTo(4 / 9, 2);
    expect(byText(doc.blocks, P1)?.html?.linkDensity).toBe(0);
  });

  it("names chrome by tag, role, itemprop, class and id", () => {
    const doc = htmlToDocument(
      page(`<nav><a href="/">Home</a></nav><div role="navigation">Sections</div>
        <main><article><h1>Pier to close for repairs</h1><div class="byline">By Ann Lee</div>
        <time datetime="2024-05-07">May 7, 2024</time>
        <div itemprop="articleBody"><p>${P1}</p><figure><img src="p.jpg"><figcaption>The old pier.</figcaption></figure>
        <div class="share-tools">Share</div><p>${P2}</p><p>${P3}</p>
        <div class="newsletter-signup">Get the morning briefing</div>
        <div id="related-stories"><a href="/x">Another story</a></div></div>
        <div class="comments-section">Leave a reply</div></article></main>
        <aside>Most read today</aside><div class="cookie-banner">We use cookies</div><footer>Contact us</footer>`),
    );
    const hint = (start: string) => byText(doc.blocks, start)?.html?.hint;
    expect(hint("Home")).toBe("navigation");
    expect(hint("Sections")).toBe("navigation");
    expect(hint("Pier to close")).toBe("headline");
    expect(hint("By Ann Lee")).toBe("byline");
    expect(hint("May 7, 2024")).toBe("timestamp");
    expect(hint("The old pier.")).toBe("caption");
    expect(hint("Share")).toBe("share");
    expect(hint("Get the morning")).toBe("newsletter");
    expect(hint("Another story")).toBe("related");
    expect(hint("Leave a reply")).toBe("comments");
    expect(hint("Most read")).toBe("related");
    expect(hint("We use cookies")).toBe("cookie");
    expect(hint("Contact us")).toBe("footer");
    expect(hint(P1.slice(0, 20))).toBeNull();
  });

  it("does not take a layout box for chrome: state classes, sidebars named in passing, wrappers", () => {
    const doc = htmlToDocument(
      page(`<div class="page has-sidebar"><div class="layout-and-w-sidebar"><div class="story-text">
        <p>${P1}</p><p>${P2}</p></div></div></div>`),
    );
    expect(doc.blocks.every((b) => b.html?.hint === null)).toBe(true);
  });

  it("marks embedded posts and keeps their blockquote out of a figure's caption", () => {
    const doc = htmlToDocument(
      page(`<article><p>${P1}</p><figure><blockquote class="twitter-tweet"><p>The pier is closing!
        <a href="https://t.co/x">pic.twitter.com/x</a></p>— Harbour Board (@harbour) <a href="/s">May 7, 2024</a></blockquote>
        <figcaption>Tweet by the board</figcaption></figure><p>${P2}</p></article>`),
    );
    const tweet = byText(doc.blocks, "The pier is closing!");
    expect(tweet?.html?.embed).toBe(true);
    expect(tweet?.html?.hint).toBeNull();
    expect(byText(doc.blocks, "— Harbour Board")?.html?.embed).toBe(true);
    expect(byText(doc.blocks, "Tweet by")?.html?.hint).toBe("caption");
  });

  it("gives a run of text directly in the page the tag 'body'", () => {
    const doc = htmlToDocument("Just some words");
    expect(doc.blocks).toEqual([{ text: "Just some words", html: expect.objectContaining({ tag: "body" }) }]);
  });

  it("flattens pathologically deep nesting with a warning, quickly and without overflowing the stack", () => {
    const nested = (depth: number) => `${"<div>".repeat(depth)}<p>${P1}</p>${"</div>".repeat(depth)}<p>${P2}</p>`;
    expectLinearGrowth(
      "deep nesting",
      (depth) => {
        const html = nested(depth);
        return () => htmlToDocument(html);
      },
      10_000,
    );
    const deep = nested(100_000);
    const doc = htmlToDocument(deep);
    expect(doc.warnings.map((w) => w.code)).toEqual(["html_flattened"]);
    expect(doc.blocks.map((b) => b.text)).toEqual([P1, P2]);
  });

  it("does not flatten ordinary pages, even with many unclosed paragraphs and list items", () => {
    const doc = htmlToDocument(page(`<ul>${"<li>item".repeat(800)}</ul>${"<p>para".repeat(800)}`));
    expect(doc.warnings).toEqual([]);
    expect(doc.blocks).toHaveLength(1600);
  });
});
