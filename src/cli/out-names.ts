// Input -> the name of its output under --output-dir (without the format's extension). The rules give
// every input its own name, decided by the input alone and the story files beside it on disk, never by
// which other inputs are in the run; and no name can leave the output folder.
//
//   corpus/a/b/story.txt   (found in the folder corpus)   -> a/b/story
//   story.txt beside story.html                            -> story.txt, story.html (extension kept)
//   notes/story.txt        (named, or in --files-from)     -> notes/story
//   ../x.txt, /tmp/x.txt   (named, outside the working folder) -> the absolute path without its root
//   NDJSON record {"id": "AP-123"}                          -> AP-123
//   {"id": "a/b"}, {"id": "../x"}, no id                    -> a_b-<hash>, _._x-<hash>, ~line-N
import { dirname, isAbsolute, normalize, relative, resolve, sep } from "node:path";

/** The suffix of the file a failed input leaves in place of its output. */
export const ERROR_SUFFIX = ".error.json";

/** The story files of one folder, as output naming needs them: their names and how many share a stem. */
export class StoryFolder {
  private readonly names: Set<string>;
  private readonly stems = new Map<string, number>();

  constructor(
    names: readonly string[],
    private readonly storyExtensions: readonly string[],
  ) {
    this.names = new Set(names);
    for (const name of this.names) {
      const stem = stemOf(name, storyExtensions);
      this.stems.set(stem, (this.stems.get(stem) ?? 0) + 1);
    }
  }

  /**
   * A file's output name in its folder: its name without the extension, unless another story file there
   * has the same name without extension (story.txt, story.html) or is named like this one without its
   * own (story.txt.html beside story.txt): then the whole name. A name that would end like an error file
   * (x.error) keeps its extension too.
   */
  keyOf(name: string): string {
    const stem = stemOf(name, this.storyExtensions);
    const sameStem = (this.stems.get(stem) ?? 0) - (this.names.has(name) ? 1 : 0);
    const clash = sameStem > 0 || (stem !== name && this.names.has(stem));
    const key = clash || stem === "" || /\.error$/i.test(stem) ? name : stem;
    return /\.error$/i.test(key) ? `${key}~` : key; // x.error.json is the error file of x
  }
}

function stemOf(name: string, storyExtensions: readonly string[]): string {
  const dot = name.lastIndexOf(".");
  if (dot < 0) return name;
  return storyExtensions.includes(name.slice(dot + 1).toLowerCase()) ? name.slice(0, dot) : name;
}

/** The folder part of a named file's output: its folder as written, inside the working folder or not. */
export function namedFileDir(path: string): string {
  const absolute = resolve(path);
  const rel = relative(process.cwd(), absolute);
  const inside = rel !== "" && !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
  const place = inside ? rel : absolute.replace(/^([a-zA-Z]:)?[\\/]+/, "");
  const dir = dirname(normalize(place));
  return dir === "." ? "" : dir;
}

const SAFE = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

/**
 * A record id as a file name: kept as it is when it is already a plain, safe name; otherwise its unsafe
 * characters become "_" and a short hash of the id itself keeps it apart from every other id.
 */
export function idKey(id: string | null, line: number): string {
  if (id === null || id === "") return `~line-${line}`;
  if (SAFE.test(id) && !/\.error$/i.test(id)) return id;
  // node:crypto is loaded here, on first use: it costs every run's start-up, and only some ids need it
  const { createHash } = process.getBuiltinModule("node:crypto");
  const hash = createHash("sha256").update(id).digest("hex").slice(0, 10);
  return `${id
    .slice(0, 80)
    .replace(/[^A-Za-z0-9._-]/g, "_")
    .replace(/^\./, "_")}-${hash}`;
}

/** Output names handed out in a run: a name asked for twice (a repeated id) gets ~2, ~3, ... */
export class NameClaims {
  private readonly taken = new Map<string, number>();

  claim(key: string): string {
    const n = this.taken.get(key);
    if (n === undefined) {
      this.taken.set(key, 1);
      return key;
    }
    this.taken.set(key, n + 1);
    return this.claim(`${key}~${n + 1}`);
  }

  has(key: string): boolean {
    return this.taken.has(key);
  }
}
