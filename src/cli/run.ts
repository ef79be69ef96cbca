// Runs a batch: every input yields exactly one output record (a Story or an error record), in input
// order; each failure is also one line on stderr. Returns the exit code.
import { parse } from "../index.js";
import type { FormatOption } from "../read/sniff.js";
import { displayName, readInput, STDIN } from "./inputs.js";
import { ndjsonRecords } from "./ndjson-input.js";
import { type Emit, type Format, jsonWriter, ndjsonWriter, textWriter, type Writer } from "./output.js";
import type { CliOptions } from "./program.js";
import { failure } from "./records.js";

export interface Io {
  out: Emit;
  err: Emit;
  stdoutIsTTY: boolean;
  color: boolean;
}

export async function runBatch(options: CliOptions, io: Io): Promise<number> {
  const inputs = options.inputs.length ? options.inputs : [STDIN];
  const several = inputs.length > 1 || options.input === "ndjson";
  const format: Format = options.format ?? (io.stdoutIsTTY ? "pretty" : several ? "ndjson" : "json");
  const writer = await makeWriter(format, io, several);
  let failed = 0;

  const fail = (error: unknown, name: string, path: string | null, id: string | null) => {
    const { record, stack } = failure(error, path, id);
    io.err(`wirestory: ${name}: ${record.error.message}\n`);
    if (options.debug && stack) io.err(`${stack}\n`);
    writer.write(record, name);
    failed++;
  };

  for (const input of inputs) {
    const name = displayName(input);
    const path = input === STDIN ? null : input;
    if (options.input === "ndjson") {
      try {
        for await (const { line, record, error, id } of ndjsonRecords(input, options.maxBytes)) {
          const where = `${name}:${line}`;
          if (!record) {
            fail(error, where, path, id ?? null);
            continue;
          }
          try {
            const story = await parse(record.content, {
              format: record.format,
              path,
              id: record.id,
              meta: record.meta,
            });
            writer.write(story, where);
          } catch (e) {
            fail(e, where, path, record.id);
          }
        }
      } catch (error) {
        fail(error, name, path, null);
      }
      continue;
    }
    try {
      const bytes = await readInput(input, options.maxBytes);
      const story = await parse(bytes, { format: options.input as FormatOption, path });
      writer.write(story, name);
    } catch (error) {
      fail(error, name, path, null);
    }
  }
  writer.end();
  return failed ? 1 : 0;
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
