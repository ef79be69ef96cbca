// One output record per input: a Story, or an error record that says what went wrong with which input.
import { WirestoryError } from "../errors.js";
import { type ErrorCode, type ErrorRecord, SCHEMA_VERSION, type Story } from "../story.js";

export type OutputRecord = Story | ErrorRecord;

export interface Failure {
  record: ErrorRecord;
  /** The stack of an unexpected error, shown with --debug. */
  stack: string | null;
}

export function failure(error: unknown, path: string | null, id: string | null): Failure {
  const known = error instanceof WirestoryError;
  const code: ErrorCode = known ? error.code : "internal";
  const message = known
    ? error.message
    : `internal error: ${oneLine(error instanceof Error ? error.message : String(error))} (run with --debug for details)`;
  return {
    record: {
      schemaVersion: SCHEMA_VERSION,
      source: { path, id, format: null, encoding: null, bytes: null },
      error: { code, message },
    },
    stack: known ? null : error instanceof Error ? (error.stack ?? null) : null,
  };
}

export function isError(record: OutputRecord): record is ErrorRecord {
  return "error" in record;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
