// Golden tests: every sample story (samples/*.txt|html) parses exactly to its samples/*.expected.json.
// After an intended change of output, regenerate with `WIRESTORY_UPDATE_GOLDEN=1 npx vitest run
// test/golden.test.ts` and review the diff of the expected files before committing them.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";
import { SAMPLES } from "./helpers.js";

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

  for (const input of inputs) {
    it(`parses ${input} as expected`, async () => {
      const bytes = readFileSync(join(SAMPLES, input));
      const story = await parse(bytes, { path: `samples/${input}` });
      const expectedPath = join(SAMPLES, expectedName(input));
      if (update) writeFileSync(expectedPath, `${JSON.stringify(story, null, 2)}\n`);
      expect(existsSync(expectedPath), `missing ${expectedPath}`).toBe(true);
      expect(story).toEqual(JSON.parse(readFileSync(expectedPath, "utf8")));
    });
  }
});

function expectedName(input: string): string {
  return input.replace(/\.(txt|html)$/, ".expected.json");
}
