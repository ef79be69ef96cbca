// Output formats. json: one Story for one input, a JSON array for several; ndjson: one compact record
// per line; pretty: a view for people; text: the clean story as plain text. No input text reaches a
// terminal as a control sequence (terminal-safe.ts).
import type { Story } from "../story.js";
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
      const json = escapeJsonControls(JSON.stringify(record, null, 2));
      if (!several) emit(`${json}\n`);
      else emit(`${count === 0 ? "[\n" : ",\n"}${indent(json)}`);
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
      emit(`${escapeJsonControls(JSON.stringify(record))}\n`);
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

function indent(json: string): string {
  return json.replace(/^/gm, "  ");
}
