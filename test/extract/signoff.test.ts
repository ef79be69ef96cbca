import { describe, expect, it } from "vitest";
import { extractSignoff } from "../../src/extract/signoff.js";
import { blocksOf } from "./helpers.js";

const story = "HARBIN, Jan. 9 (Xinhua) -- An ice festival opened on Friday with sculptures of frozen river water.";
const last = "Organisers expect more than a million visitors this winter.";

function signoff(...lines: string[]) {
  const blocks = blocksOf(...lines);
  const found = extractSignoff(blocks);
  return { agency: found.agency, cuts: found.cuts.map((c) => [c.kind, blocks[c.block].text.slice(c.start, c.end)]) };
}

describe("extractSignoff", () => {
  it.each([
    ["Reuter", "Reuters"],
    ["Enditem", "Xinhua"],
    ["(END)", "Yonhap"],
    ["-- BERNAMA", "Bernama"],
    ["-- BERNAMA ab/cd", "Bernama"],
    ["--IANS pk/rs", "IANS"],
    ["EFE jr/ab", "EFE"],
    ["(ANSA).", "ANSA"],
    ["c.2000 New York Times News Service", "NYT News Service"],
  ])("reads %j as a block of its own", (line, agency) => {
    expect(signoff(story, last, line)).toEqual({ agency, cuts: [["signoff", line]] });
  });

  it.each([
    ["Reuter", "Reuters"],
    ["Enditem", "Xinhua"],
    ["(END)", "Yonhap"],
    ["-- BERNAMA", "Bernama"],
    ["--IANS ab/cd", "IANS"],
    ["EFE ab/cd", "EFE"],
    ["(ANSA).", "ANSA"],
  ])("cuts %j from the end of the last paragraph", (tail, agency) => {
    expect(signoff(story, `${last} ${tail}`)).toEqual({ agency, cuts: [["signoff", tail]] });
  });

  it("reads AFP signatures", () => {
    expect(signoff(story, last, "bur-jd/ab")).toEqual({ agency: "AFP", cuts: [["signature", "bur-jd/ab"]] });
    expect(signoff(story, `${last} jd/ab/kp`)).toEqual({ agency: "AFP", cuts: [["signature", "jd/ab/kp"]] });
  });

  it("reads a Yonhap reporter's e-mail before (END) as a contact", () => {
    expect(signoff(story, `${last} minsu@yna.co.kr (END)`)).toEqual({
      agency: "Yonhap",
      cuts: [
        ["contact", "minsu@yna.co.kr"],
        ["signoff", "(END)"],
      ],
    });
  });

  it("reads a CNA closing after the credits", () => {
    expect(signoff(story, "(By Lin Mei and Wu Chen) Enditem/kb")).toEqual({
      agency: "CNA",
      cuts: [["signoff", "Enditem/kb"]],
    });
  });

  it("reads a Xinhua editor line without naming an agency", () => {
    expect(signoff(story, last, "Editor: Liu Yang")).toEqual({ agency: null, cuts: [["signoff", "Editor: Liu Yang"]] });
  });

  it("finds a sign-off above trailing page chrome", () => {
    expect(signoff(story, `${last} Enditem`, "Related stories", "Contact us")).toMatchObject({ agency: "Xinhua" });
  });

  it("leaves story text alone", () => {
    for (const line of [
      "Prices rose and/or fell",
      "The agency Reuters reported it first",
      "He said the speed was 80 km/h",
      "Its sales reached 4 million units.",
    ]) {
      expect(signoff(story, line)).toEqual({ agency: null, cuts: [] });
    }
    // a bare agency name signs off only at the very end
    expect(signoff(story, "Reuters", last, "Contact us", "About")).toEqual({ agency: null, cuts: [] });
  });
});
