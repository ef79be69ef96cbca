// A record as JSON text, the same whichever thread makes it. The worker pool renders each Story where it
// was parsed, so that one string crosses to the main thread instead of a tree of objects to copy.
import type { OutputRecord } from "./records.js";
import { escapeJsonControls } from "./terminal-safe.js";

export const RENDERINGS = {
  /** One line: ndjson. */
  compact: (record: OutputRecord) => escapeJsonControls(JSON.stringify(record)),
  /** Indented by two spaces: json. */
  indented: (record: OutputRecord) => escapeJsonControls(JSON.stringify(record, null, 2)),
};

export type Rendering = keyof typeof RENDERINGS;

/** A Story already rendered (by a worker), in the rendering its writer asked for. */
export interface Rendered {
  rendered: string;
}

export function isRendered(record: OutputRecord | Rendered): record is Rendered {
  return "rendered" in record;
}
