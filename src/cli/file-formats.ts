// What one output file holds under --output-dir, by --format: its extension and its text. A new
// per-file format is one more entry here. Error records are always JSON, in their own file
// (out-names.ts ERROR_SUFFIX), whatever the format.
import type { Story } from "../story.js";
import { storyText } from "./output.js";
import type { OutputRecord } from "./records.js";
import { isRendered, RENDERINGS, type Rendered, type Rendering } from "./renderings.js";

export interface FileFormat {
  /** The output file's extension, with its dot. */
  ext: string;
  /** A JSON file: the record in this rendering (a worker may have made it), and a newline. */
  rendering?: Rendering;
  /** Any other file: its text. */
  render?: (story: Story) => string;
  /** `render` from a module loaded when a run first needs it (one a run in another format never loads). */
  loadRender?: () => Promise<(story: Story) => string>;
}

export const FILE_FORMATS = {
  json: { ext: ".json", rendering: "indented" },
  text: { ext: ".txt", render: storyText },
  html: {
    ext: ".html",
    loadRender: async () => {
      const { storyPage } = await import("./report-html.js");
      return (story: Story) => storyPage(story, story.source.path ?? story.source.id ?? "(stdin)");
    },
  },
} satisfies Record<string, FileFormat>;

export type FileFormatName = keyof typeof FILE_FORMATS;

export function isFileFormat(name: string): name is FileFormatName {
  return Object.hasOwn(FILE_FORMATS, name);
}

/** The text of a Story's file in a format. */
export function fileText(format: FileFormat, story: Story | Rendered): string {
  if (isRendered(story)) return `${story.rendered}\n`;
  return format.render ? format.render(story) : jsonText(story, format.rendering ?? "indented");
}

/** An error record's file, or a Story's in a JSON format. */
export function jsonText(record: OutputRecord, rendering: Rendering = "indented"): string {
  return `${RENDERINGS[rendering](record)}\n`;
}
