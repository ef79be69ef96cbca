// Linear-time checks that hold on a busy machine: hostile input is measured against ordinary input of the
// same size, in the same process, and only a blow-up (quadratic or worse) fails. What is measured is the
// CPU time this process spends in the call (user + system), not wall-clock time: other work loading the
// machine delays a call but does not add to its CPU time, so a busy CI cannot fail a check.
import { expect } from "vitest";

/** A loose bound: linear code stays within a small factor of its ordinary-input cost. */
export const MAX_RATIO = 50;

/** CPU milliseconds (user + system) this process spends in a call, best of `runs`. */
export function cpuMsOf(fn: () => unknown, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1000);
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
  const base = Math.max(cpuMsOf(ordinary), 5);
  const ms = cpuMsOf(hostile);
  expect(
    ms / base,
    `${label}: ${ms.toFixed(0)} ms of CPU against ${base.toFixed(0)} ms for ordinary input`,
  ).toBeLessThan(MAX_RATIO);
}
