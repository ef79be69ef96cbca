// --input ndjson: every line of an input is one record {"id", "text" | "html", ...other fields}.
import { createReadStream } from "node:fs";
import { WirestoryError } from "../errors.js";
import type { InputFormat } from "../story.js";
import { fileError, readLines, STDIN } from "./inputs.js";

export interface NdjsonRecord {
  id: string | null;
  content: string;
  format: InputFormat;
  meta: Record<string, unknown> | null;
}

/** The lines of an input, each read into a record or the error that line earns. */
export async function* ndjsonRecords(
  input: string,
  maxBytes: number,
): AsyncGenerator<{ line: number; record?: NdjsonRecord; error?: WirestoryError; id?: string | null }> {
  const stream = input === STDIN ? process.stdin : createReadStream(input);
  const opened = new Promise<void>((resolve, reject) => {
    if (input === STDIN) resolve();
    else {
      stream.once("open", () => resolve());
      stream.once("error", reject);
    }
  });
  try {
    await opened;
  } catch (error) {
    throw fileError(error);
  }
  const lines = readLines({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    if (Buffer.byteLength(line) > maxBytes) {
      yield {
        line: n,
        error: new WirestoryError("too_large", `line ${n}: record is larger than the limit of ${maxBytes} bytes`),
      };
      continue;
    }
    yield { line: n, ...readRecord(line, n) };
  }
}

function readRecord(line: string, n: number): { record?: NdjsonRecord; error?: WirestoryError; id?: string | null } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: new WirestoryError("bad_record", `line ${n}: not valid JSON`) };
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { error: new WirestoryError("bad_record", `line ${n}: a record must be a JSON object`) };
  }
  const { id: rawId, text, html, ...rest } = value as Record<string, unknown>;
  const id = typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : null;
  if (typeof html === "string") return { record: { id, content: html, format: "html", meta: orNull(rest) } };
  if (typeof text === "string") return { record: { id, content: text, format: "text", meta: orNull(rest) } };
  return { id, error: new WirestoryError("bad_record", `line ${n}: a record needs a "text" or "html" string`) };
}

function orNull(rest: Record<string, unknown>): Record<string, unknown> | null {
  return Object.keys(rest).length ? rest : null;
}
