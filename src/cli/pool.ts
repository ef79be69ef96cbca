// Batch items run in worker threads (--jobs, --timeout), outcomes handed back in input order.
//
//   items -> this thread: the worker with the shortest queue gets the next job (a file's path, not its
//            bytes), up to QUEUE_DEPTH queued per worker
//         -> workers: run their queue in order, post each outcome back rendered (one string)
//         -> outcomes, in input order
//
// A worker holds the next job while it runs one, so it does not wait a round trip to this thread between
// two stories. A job's time limit counts from when it reaches the head of its worker's queue. A job over
// the time limit, or one that crashes its worker, costs only that worker: it is replaced, the job gets its
// error record, and the job queued behind it goes to the new worker. Only a bounded number of items is
// read ahead, so memory stays flat on batches of any size.
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import { WirestoryError } from "../errors.js";
import type { BatchItem, NamedOutcome } from "./batch.js";
import { type Job, jobSource, type Outcome } from "./jobs.js";
import { failure } from "./records.js";
import { regexpOptimisationOn } from "./regexp-policy.js";
import type { Rendering } from "./renderings.js";
import type { Task } from "./worker.js";

/**
 * Jobs sent to a worker ahead of their outcomes: the one it runs and the next. Deeper queues measured no
 * faster, and a job queued behind a slow one waits for it while other workers may be idle.
 */
export const QUEUE_DEPTH = 2;
/** Items read ahead of the next outcome to hand back, per worker. */
const READ_AHEAD_PER_WORKER = 8;

/**
 * V8 optimises a function once it has run bytecode worth this budget (its default is 67,584). Every
 * isolate optimises the library's hot functions for itself, on background threads: with one thread
 * parsing, that happens on an idle core, but with every core parsing it takes turns with them, and a
 * batch of 2,000 short stories spent nearly a third of its CPU time on those threads. A budget
 * 16 times larger optimises only what stays hot: measured on 2 cores, compile threads 2.5 s -> 0.4 s of
 * CPU, parsing threads unchanged. Set for pools of 2 workers or more (one worker leaves a core to the
 * compiler); process-wide, this thread too from then on; output is the same.
 */
const POOL_INTERRUPT_BUDGET = 67_584 * 16;

export interface PoolOptions {
  /** Worker threads. */
  jobs: number;
  /** Milliseconds a job may run, or null for no limit. */
  timeoutMs: number | null;
  workerUrl: URL;
  /** The rendering successful records come back in (renderings.ts), or null for Story objects. */
  rendering: Rendering | null;
  /** Told of every message sent to or received from a worker (tests count them). */
  onMessage?: (direction: "sent" | "received") => void;
}

interface Queued {
  index: number;
  job: Job;
}

interface Slot {
  worker: Worker;
  /** The worker has loaded: the head of its queue is running. */
  ready: boolean;
  /** Jobs sent, in the order the worker runs them. */
  queue: Queued[];
  /** The time limit of the head of the queue. */
  timer: NodeJS.Timeout | null;
}

type FromWorker = { ready: true } | { index: number; outcome: Outcome };

export async function* runInPool(items: AsyncIterable<BatchItem>, options: PoolOptions): AsyncGenerator<NamedOutcome> {
  if (options.jobs > 1) {
    setFlagsFromString(`--interrupt-budget=${POOL_INTERRUPT_BUDGET}`);
    regexpOptimisationOn();
  }
  const done = new Map<number, Outcome>();
  const names = new Map<number, { name: string; outKey: string }>();
  const counted = options.onMessage ?? (() => {});
  let wake: (() => void) | null = null;
  const notify = () => wake?.();

  const arm = (slot: Slot) => {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (options.timeoutMs !== null && slot.ready && slot.queue.length > 0)
      slot.timer = setTimeout(() => giveUp(slot), options.timeoutMs);
  };
  const send = (slot: Slot, queued: Queued) => {
    slot.queue.push(queued);
    slot.worker.postMessage({ index: queued.index, job: queued.job, rendering: options.rendering } satisfies Task);
    counted("sent");
    if (slot.queue.length === 1) arm(slot);
  };
  const start = (slot: Slot) => {
    const worker = new Worker(options.workerUrl);
    slot.worker = worker;
    slot.ready = false;
    worker.on("message", (message: FromWorker) => {
      if (slot.worker !== worker) return;
      counted("received");
      if ("outcome" in message) {
        slot.queue = slot.queue.filter((q) => q.index !== message.index);
        done.set(message.index, message.outcome);
      } else slot.ready = true;
      arm(slot);
      notify();
    });
    worker.on("error", (error) => {
      if (slot.worker !== worker || slot.queue.length === 0) return;
      replace(slot, error);
    });
  };
  /** A new worker in the slot: the job at the head of the queue fails, the rest go to the new worker. */
  const replace = (slot: Slot, error: unknown) => {
    const [head, ...rest] = slot.queue;
    const stale = slot.worker;
    slot.queue = [];
    arm(slot);
    start(slot);
    void stale.terminate();
    if (head) {
      const { path, id } = jobSource(head.job);
      done.set(head.index, { failure: failure(error, path, id) });
    }
    for (const queued of rest) send(slot, queued);
    notify();
  };
  const giveUp = (slot: Slot) => {
    const seconds = (options.timeoutMs ?? 0) / 1000;
    const error = new WirestoryError("timeout", `gave up after ${seconds} s (--timeout)`);
    replace(slot, error);
  };

  const slots: Slot[] = Array.from({ length: options.jobs }, () => ({
    worker: null as unknown as Worker,
    ready: false,
    queue: [],
    timer: null,
  }));
  for (const slot of slots) start(slot);

  const source = items[Symbol.asyncIterator]();
  const limit = options.jobs * READ_AHEAD_PER_WORKER;
  let read = 0; // items read from the source
  let next = 0; // the next outcome to hand back
  let exhausted = false;
  /** The next job from the source within the read-ahead bound, or null; outcomes known already go to `done`. */
  const take = async (): Promise<Queued | null> => {
    while (!exhausted && read - next < limit) {
      const item = await source.next();
      if (item.done) {
        exhausted = true;
        break;
      }
      const index = read++;
      names.set(index, { name: item.value.name, outKey: item.value.outKey });
      if (item.value.ready) done.set(index, item.value.ready);
      else return { index, job: item.value.job };
    }
    return null;
  };
  /** The worker with the shortest queue, if it has room. */
  const roomy = () => {
    const slot = slots.reduce((a, b) => (b.queue.length < a.queue.length ? b : a));
    return slot.queue.length < QUEUE_DEPTH ? slot : undefined;
  };
  try {
    for (;;) {
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
      for (let slot = roomy(); slot; slot = roomy()) {
        const queued = await take();
        if (!queued) break;
        send(slot, queued);
      }
      if (done.has(next) || (exhausted && next >= read)) continue;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
    }
  } finally {
    for (const slot of slots) if (slot.timer) clearTimeout(slot.timer);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
