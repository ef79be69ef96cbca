// A worker thread of the batch pool: runs the jobs it is sent one at a time, in the order they came (the
// pool keeps a few queued here), and posts back each outcome, a Story in the rendering the writer asked
// for (one string to copy across, not a tree of objects).
import { parentPort } from "node:worker_threads";
import { type Job, type Outcome, runJob } from "./jobs.js";
import { RENDERINGS, type Rendering } from "./renderings.js";

export interface Task {
  index: number;
  job: Job;
  rendering: Rendering | null;
}

const tasks: Task[] = [];
let running = false;

/**
 * One job per turn of the event loop: a message callback that ran every queued job would keep the loop
 * from V8's own tasks (garbage collection steps, among them) for as long as new jobs keep coming.
 */
async function runNext(): Promise<void> {
  const task = tasks.shift();
  if (!task) {
    running = false;
    return;
  }
  const outcome: Outcome = await runJob(task.job);
  const sent = outcome.story && task.rendering ? { rendered: RENDERINGS[task.rendering](outcome.story) } : outcome;
  parentPort?.postMessage({ index: task.index, outcome: sent });
  setImmediate(runNext);
}

parentPort?.on("message", (task: Task) => {
  tasks.push(task);
  if (running) return;
  running = true;
  setImmediate(runNext);
});

// loaded: the pool may send work now, and a time limit counts from here on
parentPort?.postMessage({ ready: true });
