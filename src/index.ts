// wirestory's public API: parse(input, options) -> Story. Pure: no file or network I/O, no terminal.
import { WirestoryError } from "./errors.js";
import { runPipeline } from "./pipeline.js";
import { read } from "./read/index.js";
import type { FormatOption } from "./read/sniff.js";
import { SCHEMA_VERSION, type Story } from "./story.js";

export interface ParseOptions {
  /** How to read the input: "auto" (default) decides by the path's extension, else sniffs the markup. */
  format?: FormatOption;
  /** The path the input came from, reported as source.path and used by format "auto". */
  path?: string | null;
  /** A record id (reported as source.id), for inputs that come from an NDJSON stream. */
  id?: string | null;
  /** Extra fields passed through as the Story's `meta`. */
  meta?: Record<string, unknown> | null;
}

/** Parses one wire story (page copy or HTML; a string, or bytes in any common encoding). */
export async function parse(input: string | Uint8Array, options: ParseOptions = {}): Promise<Story> {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    throw new WirestoryError("bad_record", "input must be a string or a Uint8Array");
  }
  const path = options.path ?? null;
  const { doc, format, encoding, bytes, warnings } = await read(input, options.format ?? "auto", path);
  const findings = runPipeline(doc);
  return {
    schemaVersion: SCHEMA_VERSION,
    source: { path, id: options.id ?? null, format, encoding, bytes },
    meta: options.meta ?? null,
    ...findings,
    warnings: [...warnings, ...findings.warnings],
  };
}

export { WirestoryError } from "./errors.js";
export type { FormatOption } from "./read/sniff.js";
export type {
  Body,
  Byline,
  CreditRoles,
  Credits,
  Dateline,
  ErrorCode,
  ErrorRecord,
  InputFormat,
  Quote,
  Removed,
  RemovedKind,
  Source,
  Story,
  Warning,
  WarningCode,
} from "./story.js";
export { ERROR_CODES, errorRecordSchema, REMOVED_KINDS, SCHEMA_VERSION, storySchema, WARNING_CODES } from "./story.js";
