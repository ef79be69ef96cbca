// Extractors stay linear on hostile input: long blocks of repeated marks, spaces and near-matches.
import { describe, it } from "vitest";
import { extractByline } from "../../src/extract/byline.js";
import { extractCredits } from "../../src/extract/credits.js";
import { findDateline } from "../../src/extract/dateline.js";
import { extractSignoff } from "../../src/extract/signoff.js";
import type { Block } from "../../src/read/block.js";
import { expectNoBlowUp, ordinaryText } from "../timing.js";

const N = 200_000;
const hostile: string[] = [
  "(AP) - ".repeat(N / 7),
  "(".repeat(N),
  ")".repeat(N),
  `${" ".repeat(N / 2)}x`,
  "a".repeat(N),
  "A, ".repeat(N / 3),
  `By ${"Jane ".repeat(N / 5)}`,
  `(Reporting by ${"Jane Doe in Oslo, ".repeat(N / 20)})`,
  `${"x@y".repeat(N / 3)})`,
  `${"ab/".repeat(N / 3)}cd`,
  `${"-- ".repeat(N / 3)}BERNAMA`,
  `${"Reporting by ".repeat(N / 13)}`,
  `MOSCOW${" ".repeat(N)}(Reuters) -`,
  `${"To contact the reporter on this story: ".repeat(N / 40)}`,
  `Editing by ${"and ".repeat(N / 4)})`,
];

const runAll = (blocks: Block[]) => () => {
  const lead = findDateline(blocks);
  extractCredits(blocks);
  extractByline(blocks, null, lead?.block ?? null);
  extractSignoff(blocks);
};

describe("extractors on hostile input", () => {
  it.each(hostile.map((t, i) => [i, t]))("case %i stays linear", (i, text) => {
    const t = String(text);
    const ordinary = ordinaryText(t.length);
    expectNoBlowUp(`case ${i}`, runAll([{ text: t }, { text: t }]), runAll([{ text: ordinary }, { text: ordinary }]));
  });

  it("handles many blocks in linear time", () => {
    const blocks: Block[] = Array.from({ length: 20_000 }, (_, i) => ({
      text: i % 2 ? "(Reporting by Jane Doe; Editing by John Roe)" : "MOSCOW (Reuters) - By Jane Doe Enditem",
    }));
    const ordinary: Block[] = Array.from({ length: 20_000 }, () => ({ text: ordinaryText(40) }));
    expectNoBlowUp("20,000 blocks", runAll(blocks), runAll(ordinary));
  });
});
