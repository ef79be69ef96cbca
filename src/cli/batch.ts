// A batch is a stream of items in input order: a job to run, or an outcome already known (an input
// that could not even be read as a job, such as a missing file or a bad NDJSON line). Files are read a
// few at a time ahead of the parser, so that it never waits on the disk. Items run in this thread, one
// at a time, or in the worker pool (pool.ts).

import type { FormatOption } from "../read/sniff.js";
import { displayName, readInput, STDIN } from "./inputs.js";
import { type Job, type Outcome, runJob } from "./jobs.js";
import { ndjsonRecords } from "./ndjson-input.js";
import { idKey } from "./out-names.js";
import { failure } from "./records.js";
import type { InputFile } from "./walk.js";

/** How many files are being read at once, ahead of the one being parsed. */
export const READ_AHEAD = 16;

/**
 * The name an input goes by in messages (its path, "(stdin)", or "path:line" for NDJSON) and its output
 * name under --output-dir, with its job or outcome.
 */
export type BatchItem = { name: string; outKey: string } & (
  | { job: Job; ready?: undefined }
  | { job?: undefined; ready: Outcome }
);

export type NamedOutcome = Outcome & { name: string; outKey: string };

/** How many inputs a batch has, once all are known. */
export interface InputCount {
  found: number;
  complete: boolean;
}

/** Whole inputs, each read into bytes (up to READ_AHEAD of them at once), in input order. */
export async function* fileItems(
  inputs: AsyncIterable<InputFile>,
  format: FormatOption,
  maxBytes: number,
): AsyncGenerator<BatchItem> {
  const load = async ({ path, outKey }: InputFile): Promise<BatchItem> => {
    const name = displayName(path);
    const source = path === STDIN ? null : path;
    try {
      return { name, outKey, job: { kind: "bytes", bytes: await readInput(path, maxBytes), format, path: source } };
    } catch (error) {
      return { name, outKey, ready: { failure: failure(error, source, null) } };
    }
  };
  const source = inputs[Symbol.asyncIterator]();
  const reading: Promise<BatchItem>[] = [];
  let exhausted = false;
  try {
    for (;;) {
      while (!exhausted && reading.length < READ_AHEAD) {
        const next = await source.next();
        if (next.done) exhausted = true;
        else reading.push(load(next.value));
      }
      const item = reading.shift();
      if (!item) return;
      yield await item;
    }
  } finally {
    await source.return?.();
  }
}

/** Every line of every input as one record. */
export async function* ndjsonItems(
  inputs: AsyncIterable<InputFile>,
  maxBytes: number,
  count: InputCount,
): AsyncGenerator<BatchItem> {
  for await (const input of inputs) {
    const name = displayName(input.path);
    const path = input.path === STDIN ? null : input.path;
    try {
      for await (const { line, record, error, id } of ndjsonRecords(input.path, maxBytes)) {
        count.found++;
        const outKey = idKey(record ? record.id : (id ?? null), line);
        // a bad line's message names the line itself
        if (record) yield { name: `${name}:${line}`, outKey, job: { kind: "record", record, path } };
        else yield { name, outKey, ready: { failure: failure(error, path, id ?? null) } };
      }
    } catch (error) {
      count.found++;
      yield { name, outKey: input.outKey, ready: { failure: failure(error, path, null) } };
    }
  }
  count.complete = true;
}

/** Items run one after another in this thread. */
export async function* runInThread(items: AsyncIterable<BatchItem>): AsyncGenerator<NamedOutcome> {
  for await (const { name, outKey, job, ready } of items) {
    const outcome = ready ?? (await runJob(job));
    yield { ...outcome, name, outKey };
  }
}
