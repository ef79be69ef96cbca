// Runs a batch: every input yields exactly one output record (a Story or an error record), in input
// order; each failure is also one line on stderr. Returns the exit code.
import { parse } from "../index.js";
import type { FormatOption } from "../read/sniff.js";
import { displayName, STDIN } from "./inputs.js";
import { ndjsonRecords } from "./ndjson-input.js";
import { type Emit, type Format, jsonWriter, ndjsonWriter, textWriter, type Writer } from "./output.js";
import { type Outcome, parseInput } from "./parse-input.js";
import { parseInPool } from "./pool.js";
import type { CliOptions } from "./program.js";
import { failure } from "./records.js";

export interface Io {
  out: Emit;
  err: Emit;
  stdoutIsTTY: boolean;
  color: boolean;
  /** The worker script for --jobs. */
  workerUrl: URL;
}

/** An outcome with the name its input goes by in messages. */
type Named = Outcome & { name: string };

export async function runBatch(options: CliOptions, io: Io): Promise<number> {
  const inputs = options.inputs.length ? options.inputs : [STDIN];
  const several = inputs.length > 1 || options.input === "ndjson";
  const format: Format = options.format ?? (io.stdoutIsTTY ? "pretty" : several ? "ndjson" : "json");
  const writer = await makeWriter(format, io, several);
  let failed = 0;
  for await (const { name, story, failure } of outcomes(inputs, options, io)) {
    if (story) {
      writer.write(story, name);
      continue;
    }
    io.err(`wirestory: ${name}: ${failure.record.error.message}\n`);
    if (options.debug && failure.stack) io.err(`${failure.stack}\n`);
    writer.write(failure.record, name);
    failed++;
  }
  writer.end();
  return failed ? 1 : 0;
}

/** The outcomes of all inputs, in input order: records of NDJSON inputs, or whole files (in workers with --jobs). */
async function* outcomes(inputs: string[], options: CliOptions, io: Io): AsyncGenerator<Named> {
  if (options.input === "ndjson") {
    for (const input of inputs) yield* ndjsonOutcomes(input, options.maxBytes);
    return;
  }
  const parseOptions = { maxBytes: options.maxBytes, format: options.input as FormatOption };
  if (options.jobs > 1 && inputs.length > 1 && !inputs.includes(STDIN)) {
    let i = 0;
    for await (const outcome of parseInPool(inputs, parseOptions, options.jobs, io.workerUrl)) {
      yield { ...outcome, name: displayName(inputs[i++]) };
    }
    return;
  }
  for (const input of inputs) yield { ...(await parseInput(input, parseOptions)), name: displayName(input) };
}

async function* ndjsonOutcomes(input: string, maxBytes: number): AsyncGenerator<Named> {
  const name = displayName(input);
  const path = input === STDIN ? null : input;
  try {
    for await (const { line, record, error, id } of ndjsonRecords(input, maxBytes)) {
      const where = `${name}:${line}`;
      if (!record) {
        yield { name: where, failure: failure(error, path, id ?? null) };
        continue;
      }
      try {
        const meta = { format: record.format, path, id: record.id, meta: record.meta };
        yield { name: where, story: await parse(record.content, meta) };
      } catch (e) {
        yield { name: where, failure: failure(e, path, record.id) };
      }
    }
  } catch (error) {
    yield { name, failure: failure(error, path, null) };
  }
}

async function makeWriter(format: Format, io: Io, several: boolean): Promise<Writer> {
  switch (format) {
    case "json":
      return jsonWriter(io.out, several);
    case "ndjson":
      return ndjsonWriter(io.out);
    case "text":
      return textWriter(io.out, several);
    case "pretty": {
      const { prettyWriter } = await import("./pretty.js");
      return prettyWriter(io.out, several, io.color);
    }
  }
}
