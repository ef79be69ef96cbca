// Runs a batch: every input yields exactly one output record (a Story or an error record), in input
// order; each failure is also one line on stderr. Returns the exit code.
import type { FormatOption } from "../read/sniff.js";
import { fileItems, ndjsonItems, runInThread } from "./batch.js";
import { STDIN } from "./inputs.js";
import { type Emit, type Format, jsonWriter, ndjsonWriter, textWriter, type Writer } from "./output.js";
import { runInPool } from "./pool.js";
import type { CliOptions } from "./program.js";
import { terminalSafeLine } from "./terminal-safe.js";

export interface Io {
  out: Emit;
  err: Emit;
  stdoutIsTTY: boolean;
  color: boolean;
  /** Columns of the terminal the pretty view wraps to; null: no wrapping. */
  width: number | null;
  /** The worker script of the batch pool (--jobs, --timeout). */
  workerUrl: URL;
}

export async function runBatch(options: CliOptions, io: Io): Promise<number> {
  const inputs = options.inputs.length ? options.inputs : [STDIN];
  const several = inputs.length > 1 || options.input === "ndjson";
  const format: Format = options.format ?? (io.stdoutIsTTY ? "pretty" : several ? "ndjson" : "json");
  const writer = await makeWriter(format, io, several, options);

  const items =
    options.input === "ndjson"
      ? ndjsonItems(inputs, options.maxBytes)
      : fileItems(inputs, options.input as FormatOption, options.maxBytes);
  const pooled = options.jobs > 1 || options.timeout !== null;
  const outcomes = pooled
    ? runInPool(items, { jobs: options.jobs, timeoutMs: options.timeout, workerUrl: io.workerUrl })
    : runInThread(items);

  let failed = 0;
  for await (const { name, story, failure } of outcomes) {
    if (story) {
      writer.write(story, name);
      continue;
    }
    io.err(`wirestory: ${terminalSafeLine(`${name}: ${failure.record.error.message}`)}\n`);
    if (options.debug && failure.stack) io.err(`${failure.stack}\n`);
    writer.write(failure.record, name);
    failed++;
  }
  writer.end();
  return failed ? 1 : 0;
}

async function makeWriter(format: Format, io: Io, several: boolean, options: CliOptions): Promise<Writer> {
  switch (format) {
    case "json":
      return jsonWriter(io.out, several);
    case "ndjson":
      return ndjsonWriter(io.out);
    case "text":
      return textWriter(io.out, several);
    case "pretty": {
      const { prettyWriter } = await import("./pretty.js");
      return prettyWriter(io.out, several, { color: io.color, width: io.width, showRemoved: options.showRemoved });
    }
    case "html": {
      const { htmlWriter } = await import("./html-writer.js");
      return htmlWriter(io.out, several);
    }
  }
}
