// The unit of batch work: one input to parse, wherever its text comes from (a file, read by the worker
// thread that parses it; bytes, read ahead by the batch or from standard input; or one record of an
// NDJSON stream). A job yields one outcome: the Story, or the
// failure record that stands in for it.
import { parse } from "../index.js";
import type { FormatOption } from "../read/sniff.js";
import type { Story } from "../story.js";
import { heapPolicyFor } from "./heap-policy.js";
import { readFileNow } from "./inputs.js";
import type { NdjsonRecord } from "./ndjson-input.js";
import { type Failure, failure } from "./records.js";
import { regexpPolicyFor } from "./regexp-policy.js";

export type Outcome =
  | { story: Story; rendered?: undefined; failure?: undefined }
  /** A Story a worker rendered already (renderings.ts). */
  | { story?: undefined; rendered: string; failure?: undefined }
  | { story?: undefined; rendered?: undefined; failure: Failure };

export type Job =
  | { kind: "file"; path: string; format: FormatOption; maxBytes: number }
  | { kind: "bytes"; bytes: Uint8Array; format: FormatOption; path: string | null }
  | { kind: "record"; record: NdjsonRecord; path: string | null };

/** Where the job's input came from, as reported in source.path and source.id. */
export function jobSource(job: Job): { path: string | null; id: string | null } {
  switch (job.kind) {
    case "file":
    case "bytes":
      return { path: job.path, id: null };
    case "record":
      return { path: job.path, id: job.record.id };
  }
}

export async function runJob(job: Job): Promise<Outcome> {
  const { path, id } = jobSource(job);
  try {
    switch (job.kind) {
      case "file": {
        const bytes = readFileNow(job.path, job.maxBytes);
        heapPolicyFor(bytes.length);
        regexpPolicyFor(bytes.length);
        return { story: await parse(bytes, { format: job.format, path }) };
      }
      case "bytes":
        heapPolicyFor(job.bytes.length);
        regexpPolicyFor(job.bytes.length);
        return { story: await parse(job.bytes, { format: job.format, path }) };
      case "record": {
        const { content, format, meta } = job.record;
        heapPolicyFor(content.length);
        regexpPolicyFor(content.length);
        return { story: await parse(content, { format, path, id, meta }) };
      }
    }
  } catch (error) {
    return { failure: failure(error, path, id) };
  }
}
