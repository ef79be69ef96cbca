// Runs a batch: every input yields exactly one output record (a Story or an error record), in input
// order, to stdout or to one file per input (--output-dir); each failure is also one line on stderr.
// Records are written as soon as they and those before them are done, and the next ones wait while
// stdout is full. Returns the exit code (130/143 when a signal stopped the run).
import { stat } from "node:fs/promises";
import type { FormatOption } from "../read/sniff.js";
import { type BatchItem, fileItems, type InputCount, type NamedOutcome, ndjsonItems, runInThread } from "./batch.js";
import { isFileFormat } from "./file-formats.js";
import { inputList, namedInputs } from "./input-list.js";
import { STDIN } from "./inputs.js";
import { Interrupt, untilStopped } from "./interrupt.js";
import { NameClaims } from "./out-names.js";
import { type Emit, type Format, jsonWriter, ndjsonWriter, textWriter, type Writer } from "./output.js";
import { OutputDir } from "./output-dir.js";
import type { CliOptions } from "./program.js";
import { Progress } from "./progress.js";
import type { OutputRecord } from "./records.js";
import { regexpPolicyForRun } from "./regexp-policy.js";
import type { Rendered, Rendering } from "./renderings.js";
import { terminalSafeLine } from "./terminal-safe.js";
import { NDJSON_EXTENSIONS, type Seen, TEXT_EXTENSIONS, type WalkOptions } from "./walk.js";

export interface Io {
  out: Emit;
  err: Emit;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Settles when stdout can take more (at once when it is not full). */
  drained: () => Promise<void> | null;
  color: boolean;
  /** Columns of the terminal the pretty view wraps to; null: no wrapping. */
  width: number | null;
  /** The worker script of the batch pool (--jobs, --timeout). */
  workerUrl: URL;
}

/** A usage error found once the run has started (exit code 2). */
export class RunUsageError extends Error {}

export async function runBatch(options: CliOptions, io: Io): Promise<number> {
  let outDir: OutputDir | null = null;
  const interrupt = new Interrupt(() => outDir?.abandon());
  try {
    if (options.outputDir !== null) outDir = await openOutputDir(options);
    return await run(options, io, outDir, interrupt);
  } finally {
    interrupt.dispose();
  }
}

async function openOutputDir(options: CliOptions): Promise<OutputDir> {
  const format = options.format ?? "json";
  if (!isFileFormat(format)) throw new RunUsageError(`--output-dir writes json, text or html files, not ${format}`);
  return OutputDir.open(options.outputDir as string, format).catch((error: Error) => {
    throw new RunUsageError(error.message);
  });
}

async function run(options: CliOptions, io: Io, outDir: OutputDir | null, interrupt: Interrupt): Promise<number> {
  if (options.filesFrom !== null && options.filesFrom !== STDIN) {
    await stat(options.filesFrom).catch(() => {
      throw new RunUsageError(`--files-from ${options.filesFrom}: no such file`);
    });
  }
  if (options.skipExisting && !outDir) throw new RunUsageError("--skip-existing needs --output-dir");
  const ndjson = options.input === "ndjson";
  const args = options.inputs.length || options.filesFrom !== null ? options.inputs : [STDIN];
  const defaults = ndjson ? NDJSON_EXTENSIONS : TEXT_EXTENSIONS;
  const walkOptions: WalkOptions = {
    extensions: options.ext ?? defaults,
    storyExtensions: [...new Set([...defaults, ...(options.ext ?? [])])],
    skipDir: outDir?.identity ?? null,
    naming: outDir !== null,
    folders: new Map(),
  };
  const seen: Seen = new Set();
  const named = await namedInputs(args, walkOptions, seen);
  const several =
    ndjson || options.filesFrom !== null || args.length > 1 || named.length !== 1 || args[0] !== named[0]?.path;
  regexpPolicyForRun(several);
  const count: InputCount = { found: 0, complete: false };
  const fileCount: InputCount = { found: 0, complete: false };
  const live = options.progress ?? (several && io.stderrIsTTY);
  const progress = new Progress(io.err, live, () => {
    const c = ndjson ? count : fileCount;
    return c.complete ? c.found : null;
  });
  const files = untilStopped(inputList(named, options.filesFrom, walkOptions, seen, fileCount), interrupt);

  let items: AsyncIterable<BatchItem>;
  if (ndjson) items = ndjsonItems(files, options.maxBytes, count);
  else {
    const claimed = outDir ? claimFileKeys(files) : files;
    const wanted =
      outDir && options.skipExisting ? skipExisting(claimed, outDir, () => progress.count("skipped")) : claimed;
    items = fileItems(wanted, options.input as FormatOption, options.maxBytes);
  }
  if (ndjson && outDir) items = claimRecordKeys(items, outDir, options.skipExisting, () => progress.count("skipped"));
  items = untilStopped(items, interrupt);

  const sink = outDir ? dirSink(outDir, seen) : await stdoutSink(options, io, several);
  try {
    for await (const outcome of await runner(items, options, io, sink.rendering)) {
      if (outcome.failure) {
        progress.message(
          `wirestory: ${terminalSafeLine(`${outcome.name}: ${outcome.failure.record.error.message}`)}\n`,
        );
        if (options.debug && outcome.failure.stack) io.err(`${outcome.failure.stack}\n`);
      }
      const refused = await sink.write(outcome);
      if (refused) progress.message(`wirestory: ${terminalSafeLine(`${outcome.name}: ${refused}`)}\n`);
      progress.count(outcome.failure || refused ? "failed" : "parsed");
    }
  } finally {
    sink.end();
    progress.finish(interrupt.signal);
  }
  return interrupt.exitCode ?? (progress.tally.failed ? 1 : 0);
}

interface Sink {
  /** The rendering workers may hand successful records over in. */
  rendering: Rendering | null;
  /** Writes one record; resolves to the reason it could not be written, if any. */
  write(outcome: NamedOutcome): Promise<string | null>;
  end(): void;
}

async function stdoutSink(options: CliOptions, io: Io, several: boolean): Promise<Sink> {
  const format: Format = options.format ?? (io.stdoutIsTTY ? "pretty" : several ? "ndjson" : "json");
  const writer = await makeWriter(format, io, several, options);
  return {
    rendering: writer.rendering,
    async write(outcome) {
      writer.write(recordOf(outcome), outcome.name);
      await io.drained();
      return null;
    },
    end: () => writer.end(),
  };
}

function dirSink(outDir: OutputDir, inputs: Seen): Sink {
  return {
    rendering: outDir.rendering,
    async write(outcome) {
      try {
        await outDir.write(outcome.outKey, recordOf(outcome), inputs);
        return null;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        return `not written: ${error instanceof Error ? error.message : String(error)}${code ? ` (${code})` : ""}`;
      }
    },
    end() {},
  };
}

function recordOf(outcome: NamedOutcome): OutputRecord | Rendered {
  return outcome.failure?.record ?? outcome.story ?? { rendered: outcome.rendered as string };
}

/** Output names of files: each its own (a rare clash the naming rules cannot see gets ~2). */
async function* claimFileKeys<T extends { outKey: string }>(inputs: AsyncIterable<T>): AsyncGenerator<T> {
  const claims = new NameClaims();
  for await (const input of inputs) yield { ...input, outKey: claims.claim(input.outKey) };
}

/** --skip-existing: inputs whose output is there already are not read. */
async function* skipExisting<T extends { outKey: string }>(
  inputs: AsyncIterable<T>,
  outDir: OutputDir,
  skipped: () => void,
): AsyncGenerator<T> {
  for await (const input of inputs) {
    if (await outDir.has(input.outKey)) skipped();
    else yield input;
  }
}

/** NDJSON records' output names (a repeated id gets ~2, ~3, ...), and --skip-existing. */
async function* claimRecordKeys(
  items: AsyncIterable<BatchItem>,
  outDir: OutputDir,
  skip: boolean,
  skipped: () => void,
): AsyncGenerator<BatchItem> {
  const claimed = claimFileKeys(items);
  yield* skip ? skipExisting(claimed, outDir, skipped) : claimed;
}

/**
 * This thread, or the worker pool: --jobs N asks for N threads (and --timeout needs a worker to stop).
 * The default is this thread: on 2 cores, -j 2 takes 10-20% more CPU time than one thread over 2,000
 * short stories (each worker loads and warms up the library again; about even on HTML pages), which
 * pays only when the cores are otherwise idle, not under GNU parallel running one wirestory per CPU.
 */
async function runner(
  items: AsyncIterable<BatchItem>,
  options: CliOptions,
  io: Io,
  rendering: Rendering | null,
): Promise<AsyncIterable<NamedOutcome>> {
  const jobs = options.jobs ?? 1;
  if (jobs === 1 && options.timeout === null) return runInThread(items);
  const { runInPool } = await import("./pool.js");
  return runInPool(items, { jobs, timeoutMs: options.timeout, workerUrl: io.workerUrl, rendering });
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
