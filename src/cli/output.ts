// Output formats. json: one Story for one input, a JSON array for several; ndjson: one compact record
// per line; pretty: a view for people; text: the clean story as plain text. No input text reaches a
// terminal as a control sequence (terminal-safe.ts).
import type { Story } from "../story.js";
import { jsonChunks } from "./json-chunks.js";
import { isError, type OutputRecord } from "./records.js";
import { escapeJsonControls, terminalSafe, terminalSafeLine } from "./terminal-safe.js";

export const FORMATS = ["json", "ndjson", "pretty", "text", "html"] as const;
export type Format = (typeof FORMATS)[number];

export interface Writer {
  /** Writes one record. `name` is the input's display name; `several` tells whether others come too. */
  write(record: OutputRecord, name: string): void;
  end(): void;
}

export type Emit = (chunk: string) => void;

export function jsonWriter(emit: Emit, several: boolean): Writer {
  let count = 0;
  return {
    write(record) {
      // chunk by chunk: a long story's JSON never stands whole in memory (json-chunks.ts)
      if (several) emit(count === 0 ? "[\n" : ",\n");
      let first = true;
      for (const chunk of jsonChunks(record, "  ")) {
        const json = escapeJsonControls(chunk);
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
    write(record) {
      for (const chunk of jsonChunks(record)) emit(escapeJsonControls(chunk));
      emit("\n");
    },
    end() {},
  };
}

/** The clean story as plain text: headline, then the body paragraphs. Errors go to stderr only. */
export function textWriter(emit: Emit, several: boolean): Writer {
  let count = 0;
  return {
    write(record, name) {
      if (isError(record)) return;
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
function indent(json: string, first: boolean): string {
  return `${first ? "  " : ""}${json.replace(/[\n\r\u2028\u2029]/g, "$&  ")}`;
}
