// Extractors stay linear on hostile input: long blocks of repeated marks, spaces and near-matches.
import { describe, it } from "vitest";
import { extractByline } from "../../src/extract/byline.js";
import { extractCredits } from "../../src/extract/credits.js";
import { findDateline } from "../../src/extract/dateline.js";
import { extractSignoff } from "../../src/extract/signoff.js";
import type { Block } from "../../src/read/block.js";
import { expectLinearGrowth, repeatTo } from "../timing.js";

const N = 20_000;
/** Hostile blocks of about n characters: repeated marks, spaces and near-matches. */
const hostile: ((n: number) => string)[] = [
  (n) => repeatTo("(AP) - ", n),
  (n) => "(".repeat(n),
  (n) => ")".repeat(n),
  (n) => `${" ".repeat(n)}x`,
  (n) => "a".repeat(n),
  (n) => repeatTo("A, ", n),
  (n) => `By ${repeatTo("Jane ", n)}`,
  (n) => `(Reporting by ${repeatTo("Jane Doe in Oslo, ", n)})`,
  (n) => repeatTo("x@y", n, ")"),
  (n) => repeatTo("ab/", n, "cd"),
  (n) => repeatTo("-- ", n, "BERNAMA"),
  (n) => repeatTo("Reporting by ", n),
  (n) => `MOSCOW${" ".repeat(n)}(Reuters) -`,
  (n) => repeatTo("To contact the reporter on this story: ", n),
  (n) => `Editing by ${repeatTo("and ", n)})`,
];

const runAll = (blocks: Block[]) => () => {
  const lead = findDateline(blocks);
  extractCredits(blocks);
  extractByline(blocks, null, lead?.block ?? null);
  extractSignoff(blocks);
};

describe("extractors on hostile input", () => {
  it.each(hostile.map((make, i) => [i, make] as const))("case %i stays linear", (i, make) => {
    expectLinearGrowth(
      `case ${i}`,
      (n) => {
        const text = make(n);
        return runAll([{ text }, { text }]);
      },
      N,
    );
  });

  it("handles many blocks in linear time", () => {
    const wire = ["(Reporting by Jane Doe; Editing by John Roe)", "MOSCOW (Reuters) - By Jane Doe Enditem"];
    expectLinearGrowth(
      "many short blocks",
      (n) => runAll(Array.from({ length: n }, (_, i): Block => ({ text: wire[i % 2] }))),
      2_000,
    );
  });
});
