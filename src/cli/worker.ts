// A worker thread of `--jobs`: parses the inputs it is sent and posts back each outcome.
import { parentPort } from "node:worker_threads";
import { type ParseInputOptions, parseInput } from "./parse-input.js";

export interface Task {
  index: number;
  input: string;
  options: ParseInputOptions;
}

parentPort?.on("message", async ({ index, input, options }: Task) => {
  parentPort?.postMessage({ index, outcome: await parseInput(input, options) });
});
