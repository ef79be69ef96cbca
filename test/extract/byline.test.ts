import { describe, expect, it } from "vitest";
import { extractByline } from "../../src/extract/byline.js";
import { findDateline } from "../../src/extract/dateline.js";
import type { Block, PageMeta } from "../../src/read/block.js";
import { blocksOf } from "./helpers.js";

const lead = "OSLO, March 3 (Reuters) - A fjord ferry operator said on Tuesday it would add two routes this summer.";
const prose =
  "A fjord ferry operator said on Tuesday it would add two routes this summer, as the number of visitors to the coast keeps rising year after year.";

/** The byline as the pipeline finds it: near the dateline's block, when the story has one. */
function bylineIn(blocks: Block[], page: PageMeta | null) {
  return extractByline(blocks, page, findDateline(blocks)?.block ?? null);
}

function byline(...lines: string[]) {
  return bylineIn(blocksOf(...lines), null);
}

describe("extractByline", () => {
  it.each([
    ["By Jane Doe", ["Jane Doe"], null],
    ["by Jane Doe", ["Jane Doe"], null],
    ["By  Lena Berg and  Joseph A. Holm", ["Lena Berg", "Joseph A. Holm"], null],
    ["By JANE DOE, Associated Press Writer", ["JANE DOE"], "AP"],
    ["By JANE DOE Associated Press Writer", ["JANE DOE"], "AP"],
    ["By Rhys Evans, PA Wales Correspondent", ["Rhys Evans"], "PA Media"],
    ["By Ana Lund, Bo Li and Kim Ode", ["Ana Lund", "Bo Li", "Kim Ode"], null],
    ["By Ana Lund, Staff Writer", ["Ana Lund"], null],
    ["By sportswriter Liu Yang", ["Liu Yang"], null],
    ["By Ana Lund - 11/19/19 06:56 AM EST", ["Ana Lund"], null],
    ["By Ana Lund Updated Nov 13, 2019, 10:28am EST", ["Ana Lund"], null],
    ["By Ana Lund | Metro News", ["Ana Lund"], null],
    ["By Ana Lund@analund Nov 18, 2019", ["Ana Lund"], null],
    ["Ayse Demir | 12.03.2023", ["Ayse Demir"], null],
    ["Ayse Demir |12.03.2023 - Update : 12.03.2023", ["Ayse Demir"], null],
    ["Rhys Evans, PA Political Correspondent", ["Rhys Evans"], "PA Media"],
    ["Rhys Evans, PA", ["Rhys Evans"], "PA Media"],
    ["By Rhys Evans, PA", ["Rhys Evans"], "PA Media"],
    ["By Reuters", [], "Reuters"],
  ])("reads %j", (text, authors, agency) => {
    const found = byline("Ferry firm adds routes", text, lead);
    expect(found.byline).toEqual({ raw: text, authors });
    expect(found.agency).toBe(agency);
    expect(found.cuts).toEqual([{ block: 1, start: 0, end: text.length, kind: "byline" }]);
  });

  it.each([
    "By 2030, the city wants all of its buses to run on electricity.",
    "By most accounts, the plan worked.",
    "By choosing I Accept, you consent to our use of cookies.",
    "By subject",
    "By the time rescuers arrived, the water had risen.",
  ])("does not read %j as a byline", (text) => {
    expect(byline("Ferry firm adds routes", text, lead).byline).toBeNull();
  });

  it("takes the byline nearest above the lead, not one in a list further down", () => {
    const found = byline(
      "Menu",
      "By Old Author",
      "Ferry firm adds routes",
      "By Jane Doe",
      lead,
      prose,
      "Related",
      "By Kim Ode",
    );
    expect(found.byline?.authors).toEqual(["Jane Doe"]);
  });

  it("takes a byline just below a dateline block", () => {
    const found = byline("RIGA, Nov. 27 , 2006 (Xinhua)", "By sportswriter Liu Yang", prose);
    expect(found.byline?.authors).toEqual(["Liu Yang"]);
  });

  it("finds the byline above the first prose when there is no dateline", () => {
    const found = byline("Home", "News", "Ferry firm adds routes", "By Jane Doe", prose, prose);
    expect(found.byline?.authors).toEqual(["Jane Doe"]);
  });

  it("cuts an agency line under the byline too", () => {
    const found = byline("Ferry firm adds routes", "By JANE DOE", "Associated Press", lead);
    expect(found.agency).toBe("AP");
    expect(found.cuts.map((c) => c.block)).toEqual([1, 2]);
  });

  it("reads a plain name only when the page's metadata names that author", () => {
    const page = { authors: ["By KIM ODE, Associated Press"] } as unknown as PageMeta;
    expect(bylineIn(blocksOf("Ferry firm adds routes", "Kim Ode", prose), page).byline?.authors).toEqual(["Kim Ode"]);
    // page chrome marked as a byline is not one
    const blocks: Block[] = [
      { text: "Ferry firm adds routes" },
      { text: "Share Tweet Submit", html: { tag: "div", inContent: true, linkDensity: 0, hint: "byline" } },
      { text: prose },
    ];
    expect(bylineIn(blocks, page).byline).toBeNull();
  });

  it("reads an outlet after a single name as a label, and a known one-word name", () => {
    expect(byline("Ferry firm adds routes", "By Ana Lund, Metro Insider", lead).byline?.authors).toEqual(["Ana Lund"]);
    const page = { authors: ["Regan"] } as unknown as PageMeta;
    expect(bylineIn(blocksOf("Ferry firm adds routes", "by Regan December 6, 2017", prose), page).byline).toEqual({
      raw: "by Regan December 6, 2017",
      authors: ["Regan"],
    });
  });

  it("finds nothing without a byline", () => {
    expect(byline("Ferry firm adds routes", lead, prose)).toEqual({ byline: null, cuts: [], agency: null });
  });
});
