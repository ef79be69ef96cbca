import { describe, expect, it } from "vitest";
import { extractCredits } from "../../src/extract/credits.js";
import { expectLinearGrowth, repeatTo } from "../timing.js";
import { blocksOf } from "./helpers.js";

const story = "OSLO, March 3 (Reuters) - A fjord ferry operator said on Tuesday it would add two routes.";
const last = "The company expects the new routes to carry 40,000 passengers a year.";

function credits(...lines: string[]) {
  return extractCredits(blocksOf(...lines));
}

describe("extractCredits", () => {
  it("takes only the lexicon's own role words: 'constructor' names no role", () => {
    const credit = "(Reporting by Kari Nordmann; constructor Tom Field)";
    const roles = credits(story, last, credit).credits?.roles ?? {};
    expect(roles.reporting).toEqual(["Kari Nordmann"]);
    for (const role of Object.keys(roles)) expect(role).toMatch(/^[a-z]+$/i);
  });

  it("reads a credit block of its own and cuts it whole", () => {
    const credit = "(Reporting by Kari Nordmann; Writing by Tom Field and Ann Lee; Editing by Ann Gray and Bo Li)";
    const found = credits(story, last, credit, "Follow us on our channel for alerts!");
    expect(found.credits).toEqual({
      raw: credit,
      roles: { reporting: ["Kari Nordmann"], writing: ["Tom Field", "Ann Lee"], editing: ["Ann Gray", "Bo Li"] },
    });
    expect(found.cuts).toEqual([{ block: 2, start: 0, end: credit.length, kind: "credits" }]);
  });

  it("cuts just the credits at the end of the last paragraph, places stripped", () => {
    const credit =
      "(Reporting by Kari Nordmann in Oslo and Ola Hansen in Bergen; Additional reporting by Per Lund; Writing by Tom Field; Editing by Ann Gray and Bo Li)";
    const paragraph = `${last} ${credit}`;
    const found = credits(story, paragraph);
    expect(found.credits?.roles).toEqual({
      reporting: ["Kari Nordmann", "Ola Hansen"],
      additionalReporting: ["Per Lund"],
      writing: ["Tom Field"],
      editing: ["Ann Gray", "Bo Li"],
    });
    expect(found.cuts).toEqual([{ block: 1, start: last.length + 1, end: paragraph.length, kind: "credits" }]);
  });

  it("keeps inner spacing in raw and trims it from names", () => {
    const found = credits(story, `${last} (Reporting by  Lena Berg ; Editing by  Ivo Novak )`);
    expect(found.credits).toEqual({
      raw: "(Reporting by  Lena Berg ; Editing by  Ivo Novak )",
      roles: { reporting: ["Lena Berg"], editing: ["Ivo Novak"] },
    });
  });

  it("puts names of a combined role under each role", () => {
    const found = credits(story, `${last} (Reporting and writing by Mia Holm; Editing by Ed Vale)`);
    expect(found.credits?.roles).toEqual({ reporting: ["Mia Holm"], writing: ["Mia Holm"], editing: ["Ed Vale"] });
    const additional = credits(story, `${last} (Additional reporting and writing by Mia Holm)`);
    expect(additional.credits?.roles).toEqual({ additionalReporting: ["Mia Holm"], additionalWriting: ["Mia Holm"] });
    // editing the additional material is still editing
    const edited = credits(story, `${last} (Additional reporting and editing by Mia Holm)`);
    expect(edited.credits?.roles).toEqual({ additionalReporting: ["Mia Holm"], editing: ["Mia Holm"] });
  });

  it("reads a bare first segment as reporters and a role-less segment as more of the last role", () => {
    const found = credits(
      story,
      `${last} (Kari Nordmann; Additional reporting by Ola Hansen in Rome; Per Lund in Milan; Editing by Ann Gray)`,
    );
    expect(found.credits?.roles).toEqual({
      reporting: ["Kari Nordmann"],
      additionalReporting: ["Ola Hansen", "Per Lund"],
      editing: ["Ann Gray"],
    });
  });

  it("reads role changes after commas and full stops", () => {
    const found = credits(
      story,
      `${last} (Reporting by Tom Field, additional reporting by Ola Hansen. Editing by Ann Gray, Bo Li)`,
    );
    expect(found.credits?.roles).toEqual({
      reporting: ["Tom Field"],
      additionalReporting: ["Ola Hansen"],
      editing: ["Ann Gray", "Bo Li"],
    });
  });

  it("tolerates typos, a missing by, 'amd' and regions after places", () => {
    const found = credits(
      story,
      `${last} (Additonal reporting Ola Hansen in Portland, Oregon amd Per Lund in Austin, Texas; Editinb by Ann Gray/Bo Li)`,
    );
    expect(found.credits?.roles).toEqual({
      additionalReporting: ["Ola Hansen", "Per Lund"],
      editing: ["Ann Gray", "Bo Li"],
    });
  });

  it("names other roles in camelCase and keeps the listed ones", () => {
    const found = credits(
      story,
      `${last} (Reporting by Tom Field; Graphics by Ina Roe; Analysis by Al Shaw; Compiled by Zoe Kim)`,
    );
    expect(found.credits?.roles).toEqual({
      reporting: ["Tom Field"],
      graphics: ["Ina Roe"],
      analysis: ["Al Shaw"],
      compiling: ["Zoe Kim"],
    });
  });

  it("joins several credit notes with a space", () => {
    const found = credits(story, `${last} (Editing by Ann Gray) (Reporting by Tom Field)`);
    expect(found.credits).toEqual({
      raw: "(Editing by Ann Gray) (Reporting by Tom Field)",
      roles: { editing: ["Ann Gray"], reporting: ["Tom Field"] },
    });
    expect(found.cuts).toHaveLength(1);
  });

  it("ignores currency notes and cuts contact notes after the credits", () => {
    const paragraph = `${last} ($1=0.92 euros) (Reporting by Tom Field; Editing by Ann Gray) ((tom.field@example.com; +1 212 555 0100))`;
    const found = credits(story, paragraph);
    expect(found.credits?.raw).toBe("(Reporting by Tom Field; Editing by Ann Gray)");
    expect(found.cuts.map((c) => c.kind)).toEqual(["credits", "contact"]);
    const cut = found.cuts[0];
    expect(paragraph.slice(0, cut.start)).toBe(`${last} ($1=0.92 euros) `);
  });

  it("does not take other bracketed tails for credits", () => {
    for (const tail of [
      "($1=A$1.22)",
      "(Americas Desk; +1-212-555-0100)",
      "(Jane Doe)",
      "(owned by Acme Holdings)",
      "(PHOTOS)",
    ]) {
      expect(credits(story, `${last} ${tail}`).credits).toBeNull();
    }
  });

  it("reads AP contributor lines", () => {
    const line = "Associated Press writer Lee Park in Topeka, Kansas, contributed to this report.";
    const found = credits(story, last, "___", line);
    expect(found.credits).toEqual({ raw: line, roles: { contributing: ["Lee Park"] } });
    expect(found.agency).toBe("AP");
    expect(found.cuts).toEqual([{ block: 3, start: 0, end: line.length, kind: "credits" }]);
    const two = credits(story, "AP reporters Ana Ruiz and Bo Li contributed.");
    expect(two.credits?.roles).toEqual({ contributing: ["Ana Ruiz", "Bo Li"] });
  });

  it("reads Bloomberg end notes glued to the last paragraph", () => {
    const paragraph =
      "(Bloomberg) -- Copper rose on Monday. --With assistance from Ana Ruiz.To contact the reporter on this story: Sam Cole in Santiago at scole@bloomberg.net";
    const found = credits(paragraph);
    expect(found.credits?.roles).toEqual({ contributing: ["Ana Ruiz"], reporting: ["Sam Cole"] });
    expect(found.agency).toBe("Bloomberg");
    expect(found.cuts.map((c) => [c.kind, paragraph.slice(c.start, c.end)])).toEqual([
      ["credits", "--With assistance from Ana Ruiz."],
      ["contact", "To contact the reporter on this story: Sam Cole in Santiago at scole@bloomberg.net"],
    ]);
  });

  it("reads Bloomberg contact labels with the names on the next line", () => {
    const found = credits(
      "(Bloomberg) -- Copper rose on Monday.",
      "To contact the editors responsible for this story:",
      "Nia Grant at ngrant@bloomberg.net, Tim Oak",
    );
    expect(found.credits?.roles).toEqual({ editing: ["Nia Grant", "Tim Oak"] });
    expect(found.cuts.map((c) => [c.block, c.kind])).toEqual([
      [1, "contact"],
      [2, "contact"],
    ]);
  });

  it("reads a credit line without brackets", () => {
    const found = credits(story, "Reporting by Kari Nordmann; Editing by Ann Gray");
    expect(found.credits?.roles).toEqual({ reporting: ["Kari Nordmann"], editing: ["Ann Gray"] });
  });

  it("leaves story sentences and picture credits alone", () => {
    expect(credits(story, "Reporting by the local paper suggested the ferry was late.").credits).toBeNull();
    expect(credits(story, "Photo: Jane Doe, AP").credits).toBeNull();
    expect(credits(story, `${last} (Photo by Jane Doe/Getty Images)`).credits).toBeNull();
  });

  it("reads credits before a sign-off", () => {
    const found = credits("Taichung, Nov 2 (CNA) A night market opened.", "(By Lin Mei and Wu Chen) Enditem/kb");
    expect(found.credits?.roles).toEqual({ reporting: ["Lin Mei", "Wu Chen"] });
    expect(found.cuts).toEqual([{ block: 1, start: 0, end: 24, kind: "credits" }]);
  });

  it("stays linear on a long hostile block", () => {
    expectLinearGrowth(
      "hostile credits",
      (n) => {
        const hostile = `${repeatTo("(Reporting by ", n)}${repeatTo("a, ", n)}))))`;
        const blocks = blocksOf(hostile, "(".repeat(n), repeatTo("Editing by Ann ", n, ")"));
        return () => extractCredits(blocks);
      },
      5_000,
    );
  });
});
