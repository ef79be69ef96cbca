// The inputs of a run, in order: the arguments first (folders walked at once, so that the count is known
// from the start), then the paths listed by --files-from (a file, or - for standard input; one path per
// line, read as they come, for `find ... -print | wirestory --files-from -`).
import { createReadStream } from "node:fs";
import { WirestoryError } from "../errors.js";
import type { InputCount } from "./batch.js";
import { fileError, readLines, STDIN } from "./inputs.js";
import { expandInput, type InputFile, type Seen, type WalkOptions } from "./walk.js";

export async function namedInputs(args: readonly string[], options: WalkOptions, seen: Seen): Promise<InputFile[]> {
  const inputs: InputFile[] = [];
  for (const arg of args) for await (const input of expandInput(arg, options, seen)) inputs.push(input);
  return inputs;
}

/** The named inputs, then those of --files-from; `count` follows how many there are. */
export async function* inputList(
  named: readonly InputFile[],
  filesFrom: string | null,
  options: WalkOptions,
  seen: Seen,
  count: InputCount,
): AsyncGenerator<InputFile> {
  count.found = named.length;
  count.complete = filesFrom === null;
  yield* named;
  if (filesFrom === null) return;
  for await (const line of listedPaths(filesFrom)) {
    for await (const input of expandInput(line, options, seen)) {
      count.found++;
      yield input;
    }
  }
  count.complete = true;
}

async function* listedPaths(filesFrom: string): AsyncGenerator<string> {
  const stream = filesFrom === STDIN ? process.stdin : createReadStream(filesFrom);
  if (filesFrom !== STDIN) {
    try {
      await new Promise<void>((resolve, reject) => {
        stream.once("open", () => resolve());
        stream.once("error", reject);
      });
    } catch (error) {
      const why = fileError(error);
      throw new WirestoryError("not_found", `--files-from ${filesFrom}: ${why instanceof Error ? why.message : why}`);
    }
  }
  for await (const line of readLines({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.trim()) yield line;
  }
}
