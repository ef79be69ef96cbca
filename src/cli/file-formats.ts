// What one output file holds under --output-dir, by --format: its extension and its text. A new
// per-file format is one more entry here. Error records are always JSON, in their own file
// (out-names.ts ERROR_SUFFIX), whatever the format.
import type { Story } from "../story.js";
import { storyText } from "./output.js";
import { escapeJsonControls } from "./terminal-safe.js";

export interface FileFormat {
  /** The output file's extension, with its dot. */
  ext: string;
  render(story: Story): string;
}

export const FILE_FORMATS = {
  json: { ext: ".json", render: (story) => jsonText(story) },
  text: { ext: ".txt", render: (story) => storyText(story) },
} satisfies Record<string, FileFormat>;

export type FileFormatName = keyof typeof FILE_FORMATS;

export function isFileFormat(name: string): name is FileFormatName {
  return Object.hasOwn(FILE_FORMATS, name);
}

export function jsonText(record: unknown): string {
  return `${escapeJsonControls(JSON.stringify(record, null, 2))}\n`;
}
