// A batch is a stream of items in input order: a job to run, or an outcome already known (an input
// that could not even be read as a job, such as a bad NDJSON line). Items run in this thread, one at a
// time, files read a few at a time ahead of the parser so that it never waits on the disk; or in the
// worker pool (pool.ts), where each worker reads its file itself.

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

/** Whole inputs: files by path (read where they are parsed), standard input read here. */
export async function* fileItems(
  inputs: AsyncIterable<InputFile>,
  format: FormatOption,
  maxBytes: number,
): AsyncGenerator<BatchItem> {
  for await (const { path, outKey } of inputs) {
    const name = displayName(path);
    if (path !== STDIN) {
      yield { name, outKey, job: { kind: "file", path, format, maxBytes } };
      continue;
    }
    try {
      yield { name, outKey, job: { kind: "bytes", bytes: await readInput(STDIN, maxBytes), format, path: null } };
    } catch (error) {
      yield { name, outKey, ready: { failure: failure(error, null, null) } };
    }
  }
}

/**
 * Files read into bytes ahead of the parser in this thread, up to READ_AHEAD at once, so that it never
 * waits on the disk; items come out in the same order.
 */
export async function* readAhead(items: AsyncIterable<BatchItem>): AsyncGenerator<BatchItem> {
  const load = async (item: BatchItem): Promise<BatchItem> => {
    const job = item.job;
    if (job?.kind !== "file") return item;
    try {
      const bytes = await readInput(job.path, job.maxBytes);
      return {
        name: item.name,
        outKey: item.outKey,
        job: { kind: "bytes", bytes, format: job.format, path: job.path },
      };
    } catch (error) {
      return { name: item.name, outKey: item.outKey, ready: { failure: failure(error, job.path, null) } };
    }
  };
  const source = items[Symbol.asyncIterator]();
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

/** Items run one after another in this thread, files read ahead. */
export async function* runInThread(items: AsyncIterable<BatchItem>): AsyncGenerator<NamedOutcome> {
  for await (const { name, outKey, job, ready } of readAhead(items)) {
    const outcome = ready ?? (await runJob(job));
    yield { ...outcome, name, outKey };
  }
}
