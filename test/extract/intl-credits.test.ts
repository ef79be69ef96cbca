// Bylines, credits and sign-offs of wires in other languages, and the last English credit forms; all
// on invented copy.
import { describe, expect, it } from "vitest";
import { extractByline } from "../../src/extract/byline.js";
import { extractCredits } from "../../src/extract/credits.js";
import { findDateline } from "../../src/extract/dateline.js";
import { extractSignoff } from "../../src/extract/signoff.js";
import { parse } from "../../src/index.js";
import { blocksOf } from "./helpers.js";

function byline(...lines: string[]) {
  const blocks = blocksOf(...lines);
  const found = extractByline(blocks, null, findDateline(blocks)?.block ?? null);
  return { authors: found.byline?.authors ?? null, agency: found.agency };
}

function roles(...lines: string[]) {
  return extractCredits(blocksOf(...lines)).credits?.roles ?? null;
}

describe("bylines in other languages", () => {
  it.each([
    [
      "Von Jonas Albrecht, dpa",
      "Hamburg (dpa) - Der Hafen meldet weniger Umschlag als im Vorjahr.",
      ["Jonas Albrecht"],
      "dpa",
    ],
    ["Par Élise MOREAU", "LYON, 3 mars 2026 (AFP) - Les boulangers ont manifesté mardi.", ["Élise MOREAU"], null],
    ["Por Lucía Benítez", "Bogotá, 4 mar (EFE).- El Gobierno anunció un plan.", ["Lucía Benítez"], null],
  ])("%s", (line, lead, authors, agency) => {
    expect(byline("Ein Titel über dem Text", line, lead)).toEqual({ authors, agency });
  });

  it("reads a name over a staff label that names the agency", () => {
    const found = byline(
      "Câmara aprova nova regra para o transporte escolar",
      "Beatriz Nogueira",
      "Repórter da Agência Brasil",
      "Recife – A Câmara aprovou hoje a nova regra para o transporte escolar nas cidades do interior do estado.",
    );
    expect(found).toEqual({ authors: ["Beatriz Nogueira"], agency: "Agência Brasil" });
  });

  it("does not read a staff label as a reporting credit", () => {
    expect(
      roles("Beatriz Nogueira", "Repórter da Agência Brasil", "Recife – A Câmara aprovou hoje a regra."),
    ).toBeNull();
  });
});

describe("credits in other languages", () => {
  it("reads labelled credit lines", () => {
    expect(roles("O texto segue para sanção.", "Edição: Carla Menezes")).toEqual({ editing: ["Carla Menezes"] });
    expect(roles("El texto pasa al Senado.", "Edición: Pablo Ortega")).toEqual({ editing: ["Pablo Ortega"] });
  });

  it("puts a Xinhua dateline's reporters under reporting", async () => {
    const story = await parse(
      "新华社杭州3月8日电（记者陈思远、王一鸣）浙江省今年将新建一百座口袋公园，让市民出门五分钟就能走进公园。\n\n各地将优先改造老旧小区周边的闲置地块。\n",
      { format: "text" },
    );
    expect(story.credits?.roles).toEqual({ reporting: ["陈思远", "王一鸣"] });
    expect(story.dateline).toMatchObject({ location: "杭州", agency: "Xinhua", date: "3月8日" });
  });
});

describe("sign-offs in other languages", () => {
  it.each([
    ["(Belga)", "Belga"],
    ["(AGI)", "AGI"],
  ])("cuts %j from the end of the last paragraph", (tail, agency) => {
    const blocks = blocksOf(
      "(Belga) Les trains circuleront moins souvent.",
      `Le plan entre en vigueur en mai. ${tail}`,
    );
    const found = extractSignoff(blocks);
    expect(found.agency).toBe(agency);
    expect(found.cuts.map((c) => blocks[c.block].text.slice(c.start, c.end))).toEqual([tail]);
  });
});

describe("the last English credit forms", () => {
  const story = "OSLO, March 3 (Reuters) - A fjord ferry operator said on Tuesday it would add two routes.";
  it.each([
    [
      "(Additional reporting and writing by Mia Holm; Editing by Ed Vale)",
      { additionalReporting: ["Mia Holm"], additionalWriting: ["Mia Holm"], editing: ["Ed Vale"] },
    ],
    [
      "(Reporting by Kari Nordmann in Bergen Editing by Ann Gray)",
      { reporting: ["Kari Nordmann"], editing: ["Ann Gray"] },
    ],
    [
      "(Reporting by Kari Nordmann of IFR; Editing by Ann Gray)",
      { reporting: ["Kari Nordmann"], editing: ["Ann Gray"] },
    ],
    [
      "(Reporting by Kari Nordmann in Washington with Ola Hansen; Editing by Ann Gray)",
      { reporting: ["Kari Nordmann", "Ola Hansen"], editing: ["Ann Gray"] },
    ],
  ])("%s", (credit, expected) => {
    expect(roles(story, credit)).toEqual(expected);
  });
});
