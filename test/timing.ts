// Linear-time checks that hold on a busy machine: hostile input is timed against ordinary input of
// the same size, in the same process, and only a blow-up (quadratic or worse) fails.
import { expect } from "vitest";

/** A loose bound: linear code stays within a small factor of its ordinary-input cost. */
export const MAX_RATIO = 50;

/** Milliseconds a call takes, best of `runs` (one busy moment of the machine does not count). */
export function timeOf(fn: () => unknown, runs = 2): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

const PROSE = "The council met on Monday and said the bridge would close, officials said. ";
const QUOTED = '"We will rebuild it," the mayor said. "It will take a year." ';

/** Ordinary news prose of about `size` characters; `quoted`: dense with attributed quotes. */
export function ordinaryText(size: number, quoted = false): string {
  const sentence = quoted ? QUOTED : PROSE;
  return sentence.repeat(Math.ceil(size / sentence.length)).slice(0, size);
}

/** The hostile call costs at most MAX_RATIO times the ordinary one (which counts as at least 5 ms). */
export function expectNoBlowUp(label: string, hostile: () => unknown, ordinary: () => unknown): void {
  ordinary(); // warm up the code paths and the regular expressions
  const base = Math.max(timeOf(ordinary), 5);
  const ms = timeOf(hostile);
  expect(ms / base, `${label}: ${ms.toFixed(0)} ms against ${base.toFixed(0)} ms for ordinary input`).toBeLessThan(
    MAX_RATIO,
  );
}
