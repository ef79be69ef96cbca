// `--jobs N`: inputs parsed by N worker threads, outcomes handed back in input order. Each task goes
// to the least busy worker, and only a few tasks per worker are in flight, so memory stays flat on
// batches of any size.
import { Worker } from "node:worker_threads";
import type { Outcome, ParseInputOptions } from "./parse-input.js";
import type { Task } from "./worker.js";

const IN_FLIGHT_PER_WORKER = 4;

export async function* parseInPool(
  inputs: readonly string[],
  options: ParseInputOptions,
  jobs: number,
  workerUrl: URL,
): AsyncGenerator<Outcome> {
  const workers = Array.from({ length: Math.min(jobs, inputs.length) }, () => new Worker(workerUrl));
  const busy = workers.map(() => 0);
  const done = new Map<number, Outcome>();
  let wake: (() => void) | null = null;
  let crashed: Error | null = null;
  workers.forEach((worker, w) => {
    worker.on("message", ({ index, outcome }: { index: number; outcome: Outcome }) => {
      busy[w]--;
      done.set(index, outcome);
      wake?.();
    });
    worker.on("error", (error) => {
      crashed = error;
      wake?.();
    });
  });

  let next = 0; // the next outcome to hand back
  let sent = 0;
  const send = () => {
    while (sent < inputs.length && sent - next < workers.length * IN_FLIGHT_PER_WORKER) {
      const w = busy.indexOf(Math.min(...busy));
      const task: Task = { index: sent, input: inputs[sent], options };
      workers[w].postMessage(task);
      busy[w]++;
      sent++;
    }
  };
  try {
    send();
    while (next < inputs.length) {
      const outcome = done.get(next);
      if (!outcome) {
        if (crashed) throw crashed;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
        continue;
      }
      done.delete(next);
      next++;
      send();
      yield outcome;
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
