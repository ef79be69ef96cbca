// The command line: options, help text (the CLI's documentation), and usage errors as exit code 2.
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { FORMATS, type Format } from "./output.js";

declare const __VERSION__: string;

export const INPUT_KINDS = ["auto", "text", "html", "ndjson"] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

export interface CliOptions {
  inputs: string[];
  format: Format | undefined;
  input: InputKind;
  schema: boolean;
  /** pretty: list the removed blocks. */
  showRemoved: boolean;
  color: boolean;
  maxBytes: number;
  /** Worker threads, or null: none (this thread parses). */
  jobs: number | null;
  /** Milliseconds an input may take, or null. */
  timeout: number | null;
  debug: boolean;
  /** `wirestory completion SHELL`: print that shell's completion script. */
  completion: Shell | null;
  // batches (folders in and out, progress)
  /** Extensions taken from folders (lower case, no dot), or null for the defaults of the input kind. */
  ext: string[] | null;
  filesFrom: string | null;
  outputDir: string | null;
  skipExisting: boolean;
  /** true: --progress, false: --no-progress or --quiet, undefined: on a terminal with several inputs. */
  progress: boolean | undefined;
}

export class UsageError extends Error {}

const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export const HELP_AFTER = `
Inputs:
  Each input is a file path, or - for standard input. With no input named,
  standard input is read when it is not a terminal. Plain text (page copy, wire
  text) and HTML pages are both accepted; --input auto decides by extension
  (.html/.htm -> HTML, otherwise text) and sniffs stdin and unknown extensions
  for a leading <!doctype, <html, <head or <body.
  --input ndjson reads every line of every input as a JSON record
  {"id", "text" | "html", ...}; the other fields come back under "meta".
  A folder stands for its files, recursively, in sorted order (extensions:
  --ext; hidden ones skipped); --files-from reads more paths, one per line.

Output:
  One record per input, in input order: a Story, or
  {"schemaVersion":1,"source":{...},"error":{...}}.
  Default format: pretty on a terminal; otherwise json for one input and ndjson
  for several. Field names and vocabularies are the output contract
  (schemaVersion 1): see --schema.
  json     one Story for one input, a JSON array for several
  ndjson   one compact record per line: the format for batches and streams
  pretty   a view for people: each speaker in one colour, wrapped to the screen
  text     the clean story: headline, blank line, paragraphs
  html     one self-contained page: quotes highlighted by speaker, a legend,
           removed blocks, warnings; one section per input
  --output-dir DIR: one file per input instead, mirroring the folders
  (corpus/a/story.txt -> DIR/a/story.json; story.txt.json and story.html.json
  when both are there); a failed input leaves NAME.error.json. A progress line
  shows on a terminal when there are several inputs.

Commands:
  wirestory completion bash|zsh|fish   print a shell completion script

Exit codes:
  0  every input parsed
  1  some input failed (the others still give their records; each failure is
     one line on stderr)
  2  usage error
  130, 143  stopped by SIGINT, SIGTERM (records already written are whole)

Examples:
  wirestory story.txt
  cat story.txt | wirestory -f text
  wirestory -f html corpus/*.txt > report.html
  wirestory -j 4 -f ndjson corpus/*.txt > stories.ndjson
  wirestory corpus/ --output-dir out/ --skip-existing
  find feeds -name '*.html' -mtime -1 | wirestory --files-from - -f ndjson
  wirestory --schema > story.schema.json

Recipes (jq):
  # who said what
  wirestory story.txt | jq -r '.quotes[] | "\\(.speaker): \\(.text)"'
  # who is quoted in a folder of stories, most quoted first
  wirestory -f ndjson corpus/* | jq -r '.quotes[]?.speaker // empty' | sort | uniq -c | sort -rn
  # stories by agency
  wirestory -f ndjson corpus/* | jq -r '.agency // "unknown"' | sort | uniq -c | sort -rn
  # the stories one reporter is credited on, in any role
  wirestory -f ndjson corpus/* | jq -r --arg who "Anna Lee" 'select([.credits.roles[]?[], .byline.authors[]?] | index($who)) | .source.path'
  # a CSV of quotes: file, speaker, cue, text
  wirestory -f ndjson corpus/* | jq -r '.source.path as $p | .quotes[]? | [$p, .speaker, .cue, .text] | @csv' > quotes.csv
  # the inputs that failed, and why
  wirestory -f ndjson corpus/* | jq -r 'select(.error) | "\\(.source.path): \\(.error.code)"'`;

export const SHELLS = ["bash", "zsh", "fish"] as const;
export type Shell = (typeof SHELLS)[number];

/** The first sentence of the help, the man page's NAME line and package.json's description say the same. */
export const SUMMARY = "Turn a news wire story (page copy or HTML) into structured JSON.";
export const DESCRIPTION = `${SUMMARY}
It finds the dateline, agency, byline, credits, quotes with their speakers
and the clean story text.`;

/** Help is laid out for 80 columns, so that the README and the man page can show it as it is. */
const HELP_WIDTH = 80;

type Write = { out: (s: string) => void; err: (s: string) => void };
const silent: Write = { out: () => {}, err: () => {} };

/** The command with every option; also read by the man page and the completion scripts. */
export function makeProgram(write: Write = silent): Command {
  return (
    new Command()
      .name("wirestory")
      .description(DESCRIPTION)
      .usage("[options] [inputs...]")
      .argument("[inputs...]", "files or folders to parse; - reads standard input")
      .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS))
      .addOption(new Option("--input <kind>", "how to read the inputs").choices(INPUT_KINDS).default("auto"))
      .option("--show-removed", "pretty: list the removed blocks with their kind")
      .option("--schema", "print the JSON Schema of the output and exit")
      .option("--no-color", "no colour in the pretty format (NO_COLOR is honoured too)")
      .option("--max-bytes <n>", "refuse inputs larger than this", positiveInt, DEFAULT_MAX_BYTES)
      .option("-j, --jobs <n>", "parse inputs in n worker threads (output order is kept)", positiveInt)
      .option("--timeout <seconds>", "give up on an input after this long (error code timeout)", positiveSeconds)
      // batches: folders in and out, progress
      .option("--ext <list>", "extensions taken from folders (default txt,text,html,htm)", extensionList)
      .option("--files-from <file>", "read input paths from a file (- for stdin), one per line")
      .option("-o, --output-dir <dir>", "write one file per input under dir (mirroring folders), nothing to stdout")
      .option("--skip-existing", "with --output-dir: skip inputs whose output exists (failures are retried)")
      .option("--progress", "show the progress line even off a terminal")
      .option("--no-progress", "never show the progress line")
      .option("-q, --quiet", "no progress line or summary (error lines still shown)")
      .option("--debug", "show stack traces of internal errors")
      .version(__VERSION__, "-V, --version")
      .helpOption("-h, --help", "show this help")
      .addHelpText("after", HELP_AFTER)
      .exitOverride()
      .configureOutput({
        writeOut: write.out,
        writeErr: write.err,
        getOutHelpWidth: () => HELP_WIDTH,
        getErrHelpWidth: () => HELP_WIDTH,
        outputError: () => {}, // reported by the caller, as one line
      })
  );
}

export function parseArgs(argv: string[], write: Write): CliOptions | null {
  // `wirestory completion SHELL`: the one subcommand; a file of that name can be given as ./completion
  if (argv[0] === "completion") {
    const shell = argv[1];
    if (argv.length !== 2 || !SHELLS.includes(shell as Shell)) {
      throw new UsageError(`completion needs one shell: ${SHELLS.join(", ")}`);
    }
    return { ...(parseArgs([], write) as CliOptions), completion: shell as Shell };
  }
  const program = makeProgram(write);
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version") return null;
      // one line, commander's "(Did you mean …?)" included
      throw new UsageError(error.message.replace(/^error:\s*/i, "").replace(/\s*\n\s*/g, " "));
    }
    throw error;
  }
  const o = program.opts();
  return {
    inputs: program.args,
    format: o.format,
    input: o.input,
    schema: Boolean(o.schema),
    showRemoved: Boolean(o.showRemoved),
    color: o.color !== false,
    maxBytes: o.maxBytes,
    jobs: o.jobs ?? null,
    timeout: o.timeout ?? null,
    debug: Boolean(o.debug),
    completion: null,
    ext: o.ext ?? null,
    filesFrom: o.filesFrom ?? null,
    outputDir: o.outputDir ?? null,
    skipExisting: Boolean(o.skipExisting),
    progress: o.quiet ? false : o.progress,
  };
}

export function helpText(): string {
  let text = "";
  parseArgs(["--help"], { out: (s) => (text += s), err: (s) => (text += s) });
  return text;
}

function positiveSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("a positive number of seconds is expected");
  return Math.round(n * 1000);
}

function extensionList(value: string): string[] {
  const list = value
    .split(",")
    .map((e) => e.trim().replace(/^\./, "").toLowerCase())
    .filter(Boolean);
  if (!list.length) throw new InvalidArgumentError("a comma-separated list of extensions is expected");
  return list;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("a positive whole number is expected");
  return n;
}
