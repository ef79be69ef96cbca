import { describe, expect, it } from "vitest";
import { memoize } from "../../src/read/memo.js";

describe("memoize", () => {
  it("asks the function once per key, null answers included, within its limit", () => {
    const asked: string[] = [];
    const f = memoize((w: string) => {
      asked.push(w);
      return w.length > 3 ? w.toUpperCase() : null;
    }, 3);
    expect([f("by"), f("editing"), f("by"), f("editing")]).toEqual([null, "EDITING", null, "EDITING"]);
    expect(asked).toEqual(["by", "editing"]);
    f("and");
    f("with"); // the fourth key: the memory starts afresh
    f("by");
    expect(asked).toEqual(["by", "editing", "and", "with", "by"]);
  });
});
