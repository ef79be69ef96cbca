// A batch is a stream of items in input order: a job to run, or an outcome already known (an input
// that could not even be read as a job, such as a bad NDJSON line). Items run in this thread, one at
// a time, or in the worker pool.

import type { FormatOption } from "../read/sniff.js";
import { displayName, readInput, STDIN } from "./inputs.js";
import { type Job, type Outcome, runJob } from "./jobs.js";
import { ndjsonRecords } from "./ndjson-input.js";
import { failure } from "./records.js";

/** The name an input goes by in messages (its path, "(stdin)", or "path:line" for NDJSON), with its job or outcome. */
export type BatchItem = { name: string } & ({ job: Job; ready?: undefined } | { job?: undefined; ready: Outcome });

export type NamedOutcome = Outcome & { name: string };

/** Whole inputs: files by path; standard input read here, so that a worker can parse its bytes. */
export async function* fileItems(
  inputs: readonly string[],
  format: FormatOption,
  maxBytes: number,
): AsyncGenerator<BatchItem> {
  for (const input of inputs) {
    const name = displayName(input);
    if (input !== STDIN) {
      yield { name, job: { kind: "file", path: input, format, maxBytes } };
      continue;
    }
    try {
      yield { name, job: { kind: "bytes", bytes: await readInput(STDIN, maxBytes), format } };
    } catch (error) {
      yield { name, ready: { failure: failure(error, null, null) } };
    }
  }
}

/** Every line of every input as one record. */
export async function* ndjsonItems(inputs: readonly string[], maxBytes: number): AsyncGenerator<BatchItem> {
  for (const input of inputs) {
    const name = displayName(input);
    const path = input === STDIN ? null : input;
    try {
      for await (const { line, record, error, id } of ndjsonRecords(input, maxBytes)) {
        // a bad line's message names the line itself
        if (record) yield { name: `${name}:${line}`, job: { kind: "record", record, path } };
        else yield { name, ready: { failure: failure(error, path, id ?? null) } };
      }
    } catch (error) {
      yield { name, ready: { failure: failure(error, path, null) } };
    }
  }
}

/** Items run one after another in this thread. */
export async function* runInThread(items: AsyncIterable<BatchItem>): AsyncGenerator<NamedOutcome> {
  for await (const { name, job, ready } of items) {
    const outcome = ready ?? (await runJob(job));
    yield { ...outcome, name };
  }
}
