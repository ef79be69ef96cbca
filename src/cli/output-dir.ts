// --output-dir: one file per input, placed by out-names.ts. A file is written whole or not at all (a
// temporary file in the same folder, then renamed over the name), never outside the folder, never over
// an input. A failed input leaves its error record as NAME.error.json instead of NAME.json (NAME.txt...),
// so a later run with --skip-existing can tell what to retry: an input whose output exists is skipped.
import { rmSync } from "node:fs";
import { mkdir, realpath, rename, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { WirestoryError } from "../errors.js";
import { FILE_FORMATS, type FileFormat, type FileFormatName, fileText, jsonText } from "./file-formats.js";
import { ERROR_SUFFIX } from "./out-names.js";
import type { OutputRecord } from "./records.js";
import { isError } from "./records.js";
import type { Rendered, Rendering } from "./renderings.js";
import { isInside, type Seen } from "./walk.js";

export class OutputDir {
  private readonly format: FileFormat;
  /** Folders made and checked to lie inside the output folder. */
  private readonly checked = new Set<string>();
  /** Temporary files being written: removed if the process must stop at once. */
  private readonly temporary = new Set<string>();
  private serial = 0;

  private constructor(
    readonly root: string,
    /** The output folder as "dev:ino", so that walking the inputs never enters it. */
    readonly identity: string,
    format: FileFormat,
  ) {
    this.format = format;
  }

  static async open(dir: string, name: FileFormatName): Promise<OutputDir> {
    const format: FileFormat = FILE_FORMATS[name];
    const render = await format.loadRender?.();
    try {
      await mkdir(dir, { recursive: true });
      const root = await realpath(dir);
      const info = await stat(root);
      if (!info.isDirectory()) throw new Error("not a folder");
      return new OutputDir(root, `${info.dev}:${info.ino}`, render ? { ...format, render } : format);
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code === "EEXIST" ? "not a folder" : "cannot be made";
      throw new WirestoryError("permission", `--output-dir ${dir}: ${why}`);
    }
  }

  /** The output file of an input, and the file its error record would take. */
  paths(key: string): { out: string; error: string } {
    const base = join(this.root, key);
    if (!isInside(this.root, base)) throw new WirestoryError("internal", `output name outside the folder: ${key}`);
    return { out: base + this.format.ext, error: base + ERROR_SUFFIX };
  }

  /** Whether an input's output is there already (its error file does not count: failures are retried). */
  async has(key: string): Promise<boolean> {
    return stat(this.paths(key).out).then(
      (info) => info.isFile(),
      () => false,
    );
  }

  /** The rendering in which a worker may hand over a Story, or null. */
  get rendering(): Rendering | null {
    return this.format.rendering ?? null;
  }

  /** Writes an input's record in its place and removes what an earlier run left for it in the other. */
  async write(key: string, record: OutputRecord | Rendered, inputs: Seen): Promise<void> {
    const { out, error } = this.paths(key);
    const failed = !("rendered" in record) && isError(record);
    const [target, stale] = failed ? [error, out] : [out, error];
    await this.makeFolder(dirname(target));
    const existing = await stat(target).catch(() => null);
    if (existing && inputs.has(`${existing.dev}:${existing.ino}`)) {
      throw new WirestoryError("permission", `${target} is an input; not overwritten`);
    }
    const temp = join(dirname(target), `.${process.pid}-${++this.serial}.wirestory-tmp`);
    this.temporary.add(temp);
    try {
      await writeFile(temp, failed ? jsonText(record) : fileText(this.format, record));
      await rename(temp, target);
    } finally {
      this.temporary.delete(temp);
      await rm(temp, { force: true });
    }
    const old = await stat(stale).catch(() => null);
    if (old?.isFile() && !inputs.has(`${old.dev}:${old.ino}`)) await rm(stale, { force: true });
  }

  /** Removes the temporary files of writes under way (the process is about to stop at once). */
  abandon(): void {
    for (const temp of this.temporary) rmSync(temp, { force: true });
  }

  private async makeFolder(dir: string): Promise<void> {
    if (this.checked.has(dir)) return;
    await mkdir(dir, { recursive: true });
    // a symlink already in the output folder must not lead a write out of it
    if (!isInside(this.root, await realpath(dir))) {
      throw new WirestoryError("permission", `${dir} leads outside the output folder; not written`);
    }
    this.checked.add(dir);
  }
}
