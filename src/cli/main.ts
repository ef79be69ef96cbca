// The wirestory command: a thin shell around the library (src/index.ts).
import { storySchema } from "../story.js";
import { helpText, parseArgs, UsageError } from "./program.js";
import { RunUsageError, runBatch } from "./run.js";

const out = (s: string) => {
  process.stdout.write(s);
};
/** stdout is full: wait until it drains (or the reader goes away, which ends the process). */
const drained = () =>
  process.stdout.writableNeedDrain ? new Promise<void>((resolve) => process.stdout.once("drain", resolve)) : null;
const err = (s: string) => {
  process.stderr.write(s);
};

// --debug prints stack traces: map the minified build back to src/
if (process.argv.includes("--debug")) process.setSourceMapsEnabled(true);

// `wirestory ... | head -1`: the reader went away; stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

async function main(argv: string[]): Promise<number> {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(argv, { out, err });
  } catch (error) {
    if (error instanceof UsageError) {
      err(`wirestory: ${error.message} (see wirestory --help)\n`);
      return 2;
    }
    throw error;
  }
  if (!options) return 0; // --help or --version was shown
  if (options.completion) {
    const { completionScript } = await import("./completion.js");
    out(completionScript(options.completion));
    return 0;
  }
  if (options.schema) {
    out(`${JSON.stringify(storySchema, null, 2)}\n`);
    return 0;
  }
  if (options.inputs.length === 0 && process.stdin.isTTY) {
    out(helpText());
    return 0;
  }
  const color = options.color && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
  const workerUrl = new URL("./worker.js", import.meta.url);
  const io = {
    out,
    err,
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    // asked only when it matters (a progress line for several inputs): as a pipe or a terminal, standard
    // error is a socket, and setting it up loads node:net, which a one-story run that prints no message
    // never needs (~5 ms of CPU)
    get stderrIsTTY() {
      return Boolean(process.stderr.isTTY);
    },
    drained,
    color,
    width: terminalWidth(),
    workerUrl,
  };
  try {
    return await runBatch(options, io);
  } catch (error) {
    if (!(error instanceof RunUsageError)) throw error;
    err(`wirestory: ${error.message} (see wirestory --help)
`);
    return 2;
  }
}

/** The width the pretty view wraps to: the terminal's, else COLUMNS when set; off a terminal, none. */
function terminalWidth(): number | null {
  if (process.stdout.isTTY && process.stdout.columns) return process.stdout.columns;
  const columns = Number(process.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : null;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
    // stopped by a signal: an input still open (stdin) must not keep the process alive
    if (code >= 128) process.stdout.write("", () => process.exit(code));
  },
  (error: unknown) => {
    const debug = process.argv.includes("--debug");
    err(`wirestory: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (debug && error instanceof Error && error.stack) err(`${error.stack}\n`);
    process.exitCode = 1;
  },
);
