import { describe, expect, it } from "vitest";
import { datelineIsoDate, findDateline } from "../../src/extract/dateline.js";
import { parseDateline } from "../../src/extract/dateline-parse.js";
import { blocksOf } from "./helpers.js";

const lead = " A ferry operator said on Tuesday it would add two routes across the fjord this summer.";

function dl(text: string) {
  const p = parseDateline(text);
  return p && { raw: p.raw, location: p.location, date: p.date, agency: p.agency };
}

describe("parseDateline", () => {
  it.each([
    ["MOSCOW (Reuters) -", "MOSCOW", null, "Reuters"],
    ["PARIS, Aug 30 (AFP) -", "PARIS", "Aug 30", "AFP"],
    ["WASHINGTON (AP) —", "WASHINGTON", null, "AP"],
    ["BEIJING, Aug. 30 (Xinhua) --", "BEIJING", "Aug. 30", "Xinhua"],
    ["OSLO, March 3 (Reuters) -", "OSLO", "March 3", "Reuters"],
    ["WICHITA, Kan. (AP) —", "WICHITA, Kan.", null, "AP"],
    ["LYON, France, June 4 (AFP) -", "LYON, France", "June 4", "AFP"],
    ["DETROIT  (Reuters) -", "DETROIT", null, "Reuters"],
    ["HAMBURG (dpa) -", "HAMBURG", null, "dpa"],
    ["Lagos (AFP) -", "Lagos", null, "AFP"],
    ["DENVER, Sept. 2 (UPI) --", "DENVER", "Sept. 2", "UPI"],
    ["KUALA LUMPUR, Aug 30 (Bernama) --", "KUALA LUMPUR", "Aug 30", "Bernama"],
    ["BUSAN, May 5 (Yonhap) --", "BUSAN", "May 5", "Yonhap"],
    ["Quito, Mar 14 (EFE).-", "Quito", "Mar 14", "EFE"],
    ["Pune (Maharashtra) [India], Aug 30 (ANI):", "Pune (Maharashtra) [India]", "Aug 30", "ANI"],
    ["NAGOYA, Oct. 12 Kyodo -", "NAGOYA", "Oct. 12", "Kyodo"],
    ["VLADIVOSTOK, June 9. /TASS/.", "VLADIVOSTOK", "June 9", "TASS"],
    ["(ANSA) - TURIN, April 2 -", "TURIN", "April 2", "ANSA"],
    ["(Reuters) -", null, null, "Reuters"],
    ["(Bloomberg) --", null, null, "Bloomberg"],
    ["Taichung, Nov 2 (CNA)", "Taichung", "Nov 2", "CNA"],
    ["ROME, March 13, Reuter -", "ROME", "March 13", "Reuters"],
    ["COMMACK, N.Y., Feb 26 -", "COMMACK, N.Y.", "Feb 26", null],
    ["omaha, april 7 -", "omaha", "april 7", null],
    ["Vancouver, British Columbia, March 6 -", "Vancouver, British Columbia", "March 6", null],
    ["EL PASO, Texas, March 11 --", "EL PASO, Texas", "March 11", null],
    ["MIAMI _", "MIAMI", null, null],
    ["BERNE -", "BERNE", null, null],
  ])("reads %j", (raw, location, date, agency) => {
    expect(dl(`${raw}${lead}`)).toEqual({ raw, location, date, agency });
  });

  it("reads a separator glued to the agency or the day", () => {
    expect(dl(`MOSCOW (AP)_${lead}`)).toMatchObject({ raw: "MOSCOW (AP)_", location: "MOSCOW", agency: "AP" });
    expect(dl(`MILWAUKEE, Wis., March 2-${lead}`)).toMatchObject({ raw: "MILWAUKEE, Wis., March 2-", date: "March 2" });
  });

  it("reads a dateline with no separator before the story (PTI)", () => {
    expect(dl("Kochi, Feb 3 (PTI) Fishermen staged a protest over fuel prices on Monday.")).toEqual({
      raw: "Kochi, Feb 3 (PTI)",
      location: "Kochi",
      date: "Feb 3",
      agency: "PTI",
    });
  });

  it("reads a dateline alone in its block, with a year", () => {
    expect(dl("HARBIN, Nov. 24 , 2005 (Xinhua)")).toEqual({
      raw: "HARBIN, Nov. 24 , 2005 (Xinhua)",
      location: "HARBIN",
      date: "Nov. 24 , 2005",
      agency: "Xinhua",
    });
    expect(dl("TALLINN, Dec 6 , 2005")).toMatchObject({ location: "TALLINN", date: "Dec 6 , 2005", agency: null });
    expect(dl("NAIROBI, Kenya (AP) _")).toMatchObject({ raw: "NAIROBI, Kenya (AP) _", location: "NAIROBI, Kenya" });
  });

  it("ends the dateline at the first separator", () => {
    expect(dl("LONDON, April 9 - FIXTURES - Ships fixed on Thursday")).toMatchObject({
      raw: "LONDON, April 9 -",
      location: "LONDON",
    });
  });

  it.each([
    "FOB RIVER - 1,200 tonnes were offered",
    "RPT -- Ships waiting at the port rose again",
    "ATTENTION - ADDS details of the ruling ///",
    "Copper prices close down 0.2 percent -- Nov. 24",
    "Shanghai stocks slip -- Nov. 3",
    "MAR8 -- -- 12.5",
    "By Jane Doe - 11/19/19 06:56 AM EST",
    "Friday, 30 Aug 2024",
    "The county said in a statement on Monday, Oct. 26:",
    "By 2030, the city wants all buses to be electric - a goal critics call costly.",
    "Two farmers — a father and his son — were rescued on Tuesday.",
    "(Undated)",
    "Blog - Latest News",
  ])("rejects %j", (text) => {
    expect(parseDateline(text)).toBeNull();
  });

  it("looks a place word up among the month names only, not the names every object has", () => {
    // "constructor" is no month: the place reads like any other word in capitals
    for (const place of ["CONSTRUCTOR", "TOSTRING", "VALUEOF"]) {
      expect(dl(`${place}, March 3 (Reuters) -`)).toEqual({
        raw: `${place}, March 3 (Reuters) -`,
        location: place,
        date: "March 3",
        agency: "Reuters",
      });
    }
    // a month name is still no place
    expect(parseDateline("MARCH, April 3 (Reuters) -")).toBeNull();
  });
});

describe("findDateline", () => {
  it("finds the lead after page chrome and skips claimed blocks", () => {
    const blocks = blocksOf(
      "Ferry firm adds routes",
      "World",
      "Friday, 30 Aug 2024",
      "FILE PHOTO: A ferry in the fjord. REUTERS/Jane Doe",
      `OSLO (Reuters) -${lead}`,
      "More text follows here.",
    );
    expect(findDateline(blocks)).toMatchObject({ block: 4, raw: "OSLO (Reuters) -", location: "OSLO" });
  });

  it("prefers a dated dateline over a weak heading just above it", () => {
    const blocks = blocksOf("GRAIN TRADE - WEEKLY", `KANSAS CITY, April 7 -${lead}`);
    expect(findDateline(blocks)).toMatchObject({ block: 1, location: "KANSAS CITY", date: "April 7" });
  });

  it("takes a plain dateline deep in a page only before running prose", () => {
    const menu = Array.from({ length: 20 }, (_, i) => `Menu item ${i}`);
    const withProse = blocksOf(...menu, `VIENNA —${lead}`);
    expect(findDateline(withProse)).toMatchObject({ location: "VIENNA" });
    const heading = blocksOf(...menu, "THE POINT -- NOW ON VIDEO!");
    expect(findDateline(heading)).toBeNull();
  });

  it("keeps the first dateline when a second one follows", () => {
    const blocks = blocksOf(
      "RIGA, Nov. 27 , 2006 (Xinhua)",
      "By sportswriter Jane Doe",
      `DOHA, Nov. 27 (Xinhua) --${lead}`,
    );
    expect(findDateline(blocks)).toMatchObject({ block: 0, location: "RIGA" });
  });

  it("finds nothing in a story without a dateline", () => {
    expect(findDateline(blocksOf("Headline here", `The council met on Monday.${lead}`))).toBeNull();
  });
});

describe("datelineIsoDate", () => {
  const finding = (text: string) => {
    const f = findDateline(blocksOf(`${text}${lead}`));
    if (!f) throw new Error(`no dateline in ${text}`);
    return f;
  };

  it("uses a year written in the dateline", () => {
    expect(datelineIsoDate(finding("HARBIN, Nov. 24 , 2005 (Xinhua) --"), null)).toBe("2005-11-24");
  });

  it("takes the year from the published date", () => {
    expect(datelineIsoDate(finding("PARIS, Aug 30 (AFP) -"), "2024-08-30T09:00:00Z")).toBe("2024-08-30");
    expect(datelineIsoDate(finding("PARIS, Aug 30 (AFP) -"), "2024-09-02")).toBe("2024-08-30");
  });

  it("goes back a year for a December dateline published in January", () => {
    expect(datelineIsoDate(finding("OSLO, Dec 31 (Reuters) -"), "2025-01-02")).toBe("2024-12-31");
  });

  it("allows a dateline a day ahead of the published date", () => {
    expect(datelineIsoDate(finding("TOKYO, Jan 1 (Kyodo) -"), "2024-12-31T20:00:00Z")).toBe("2025-01-01");
  });

  it("gives null without a year, a day or a published date", () => {
    expect(datelineIsoDate(finding("PARIS, Aug 30 (AFP) -"), null)).toBeNull();
    expect(datelineIsoDate(finding("MOSCOW (Reuters) -"), "2024-08-30")).toBeNull();
    expect(datelineIsoDate(finding("SYDNEY, April -"), "2024-08-30")).toBeNull();
  });
});

describe("findDateline among weak forms", () => {
  it("prefers a place that opens prose over a heading in capitals above it", () => {
    const blocks = blocksOf("GRAIN TRADE - WEEKLY", `LONDON -${lead}`);
    expect(findDateline(blocks)).toMatchObject({ block: 1, location: "LONDON" });
  });
});
