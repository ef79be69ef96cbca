import { describe, expect, it } from "vitest";
import { mapPacked } from "../../src/read/packed.js";

describe("mapPacked", () => {
  it("maps every item with its index, in order", () => {
    expect(mapPacked(["a", "b", "c"], (s, i) => `${s}${i}`)).toEqual(["a0", "b1", "c2"]);
  });

  it("maps an empty array to a new empty array", () => {
    const empty: number[] = [];
    const out = mapPacked(empty, (n) => n + 1);
    expect(out).toEqual([]);
    expect(out).not.toBe(empty);
  });

  it("leaves no holes, even for undefined results", () => {
    const out = mapPacked([1, 2], () => undefined);
    expect(out.length).toBe(2);
    expect(0 in out && 1 in out).toBe(true);
  });
});
