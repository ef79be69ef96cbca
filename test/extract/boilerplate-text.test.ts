import { describe, expect, it } from "vitest";
import { type Anchors, stripBoilerplate } from "../../src/extract/boilerplate/index.js";
import { textToDocument } from "../../src/read/text-blocks.js";

const none: Anchors = { claimed: new Set(), lead: null, byline: null, credits: null };

function roles(text: string, anchors: Partial<Anchors> = {}) {
  const doc = textToDocument(text);
  const r = stripBoilerplate(doc, { ...none, ...anchors });
  return doc.blocks.map((b, i) => [r[i], b.text] as const);
}

const PARAGRAPHS = [
  "The town council of Eastmere voted on Monday to close the old swing bridge to cars from the spring, after engineers said its frame could no longer carry heavy traffic safely.",
  "Drivers will have to use the ring road, which adds about ten minutes to a trip into the centre, while cyclists and people on foot can still cross.",
  "Council leader Rosa Fenn said the decision had not been easy but that the town could not wait for an accident before it acted on the report.",
  "Repairs are expected to cost about 4 million pounds and take two years, and the council has asked the regional government to share the bill.",
];

describe("text boilerplate (region method)", () => {
  it("keeps the story and labels the page chrome around it by kind", () => {
    const page = [
      "Home",
      "News",
      "Sport",
      "Eastmere to close swing bridge to cars",
      "",
      "  • Local",
      "  • Monday, 3 March 2025",
      "",
      "FILE PHOTO: The swing bridge at dusk. Photo by Sam Reed",
      "",
      ...PARAGRAPHS.flatMap((p) => [p, ""]),
      "Follow us on our WhatsApp channel for the latest local news",
      "Advertisement",
      "Next In Local",
      "School reopens after flood repairs",
      "Library extends weekend opening hours",
      "© 2025 Eastmere Gazette. All rights reserved.",
    ].join("\n");
    expect(roles(page)).toEqual([
      ["navigation", "Home"],
      ["navigation", "News"],
      ["navigation", "Sport"],
      ["headline", "Eastmere to close swing bridge to cars"],
      ["navigation", "Local"],
      ["timestamp", "Monday, 3 March 2025"],
      ["caption", "FILE PHOTO: The swing bridge at dusk. Photo by Sam Reed"],
      ...PARAGRAPHS.map((p) => ["body", p] as const),
      ["promo", "Follow us on our WhatsApp channel for the latest local news"],
      ["advert", "Advertisement"],
      ["related", "Next In Local"],
      ["related", "School reopens after flood repairs"],
      ["related", "Library extends weekend opening hours"],
      ["legal", "© 2025 Eastmere Gazette. All rights reserved."],
    ]);
  });

  it("keeps short quote paragraphs inside the story", () => {
    const text = [
      PARAGRAPHS[0],
      '"It had to be done," Fenn said.',
      PARAGRAPHS[1],
      "No one was hurt.",
      PARAGRAPHS[2],
    ].join("\n\n");
    expect(roles(text).every(([role]) => role === "body")).toBe(true);
  });

  it("starts the story at the dateline's block when one is known", () => {
    const text = [
      "A teaser line that reads like prose and is long enough to count as a story sentence here.",
      "Menu",
      ...PARAGRAPHS,
    ].join("\n");
    const r = roles(text, { lead: 2 });
    expect(r[0][0]).not.toBe("body");
    expect(r.slice(2).every(([role]) => role === "body")).toBe(true);
  });

  it("keeps a long run of story prose above a dateline that opens a post inside it (live blog, digest)", () => {
    const posts = (n: number) =>
      Array.from({ length: n }, (_, k) => `${PARAGRAPHS[k % PARAGRAPHS.length]} Posted as update number ${k + 1}.`);
    const wireItem = "EASTMERE (Wire) — Engineers began the first survey of the bridge frame on Tuesday morning.";
    const live = roles([...posts(12), wireItem, ...PARAGRAPHS].join("\n"), { lead: 12 });
    expect(live.every(([role]) => role === "body")).toBe(true);
    // a few prose lines above the dateline are teasers: the story still opens at the dateline
    const teased = roles([...posts(3), "Menu", wireItem, ...PARAGRAPHS].join("\n"), { lead: 4 });
    expect(teased.slice(0, 3).some(([role]) => role === "body")).toBe(false);
    expect(teased.slice(4).every(([role]) => role === "body")).toBe(true);
  });

  it("stops at a comment section even when the comments are longer than the story", () => {
    const comment =
      "I have crossed that bridge every day for twenty years and I think the council is right to act now, before it is too late.";
    const text = [
      ...PARAGRAPHS.slice(0, 2),
      "3 Comments",
      "Jo Smith on March 3, 2025 at 4:12 pm said:",
      comment,
      comment.replace("twenty", "thirty"),
      comment.replace("twenty", "forty"),
      comment.replace("twenty", "fifty"),
    ].join("\n\n");
    const r = roles(text);
    expect(r.slice(0, 2).map(([role]) => role)).toEqual(["body", "body"]);
    expect(r.slice(2).every(([role]) => role !== "body")).toBe(true);
    expect(r[2][0]).toBe("comments");
  });

  it("passes over an inline related box when the story goes on after it", () => {
    const text = [
      PARAGRAPHS[0],
      PARAGRAPHS[1],
      "Related",
      "Ferry service to resume in April",
      "Bus fares to rise by 5 percent",
      PARAGRAPHS[2],
      PARAGRAPHS[3],
    ].join("\n\n");
    const r = roles(text);
    expect(r.map(([role]) => role)).toEqual(["body", "body", "related", "related", "related", "body", "body"]);
  });

  it("prefers the dense story over a longer list of teasers", () => {
    const teasers = Array.from({ length: 6 }, (_, i) => [
      `Teaser headline number ${i}`,
      "Staff Writer",
      `This teaser excerpt number ${i} runs long enough to look like a paragraph of prose about some other story on the site.`,
    ]).flat();
    const text = `${PARAGRAPHS.join("\n\n")}\n\n${teasers.join("\n")}`;
    const r = roles(text);
    expect(r.slice(0, 4).every(([role]) => role === "body")).toBe(true);
    expect(r.slice(4).every(([role]) => role !== "body")).toBe(true);
  });

  it("takes out a short label the page repeats under every part of the story", () => {
    const page = ["Eastmere to close swing bridge to cars", ""]
      .concat(PARAGRAPHS.flatMap((p) => [p, "", "Share Save Print", ""]))
      .join("\n");
    const r = roles(page);
    expect(r.filter(([, t]) => t === "Share Save Print").every(([role]) => role !== "body")).toBe(true);
    expect(r.filter(([role]) => role === "body").map(([, t]) => t)).toEqual(PARAGRAPHS);
  });

  it("keeps a list of short lines that read as language after the story, and drops the menu after it", () => {
    const page = [
      "Pear and walnut cake",
      "",
      "This is the cake my grandmother baked every autumn when the pears from the old tree by the shed were ripe, and it keeps for days.",
      "",
      "The walnuts should be toasted first, and the pears cut into thin slices so that they soften in the oven without turning to mush.",
      "",
      "You will need:",
      "three ripe pears, peeled and sliced",
      "a cup of toasted walnuts",
      "two eggs at room temperature",
      "half a cup of brown sugar",
      "Home",
      "Recipes",
      "Contact",
    ].join("\n");
    const body = roles(page)
      .filter(([role]) => role === "body")
      .map(([, t]) => t);
    expect(body).toContain("two eggs at room temperature");
    expect(body).toContain("half a cup of brown sugar");
    expect(body).not.toContain("Recipes");
  });
});
