// A worker thread of the batch pool: runs the jobs it is sent and posts back each outcome, a Story in
// the rendering the writer asked for (one string to copy across, not a tree of objects).
import { parentPort } from "node:worker_threads";
import { type Job, type Outcome, runJob } from "./jobs.js";
import { RENDERINGS, type Rendering } from "./renderings.js";

export interface Task {
  index: number;
  job: Job;
  rendering: Rendering | null;
}

parentPort?.on("message", async ({ index, job, rendering }: Task) => {
  const outcome: Outcome = await runJob(job);
  const sent = outcome.story && rendering ? { rendered: RENDERINGS[rendering](outcome.story) } : outcome;
  parentPort?.postMessage({ index, outcome: sent });
});

// loaded: the pool may send work now, and a time limit counts from here on
parentPort?.postMessage({ ready: true });
