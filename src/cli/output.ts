// Output formats. json: one Story for one input, a JSON array for several; ndjson: one compact record
// per line; pretty: a view for people; text: the clean story as plain text. No input text reaches a
// terminal as a control sequence (terminal-safe.ts).
import type { Story } from "../story.js";
import { isError, type OutputRecord } from "./records.js";
import { isRendered, RENDERINGS, type Rendered, type Rendering } from "./renderings.js";
import { terminalSafe, terminalSafeLine } from "./terminal-safe.js";

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
      const json = isRendered(record) ? record.rendered : RENDERINGS.indented(record);
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
    rendering: "compact",
    write(record) {
      emit(`${isRendered(record) ? record.rendered : RENDERINGS.compact(record)}\n`);
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

function indent(json: string): string {
  return json.replace(/^/gm, "  ");
}
