// Batch items run in worker threads (--jobs, --timeout), outcomes handed back in input order. Each
// worker runs one job at a time; only a bounded number of items is read ahead, so memory stays flat
// on batches of any size. A job over the time limit, or one that crashes its worker, costs only that
// worker: it is replaced and the input gets its error record.
import { Worker } from "node:worker_threads";
import { WirestoryError } from "../errors.js";
import type { BatchItem, NamedOutcome } from "./batch.js";
import { type Job, jobSource, type Outcome } from "./jobs.js";
import { failure } from "./records.js";
import type { Rendering } from "./renderings.js";
import type { Task } from "./worker.js";

const READ_AHEAD_PER_WORKER = 8;

export interface PoolOptions {
  jobs: number;
  /** Milliseconds a job may run, or null for no limit. */
  timeoutMs: number | null;
  workerUrl: URL;
  /** The rendering successful records come back in (renderings.ts), or null for Story objects. */
  rendering: Rendering | null;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded and takes work. */
  ready: boolean;
  /** The item index the worker is on, or null when idle. */
  task: number | null;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

export async function* runInPool(items: AsyncIterable<BatchItem>, options: PoolOptions): AsyncGenerator<NamedOutcome> {
  const done = new Map<number, Outcome>();
  const names = new Map<number, { name: string; outKey: string }>();
  let wake: (() => void) | null = null;
  const notify = () => wake?.();

  const finish = (slot: Slot, outcome: Outcome) => {
    if (slot.task === null) return;
    if (slot.timer) clearTimeout(slot.timer);
    done.set(slot.task, outcome);
    slot.task = null;
    slot.job = null;
    slot.timer = null;
    notify();
  };
  const start = (slot: Slot) => {
    const worker = new Worker(options.workerUrl);
    slot.worker = worker;
    slot.ready = false;
    worker.on("message", (message: { ready: true } | { index: number; outcome: Outcome }) => {
      if (slot.worker !== worker) return;
      if ("outcome" in message) finish(slot, message.outcome);
      else {
        slot.ready = true;
        notify();
      }
    });
    worker.on("error", (error) => {
      if (slot.worker !== worker || slot.job === null) return;
      const { path, id } = jobSource(slot.job);
      finish(slot, { failure: failure(error, path, id) });
      start(slot);
    });
  };
  const giveUp = (slot: Slot) => {
    if (slot.job === null) return;
    const { path, id } = jobSource(slot.job);
    const seconds = (options.timeoutMs ?? 0) / 1000;
    const error = new WirestoryError("timeout", `gave up after ${seconds} s (--timeout)`);
    const stale = slot.worker;
    finish(slot, { failure: failure(error, path, id) });
    start(slot);
    void stale.terminate();
  };

  const slots: Slot[] = Array.from({ length: options.jobs }, () => ({
    worker: null as unknown as Worker,
    ready: false,
    task: null,
    job: null,
    timer: null,
  }));
  for (const slot of slots) start(slot);

  const source = items[Symbol.asyncIterator]();
  let read = 0; // items read from the source
  let next = 0; // the next outcome to hand back
  let exhausted = false;
  try {
    while (!exhausted || next < read) {
      const isIdle = (s: Slot) => s.ready && s.task === null;
      let idle = slots.find(isIdle);
      while (!exhausted && idle && read - next < slots.length * READ_AHEAD_PER_WORKER) {
        const item = await source.next();
        if (item.done) {
          exhausted = true;
          break;
        }
        const index = read++;
        names.set(index, { name: item.value.name, outKey: item.value.outKey });
        if (item.value.ready) {
          done.set(index, item.value.ready);
          continue;
        }
        const job = item.value.job;
        idle.task = index;
        idle.job = job;
        idle.worker.postMessage({ index, job, rendering: options.rendering } satisfies Task);
        const slot = idle;
        if (options.timeoutMs !== null) slot.timer = setTimeout(() => giveUp(slot), options.timeoutMs);
        idle = slots.find(isIdle);
      }
      const outcome = done.get(next);
      if (outcome) {
        done.delete(next);
        const named = names.get(next) ?? { name: "", outKey: "" };
        names.delete(next);
        next++;
        yield { ...outcome, ...named };
        continue;
      }
      if (exhausted && next >= read) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
        if (done.has(next)) resolve();
      });
      wake = null;
    }
  } finally {
    for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
