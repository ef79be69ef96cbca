// The regexp-compiler policy: the launcher starts a run with V8's regexp optimisation passes off, and the
// CLI turns them back on for a batch, from the second input on, for a long first input, or in a pool of
// workers.
// Counted through the flag calls it makes, not timed.
import { beforeEach, describe, expect, it, vi } from "vitest";

const setFlags = vi.fn();
vi.mock("node:v8", () => ({ setFlagsFromString: setFlags }));

async function freshPolicy() {
  vi.resetModules();
  return await import("../../src/cli/regexp-policy.js");
}

describe("regexp policy", () => {
  beforeEach(() => setFlags.mockClear());

  it("leaves the passes off for a short first input and turns them on once, before the second", async () => {
    const policy = (await freshPolicy()).regexpPolicyFor;
    policy(2_000);
    expect(setFlags).not.toHaveBeenCalled();
    policy(2_000);
    expect(setFlags.mock.calls).toEqual([["--regexp-optimization"]]);
    for (let i = 0; i < 5; i++) policy(2_000);
    expect(setFlags).toHaveBeenCalledTimes(1);
  });

  it("turns them on before a long first input", async () => {
    const policy = (await freshPolicy()).regexpPolicyFor;
    policy(5_000_000);
    expect(setFlags.mock.calls).toEqual([["--regexp-optimization"]]);
  });

  it("turns them on before the first story of a batch, and leaves a one-story run alone", async () => {
    const one = await freshPolicy();
    one.regexpPolicyForRun(false);
    expect(setFlags).not.toHaveBeenCalled();
    const batch = await freshPolicy();
    batch.regexpPolicyForRun(true);
    expect(setFlags.mock.calls).toEqual([["--regexp-optimization"]]);
    batch.regexpPolicyFor(2_000);
    batch.regexpPolicyFor(2_000);
    expect(setFlags).toHaveBeenCalledTimes(1);
  });

  it("turns them on for a pool of workers, once, whatever the inputs", async () => {
    const { regexpOptimisationOn, regexpPolicyFor } = await freshPolicy();
    regexpOptimisationOn();
    regexpPolicyFor(2_000);
    regexpPolicyFor(2_000);
    expect(setFlags.mock.calls).toEqual([["--regexp-optimization"]]);
  });
});
