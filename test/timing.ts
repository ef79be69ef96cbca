// Linear-time checks that cannot fail for timing noise. A check runs the same kind of input at two sizes,
// n and 8n, back to back, and takes how much the CPU time this process spends grows between them (user +
// system: other work on the machine delays a call but adds little to its CPU time). Each of up to five rounds
// measures both sizes under the same conditions, and the smallest growth of the rounds counts: a busy
// moment inflates one run of a round, never every round, while a real blow-up shows in every round.
// Linear code grows about 8×; on a loaded machine the longer run meets more cache eviction and context
// switches, which was seen to add up to 3×; quadratic code grows 64× and fails at 32×. Tiny inputs are
// scaled up until the smaller run costs enough CPU to be measured.
import { expect } from "vitest";

/** How much larger the second input is than the first. */
export const GROWTH = 8;
/** The largest cost growth accepted for GROWTH × the input: linear is ~8, quadratic ~64. */
export const MAX_GROWTH = 32;
/** The smaller run must cost at least this much CPU for a growth to mean anything. */
const MIN_CPU_MS = 20;
/** How often the size may double while looking for a measurable smaller run. */
const MAX_DOUBLINGS = 6;
const ROUNDS = 5;

/** CPU milliseconds (user + system) this process spends in `fn`. */
export function cpuMsOf(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** A call to measure on an input of about `size` units (characters, blocks, nesting levels). */
export type Build = (size: number) => () => unknown;

/**
 * `build(size)` makes an input of about `size` units and returns the call to measure. From size to
 * GROWTH × size, the call's CPU cost grows less than MAX_GROWTH × in at least one of ROUNDS rounds.
 */
export function expectLinearGrowth(label: string, build: Build, size: number): void {
  let n = size;
  let small = build(n);
  small(); // warm up the code paths and the regular expressions
  const smallestOfTwo = () => Math.min(cpuMsOf(small), cpuMsOf(small));
  for (let i = 0; i < MAX_DOUBLINGS && smallestOfTwo() < MIN_CPU_MS; i++) {
    n *= 2;
    small = build(n);
    small();
  }
  const large = build(n * GROWTH);
  let least = Number.POSITIVE_INFINITY;
  let seen = "";
  for (let round = 0; round < ROUNDS && least >= MAX_GROWTH; round++) {
    const smallMs = Math.max(cpuMsOf(small), MIN_CPU_MS / 2);
    const largeMs = cpuMsOf(large);
    least = Math.min(least, largeMs / smallMs);
    seen += ` ${largeMs.toFixed(0)}/${smallMs.toFixed(0)} ms`;
    if (least >= 2 * MAX_GROWTH) break; // a blow-up: load was never seen to add that much
  }
  expect(least, `${label}: CPU at size ${n * GROWTH} against size ${n}:${seen}`).toBeLessThan(MAX_GROWTH);
}

/** `unit` repeated to about `size` characters, then `tail`. */
export function repeatTo(unit: string, size: number, tail = ""): string {
  return unit.repeat(Math.max(1, Math.round(size / unit.length))) + tail;
}
