// Inputs named on the command line (and in --files-from) -> the list of inputs to read, in order.
// A folder stands for the files under it, recursively, in sorted order: only the story extensions
// (--ext), hidden files and folders skipped, symlinks followed but no folder entered twice (so a loop
// cannot hang the walk) and no file listed twice, however it is reached. Each input also carries where
// its output goes under --output-dir (out-names.ts): a file found in a folder by its place in that
// folder, a file named by its path as written.
import { type Dirent, readdirSync, type Stats, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { extname, join, relative, resolve, sep } from "node:path";
import { STDIN } from "./inputs.js";
import { namedFileDir, StoryFolder } from "./out-names.js";

export const TEXT_EXTENSIONS = ["txt", "text", "html", "htm"];
export const NDJSON_EXTENSIONS = ["ndjson", "jsonl"];

export interface InputFile {
  /** The path to open, or "-" for standard input. */
  path: string;
  /** Where its output goes under --output-dir, without the format's extension (a relative path). */
  outKey: string;
}

export interface WalkOptions {
  /** Extensions taken from folders, lower case, without the dot. */
  extensions: readonly string[];
  /** Every extension that counts as a story file beside another when naming outputs. */
  storyExtensions: readonly string[];
  /** A folder never entered (the output folder), as "dev:ino". */
  skipDir: string | null;
  /** Whether outputs are named at all (--output-dir): a run to stdout reads no folder for it. */
  naming: boolean;
  /** The folders of named files, read once each (a glob names many files of one folder). */
  folders: Map<string, Promise<StoryFolder>>;
}

/** A set of "dev:ino" identities: what makes a file the same file whatever path reached it. */
export type Seen = Set<string>;

const identity = (info: { dev: number; ino: number }) => `${info.dev}:${info.ino}`;

/**
 * The inputs an argument stands for. A file named is taken whatever its extension; a path that cannot be
 * read is passed on as it is, so that reading it gives the input its error record.
 */
export async function* expandInput(arg: string, options: WalkOptions, seen: Seen): AsyncGenerator<InputFile> {
  if (arg === STDIN) {
    yield { path: STDIN, outKey: "stdin" };
    return;
  }
  let info: Stats;
  try {
    // synchronous, like the walk: one call of a few microseconds per named file, where a thread-pool
    // round trip costs about a tenth of a millisecond of CPU (2,000 files named: a fifth of a second)
    info = statSync(arg);
  } catch {
    yield { path: arg, outKey: await namedKey(arg, options) };
    return;
  }
  if (info.isDirectory()) {
    yield* walk(arg, "", options, seen);
    return;
  }
  if (seen.has(identity(info))) return;
  seen.add(identity(info));
  yield { path: arg, outKey: await namedKey(arg, options) };
}

async function namedKey(path: string, options: WalkOptions): Promise<string> {
  if (!options.naming) return "";
  const dir = resolve(path, "..");
  const name = path.split(/[\\/]/).pop() ?? path;
  let folder = options.folders.get(dir);
  if (!folder) {
    folder = readdir(dir, { withFileTypes: true }).then(
      (entries) => new StoryFolder(storyNames(entries, options.storyExtensions), options.storyExtensions),
      () => new StoryFolder([], options.storyExtensions), // an unreadable folder: plain names
    );
    options.folders.set(dir, folder);
  }
  return join(namedFileDir(path), (await folder).keyOf(name));
}

/**
 * Files and folders of one folder, depth first, each level sorted by name (code point order). The calls
 * are synchronous: a few microseconds each, where the thread pool's round trips cost far more.
 */
async function* walk(dir: string, rel: string, options: WalkOptions, seen: Seen): AsyncGenerator<InputFile> {
  let dirInfo: Stats;
  let entries: Dirent[];
  try {
    dirInfo = statSync(dir);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    yield { path: dir, outKey: rel || "folder" }; // reading it reports why
    return;
  }
  const id = identity(dirInfo);
  if (seen.has(id) || id === options.skipDir) return;
  seen.add(id);
  const visible = entries.filter((e) => !e.name.startsWith(".")).sort((a, b) => compare(a.name, b.name));
  const stories = new StoryFolder(storyNames(visible, options.storyExtensions), options.storyExtensions);
  for (const entry of visible) {
    // symlinks resolve to what they point at
    const info = statSync(join(dir, entry.name), { throwIfNoEntry: false });
    if (!info) continue; // a dangling symlink
    const path = join(dir, entry.name);
    const entryRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (info.isDirectory()) {
      yield* walk(path, entryRel, options, seen);
      continue;
    }
    if (!info.isFile() || !options.extensions.includes(extensionOf(entry.name))) continue;
    if (seen.has(identity(info))) continue;
    seen.add(identity(info));
    const key = stories.keyOf(entry.name);
    yield { path, outKey: rel ? `${rel}/${key}` : key };
  }
}

/** The names in a folder listing that are story files (by extension), hidden ones left out. */
function storyNames(entries: Dirent[], storyExtensions: readonly string[]): string[] {
  return entries
    .filter((e) => !e.name.startsWith(".") && !e.isDirectory() && storyExtensions.includes(extensionOf(e.name)))
    .map((e) => e.name);
}

export function extensionOf(name: string): string {
  return extname(name).slice(1).toLowerCase();
}

/** Code point order: the same on every machine, whatever the locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `path` lies inside `dir` (both resolved). */
export function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !rel.startsWith(sep) && !/^[a-z]:/i.test(rel));
}
