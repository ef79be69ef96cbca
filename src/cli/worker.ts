// A worker thread of the batch pool: runs the jobs it is sent and posts back each outcome.
import { parentPort } from "node:worker_threads";
import { type Job, runJob } from "./jobs.js";

export interface Task {
  index: number;
  job: Job;
}

parentPort?.on("message", async ({ index, job }: Task) => {
  parentPort?.postMessage({ index, outcome: await runJob(job) });
});

// loaded: the pool may send work now, and a time limit counts from here on
parentPort?.postMessage({ ready: true });
