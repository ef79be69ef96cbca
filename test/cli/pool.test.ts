// The worker pool's bookkeeping, with a scripted worker (fixtures/scripted-worker.mjs) in place of the
// parser: messages per job, jobs queued ahead in each worker, input order, and what a crash or a time
// limit costs. Counts only; no time is asserted.
import { describe, expect, it } from "vitest";
import type { BatchItem, NamedOutcome } from "../../src/cli/batch.js";
import { QUEUE_DEPTH, runInPool } from "../../src/cli/pool.js";

const workerUrl = new URL("./fixtures/scripted-worker.mjs", import.meta.url);

async function* itemsOf(paths: string[]): AsyncGenerator<BatchItem> {
  for (const path of paths) {
    yield { name: path, outKey: path, job: { kind: "file", path, format: "auto", maxBytes: 1 << 20 } };
  }
}

async function run(paths: string[], jobs: number, timeoutMs: number | null = null) {
  const counts = { sent: 0, received: 0 };
  const outcomes: NamedOutcome[] = [];
  const pool = runInPool(itemsOf(paths), {
    jobs,
    timeoutMs,
    workerUrl,
    rendering: "compact",
    onMessage: (direction) => counts[direction]++,
  });
  for await (const outcome of pool) outcomes.push(outcome);
  return { counts, outcomes };
}

/** What each outcome says: the path and how many jobs were waiting in its worker, or the error code. */
function said(outcome: NamedOutcome): string {
  return outcome.failure ? `${outcome.name}: ${outcome.failure.record.error.code}` : (outcome.rendered ?? "");
}

describe("worker pool", () => {
  it("sends one message per job and gets one back, plus one 'ready' per worker, in input order", async () => {
    const paths = Array.from({ length: 60 }, (_, i) => `story-${i}`);
    const { counts, outcomes } = await run(paths, 2);
    expect(outcomes.map((o) => o.name)).toEqual(paths);
    expect(counts).toEqual({ sent: 60, received: 60 + 2 });
  });

  it("keeps the next job queued in each worker while it runs one", async () => {
    const paths = Array.from({ length: 40 }, (_, i) => `story-${i}`);
    const { outcomes } = await run(paths, 2);
    const queued = outcomes.map((o) => Number(said(o).split(" ")[1]));
    expect(Math.max(...queued)).toBe(QUEUE_DEPTH);
    // with a queue of one, a worker would wait a round trip between any two jobs
    expect(queued.filter((n) => n >= 2).length).toBeGreaterThan(paths.length / 2);
  });

  it("gives a crashed worker's job an error record and runs the job queued behind it in a new worker", async () => {
    const paths = ["a", "b", "crash:c", "d", "e", "f", "crash:g", "h"];
    const { outcomes } = await run(paths, 1);
    expect(outcomes.map((o) => o.name)).toEqual(paths);
    expect(outcomes.map((o) => (o.failure ? o.failure.record.error.code : "ok"))).toEqual([
      "ok",
      "ok",
      "internal",
      "ok",
      "ok",
      "ok",
      "internal",
      "ok",
    ]);
  });

  it("gives up on a job over the time limit and goes on with the ones queued behind it", async () => {
    const paths = ["a", "hang:b", "c", "d", "hang:e", "f"];
    const { outcomes } = await run(paths, 2, 1000);
    expect(outcomes.map((o) => o.name)).toEqual(paths);
    expect(outcomes.map((o) => (o.failure ? o.failure.record.error.code : "ok"))).toEqual([
      "ok",
      "timeout",
      "ok",
      "ok",
      "timeout",
      "ok",
    ]);
  });
});
