// Golden tests: every sample story (samples/*.txt|html) parses exactly to its test/golden/*.expected.json
// (kept here, not beside the samples, so that `wirestory samples/*` parses only stories).
// After an intended change of output, regenerate with `WIRESTORY_UPDATE_GOLDEN=1 npx vitest run
// test/golden.test.ts` and review the diff of the expected files before committing them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { GOLDEN, SAMPLES } from "./helpers.js";

const update = process.env.WIRESTORY_UPDATE_GOLDEN === "1";
const inputs = readdirSync(SAMPLES).filter((f) => /\.(txt|html)$/.test(f));

describe("golden samples", () => {
  it("covers a page copy, an HTML page and the wire styles", () => {
    for (const style of ["portal-page-copy", "news-page", "reuters", "ap", "afp", "xinhua", "bloomberg"]) {
      expect(
        inputs.some((f) => f.startsWith(style)),
        style,
      ).toBe(true);
    }
  });

  it("keeps only stories in samples/, and no golden output without its sample", () => {
    expect(readdirSync(SAMPLES).filter((f) => !inputs.includes(f))).toEqual([]);
    const expected = readdirSync(GOLDEN).filter((f) => f.endsWith(".expected.json"));
    expect(expected.sort()).toEqual(inputs.map(expectedName).sort());
  });

  for (const input of inputs) {
    it(`parses ${input} as expected`, async () => {
      const bytes = readFileSync(join(SAMPLES, input));
      const story = await parse(bytes, { path: `samples/${input}` });
      const expectedPath = join(GOLDEN, expectedName(input));
      if (update) writeFileSync(expectedPath, `${JSON.stringify(story, null, 2)}\n`);
      expect(existsSync(expectedPath), `missing ${expectedPath}`).toBe(true);
      expect(story).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});

function expectedName(input: string): string {
  return input.replace(/\.(txt|html)$/, ".expected.json");
}
