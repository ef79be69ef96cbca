// The linear-time check itself: it passes linear work and fails a quadratic blow-up.
import { describe, expect, it } from "vitest";
import { expectLinearGrowth } from "./timing.js";

const linear = (n: number) => () => {
  let sum = 0;
  for (let a = 0; a < n * 200; a++) sum += a % 7;
  return sum;
};

const quadratic = (n: number) => () => {
  let sum = 0;
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) sum += (a ^ b) & 1;
  return sum;
};

describe("expectLinearGrowth", () => {
  it("accepts linear work", () => {
    expectLinearGrowth("linear", linear, 10_000);
  });

  it("rejects quadratic work", () => {
    expect(() => expectLinearGrowth("quadratic", quadratic, 2_000)).toThrow(/CPU at size/);
  });
});
