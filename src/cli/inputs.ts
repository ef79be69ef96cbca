// Where inputs come from: files named on the command line, or standard input ("-", or no input named
// and stdin not a terminal). Reading errors become the contract's error codes.
import { close, closeSync, fstat, fstatSync, open, openSync, read, readFileSync } from "node:fs";
import { WirestoryError } from "../errors.js";

export const STDIN = "-";

/** The name an input goes by in messages. */
export function displayName(input: string): string {
  return input === STDIN ? "(stdin)" : input;
}

export async function readInput(input: string, maxBytes: number): Promise<Uint8Array> {
  return input === STDIN ? readStdin(maxBytes) : readFileLimited(input, maxBytes);
}

/**
 * A file read on the thread pool: open, fstat, read and close, each one round trip with a plain callback
 * (a FileHandle and its promises cost twice the CPU per small file, which a batch pays 2,000 times).
 * A regular file larger than the limit is refused before a byte is read; a file of unknown size (a
 * pipe, a device) is read in slices until the limit.
 */
function readFileLimited(path: string, maxBytes: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    open(path, "r", (openError, fd) => {
      if (openError) return reject(fileError(openError));
      const finish = (error: unknown, data?: Uint8Array) =>
        close(fd, () => (error ? reject(fileError(error)) : resolve(data as Uint8Array)));
      fstat(fd, (statError, info) => {
        if (statError) return finish(statError);
        if (info.isDirectory()) return finish(new WirestoryError("is_directory", "is a directory"));
        if (info.isFile() && info.size > maxBytes) return finish(tooLarge(info.size, maxBytes));
        const known = info.isFile() && info.size > 0 ? info.size : 0;
        const chunks: Buffer[] = [];
        let total = 0;
        const readMore = () => {
          const buffer = Buffer.allocUnsafe(known ? known - total : UNKNOWN_SIZE_SLICE);
          read(fd, buffer, 0, buffer.length, null, (readError, n) => {
            if (readError) return finish(readError);
            if (n > 0) chunks.push(n < buffer.length ? buffer.subarray(0, n) : buffer);
            total += n;
            if (total > maxBytes) return finish(tooLarge(total, maxBytes));
            if (n > 0 && (!known || total < known)) return readMore();
            finish(null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total));
          });
        };
        readMore();
      });
    });
  });
}

/** Bytes asked for per read from a file whose size fstat does not tell. */
const UNKNOWN_SIZE_SLICE = 1 << 16;

/**
 * A file read in one go, without the thread pool's round trips: for worker threads, where blocking on
 * the read holds up no one else.
 */
export function readFileNow(path: string, maxBytes: number): Uint8Array {
  let fd: number | undefined;
  try {
    fd = openSync(path, "r");
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new WirestoryError("is_directory", "is a directory");
    if (info.isFile() && info.size > maxBytes) throw tooLarge(info.size, maxBytes);
    const data = readFileSync(fd);
    if (data.byteLength > maxBytes) throw tooLarge(data.byteLength, maxBytes);
    return data;
  } catch (error) {
    throw fileError(error);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(size, maxBytes);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function tooLarge(size: number, maxBytes: number): WirestoryError {
  return new WirestoryError(
    "too_large",
    `input is larger than the limit of ${maxBytes} bytes (${size}+); see --max-bytes`,
  );
}

/** Node's file errors -> the contract's codes, with a one-line message. */
export function fileError(error: unknown): unknown {
  if (error instanceof WirestoryError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return new WirestoryError("not_found", "no such file");
    case "EISDIR":
      return new WirestoryError("is_directory", "is a directory");
    case "EACCES":
    case "EPERM":
      return new WirestoryError("permission", "permission denied");
    case "ELOOP":
    case "ENAMETOOLONG":
      return new WirestoryError("not_found", "cannot resolve the path");
    default:
      return error;
  }
}

/** node:readline's line reader, the module loaded on first use: a run that reads no list never pays for it. */
export function readLines(options: import("node:readline").ReadLineOptions): import("node:readline").Interface {
  return process.getBuiltinModule("node:readline").createInterface(options);
}
