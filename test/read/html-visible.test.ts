// Pages a browser shows text for must give blocks: one test per way the markup can hide its text
// from a tree walk (no <body> tag, a broken <script> in the head, an unclosed fallback element).
import { describe, expect, it } from "vitest";
import { htmlRoles } from "../../src/extract/boilerplate/html.js";
import { parse } from "../../src/index.js";
import type { Block } from "../../src/read/block.js";
import { htmlToDocument } from "../../src/read/html-blocks.js";
import type { RemovedKind } from "../../src/story.js";
import { P1, P2, P3 } from "../fixtures.js";

const story = `<p>${P1}</p><p>${P2}</p><p>${P3}</p>`;
const texts = (html: string) => htmlToDocument(html).blocks.map((b) => b.text);

describe("htmlToDocument: text a browser shows", () => {
  it("reads a page with no <body> tag and an unclosed <head>", () => {
    expect(texts(`<html><head><title>Pier</title><meta charset="utf-8"><div>${story}</div></html>`)).toEqual([
      P1,
      P2,
      P3,
    ]);
  });

  it("reads a page whose <body> the parser nests in an unclosed <head>", () => {
    expect(texts(`<html><head><title>Pier</title><body><div>${story}</div></body></html>`)).toEqual([P1, P2, P3]);
  });

  it("reads on after a garbled script end tag in the head", () => {
    const html = `<html><head><title>Pier</title><script src="a.js"> </scri("banner");\n</script>
      </div><div id="nav"><a href="/">Home</a></div><div>${story}</div></html>`;
    expect(texts(html)).toEqual(expect.arrayContaining([P1, P2, P3]));
  });

  it.each(["object", "iframe", "canvas", "button", "map"])("reads the page an unclosed <%s> holds", (tag) => {
    const html = `<html><body><${tag} data="x.swf"><div>${story}</div></body></html>`;
    expect(texts(html)).toEqual([P1, P2, P3]);
  });

  it("still hides a fallback element's few words and a script's text", () => {
    const html = `<html><body><video src="v.mp4">Your browser cannot play this video.</video>
      <object data="x.swf">Get the plugin</object><script>var a = "<p>no</p>";</script>${story}</body></html>`;
    expect(texts(html)).toEqual([P1, P2, P3]);
  });
});

describe("parse: no empty body on a page that shows text", () => {
  it("keeps a short post whose box the markup names chrome, and leaves the comments out", () => {
    const block = (text: string, hint: RemovedKind | null, tag = "p"): Block => ({
      text,
      html: { tag, inContent: true, linkDensity: 0, hint },
    });
    const post = "We walked the old market on Sunday morning, and the stalls were full of pears and plums.";
    const blocks = [
      block("At the market", "byline", "h2"),
      block(post, "byline"),
      block("3 Comments", "comments", "h3"),
      block("Lovely photos, thank you so much for sharing them with all of us here today!", "comments"),
    ];
    const page = htmlToDocument("<title>At the market</title>").page;
    const none = { claimed: new Set<number>(), lead: null, byline: null, credits: null };
    expect(htmlRoles({ blocks, page, warnings: [] }, none)).toEqual(["byline", "body", "comments", "comments"]);
  });

  it("keeps the words of a page that is all links", async () => {
    const s = await parse(`<html><body><a href="/x"><p>alpha</p><p>beta</p>gamma</a></body></html>`, {
      format: "html",
    });
    expect(s.body.text.split(/\s+/)).toEqual(["alpha", "beta", "gamma"]);
  });
});
