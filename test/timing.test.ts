// The linear-time check itself: it passes linear work and fails a quadratic blow-up of the same input size.
import { describe, expect, it } from "vitest";
import { expectNoBlowUp } from "./timing.js";

const SIZE = 30_000;
const items = Array.from({ length: SIZE }, (_, i) => i);

function linear(): number {
  let sum = 0;
  for (const a of items) sum += a % 7;
  return sum;
}

function quadratic(): number {
  let sum = 0;
  for (const a of items) for (const b of items) sum += (a ^ b) & 1;
  return sum;
}

describe("expectNoBlowUp", () => {
  it("accepts linear work", () => {
    expectNoBlowUp("linear", linear, linear);
  });

  it("rejects quadratic work on the same input", () => {
    expect(() => expectNoBlowUp("quadratic", quadratic, linear)).toThrow(/ms of CPU/);
  });
});
