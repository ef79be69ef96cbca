// Datelines of wires that file in other languages, on invented leads.
import { describe, expect, it } from "vitest";
import { datelineIsoDate, findDateline } from "../../src/extract/dateline.js";
import { parseDateline } from "../../src/extract/dateline-parse.js";
import { blocksOf } from "./helpers.js";

function dl(text: string) {
  const p = parseDateline(text);
  return p && { location: p.location, date: p.date, agency: p.agency };
}

describe("parseDateline in other languages", () => {
  it.each([
    ["Hamburg (dpa) - Der Hafen meldet", "Hamburg", null, "dpa"],
    ["Stuttgart (dpa/lsw) - Die Landesregierung will", "Stuttgart", null, "dpa"],
    ["Mainz (KNA) Die Bischöfe haben", "Mainz", null, "KNA"],
    ["LYON, 3 mars 2026 (AFP) - Les boulangers", "LYON", "3 mars 2026", "AFP"],
    ["(Belga) Les trains circuleront", null, null, "Belga"],
    ["Bogotá, 4 mar (EFE).- El Gobierno", "Bogotá", "4 mar", "EFE"],
    ["SEVILLA, 4 Mar. (EUROPA PRESS) - La Junta", "SEVILLA", "4 Mar.", "Europa Press"],
    ["(ANSA) - TORINO, 5 MAR - Il Comune", "TORINO", "5 MAR", "ANSA"],
    ["Torino, 5 mar. (Adnkronos) - Il Comune", "Torino", "5 mar.", "Adnkronos"],
    ["Porto, 6 mar 2026 (Lusa) - Os taxistas", "Porto", "6 mar 2026", "Lusa"],
    ["Recife – A prefeitura anunciou", "Recife", null, null],
    ["ОМСК, 7 марта. /ТАСС/. Власти города", "ОМСК", "7 марта", "TASS"],
    ["Самара. 7 марта. ИНТЕРФАКС - Власти", "Самара", "7 марта", "Interfax"],
    ["КАЗАНЬ, 7 мар — РИА Новости. Власти", "КАЗАНЬ", "7 мар", "RIA Novosti"],
    ["新华社杭州3月8日电（记者陈思远）浙江省", "杭州", "3月8日", "Xinhua"],
    ["【大阪共同】大阪府は", "大阪", null, "Kyodo"],
    ["【ソウル時事】韓国政府は", "ソウル", null, "Jiji"],
  ])("%s", (text, location, date, agency) => {
    const found = dl(text);
    expect(found).not.toBeNull();
    expect(found?.location?.replace(/[.\s]+$/, "") ?? null).toBe(location);
    expect(found?.date?.replace(/\.$/, "") ?? null).toBe(date?.replace(/\.$/, "") ?? null);
    expect(found?.agency).toBe(agency);
  });

  it("gives the ISO date of a month name in the story's language when the year is written", () => {
    for (const [lead, iso] of [
      ["LYON, 3 mars 2026 (AFP) - Les boulangers ont manifesté.", "2026-03-03"],
      ["Porto, 6 dez 2025 (Lusa) - Os taxistas fizeram greve.", "2025-12-06"],
      ["Wien, 30. August 2024 (APA) - Die Regierung hat beschlossen.", "2024-08-30"],
    ]) {
      const found = findDateline(blocksOf(lead));
      expect(found).not.toBeNull();
      expect(found && datelineIsoDate(found, null)).toBe(iso);
    }
  });

  it("names the reporters a Xinhua dateline credits", () => {
    const found = findDateline(blocksOf("新华社杭州3月8日电（记者陈思远、王一鸣）浙江省今年将新建一百座口袋公园。"));
    expect(found?.reporters).toEqual(["陈思远", "王一鸣"]);
  });

  it("does not read a name before an em dash as a place", () => {
    expect(dl("Clara Vance — surgeon and author — has been called a pioneer by her peers.")).toBeNull();
  });
});

describe("English datelines with slashed places and weekdays", () => {
  it.each([
    ["DALLAS/FORT WORTH, Texas, March 3 - American said", "DALLAS/FORT WORTH, Texas", "March 3"],
    ["LAKE SUCCESS, N.Y., March 3 - The hospital group said", "LAKE SUCCESS, N.Y.", "March 3"],
    ["NEW YORK, TUE, APR 07 - Stocks rose", "NEW YORK", "APR 07"],
    ["TOKYO, TUE APR 7 - Shares fell", "TOKYO", "APR 7"],
  ])("%s", (text, location, date) => {
    expect(dl(text)).toMatchObject({ location, date });
  });
});
