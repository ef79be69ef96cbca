// Output formats. json: one Story for one input, a JSON array for several; ndjson: one compact record
// per line; pretty: a view for people; text: the clean story as plain text. No input text reaches a
// terminal as a control sequence (terminal-safe.ts).
import type { Story } from "../story.js";
import { jsonChunks } from "./json-chunks.js";
import { isError, type OutputRecord } from "./records.js";
import { isRendered, type Rendered, type Rendering } from "./renderings.js";
import { escapeJsonControls, terminalSafe, terminalSafeLine } from "./terminal-safe.js";

export const FORMATS = ["json", "ndjson", "pretty", "text", "html"] as const;
export type Format = (typeof FORMATS)[number];

export interface Writer {
  /** The rendering a record may come in already (from a worker), or null: records come as objects. */
  readonly rendering: Rendering | null;
  /** Writes one record. `name` is the input's display name; `several` tells whether others come too. */
  write(record: OutputRecord | Rendered, name: string): void;
  end(): void;
}

export type Emit = (chunk: string) => void;

export function jsonWriter(emit: Emit, several: boolean): Writer {
  let count = 0;
  return {
    rendering: "indented",
    write(record) {
      // chunk by chunk: a long story's JSON never stands whole in memory (json-chunks.ts); a worker's
      // rendering comes whole and escaped already
      if (several) emit(count === 0 ? "[\n" : ",\n");
      const chunks = isRendered(record) ? [record.rendered] : escapedChunks(record, "  ");
      let first = true;
      for (const json of chunks) {
        emit(several ? indent(json, first) : json);
        first = false;
      }
      if (!several) emit("\n");
      count++;
    },
    end() {
      if (several) emit(count === 0 ? "[]\n" : "\n]\n");
    },
  };
}

export function ndjsonWriter(emit: Emit): Writer {
  return {
    rendering: "compact",
    write(record) {
      if (isRendered(record)) emit(record.rendered);
      else for (const chunk of escapedChunks(record)) emit(chunk);
      emit("\n");
    },
    end() {},
  };
}

/** The clean story as plain text: headline, then the body paragraphs. Errors go to stderr only. */
export function textWriter(emit: Emit, several: boolean): Writer {
  let count = 0;
  return {
    rendering: null,
    write(record, name) {
      if (isRendered(record) || isError(record)) return;
      if (several) emit(`${count > 0 ? "\n" : ""}==> ${terminalSafeLine(name)} <==\n`);
      emit(terminalSafe(storyText(record)));
      count++;
    },
    end() {},
  };
}

export function storyText(story: Story): string {
  const parts = [story.headline, story.body.text].filter((p): p is string => Boolean(p));
  return parts.length ? `${parts.join("\n\n")}\n` : "";
}

/** Two spaces at the start of every line (as /^/gm finds them) of a chunk; `first`: the chunk opens a line. */
/** One level deeper: after each line break between JSON tokens (a U+2028 inside a string is no break). */
function indent(json: string, first: boolean): string {
  return `${first ? "  " : ""}${json.replace(/\n/g, "\n  ")}`;
}

/** The record's JSON text in chunks, with controls escaped (terminal-safe.ts). */
function* escapedChunks(record: OutputRecord, gap?: "" | "  "): Generator<string> {
  for (const chunk of jsonChunks(record, gap)) yield escapeJsonControls(chunk);
}
