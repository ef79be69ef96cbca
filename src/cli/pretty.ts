// The pretty format: a Story laid out for a person at a terminal. Every string from the input is made
// terminal-safe before any colour goes around it; colour only when it is on. Each speaker has one
// colour, used for their quotes in the list and in the body; reported speech is underlined in it; the
// dateline is marked. Lines wrap at word boundaries to the width given (display width: CJK and emoji
// count double), or not at all when no width is known (off a terminal).
import { Chalk, type ChalkInstance } from "chalk";
import stringWidth from "string-width";
import wrapAnsi from "wrap-ansi";
import type { Story } from "../story.js";
import type { Emit, Writer } from "./output.js";
import { isError } from "./records.js";
import { isRendered } from "./renderings.js";
import { paragraphRuns, type Run, slotOf, speakersOf } from "./story-marks.js";
import { terminalSafe, terminalSafeLine } from "./terminal-safe.js";

export interface PrettyOptions {
  color: boolean;
  /** Columns to wrap at; null: no wrapping. */
  width: number | null;
  showRemoved: boolean;
}

/** The speakers' colours (16-colour terminals), in order of first appearance; they repeat after the last. */
const SPEAKER_COLOURS = [
  "yellow",
  "green",
  "magenta",
  "blue",
  "red",
  "yellowBright",
  "greenBright",
  "magentaBright",
  "blueBright",
  "redBright",
] as const;

const MIN_WIDTH = 20;

export function prettyWriter(emit: Emit, several: boolean, options: PrettyOptions): Writer {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  let count = 0;
  return {
    rendering: null,
    write(record, name) {
      if (isRendered(record) || isError(record)) return; // an error's line is on stderr already
      if (several) emit(`${count > 0 ? "\n" : ""}${rule(name, c, options.width)}\n`);
      emit(renderStory(record, c, options));
      count++;
    },
    end() {},
  };
}

/** "── path ─────": the input's path under a rule as wide as the screen (60 columns off a terminal). */
function rule(name: string, c: ChalkInstance, width: number | null): string {
  const safe = terminalSafeLine(name);
  const room = (width ?? 62) - stringWidth(safe) - 4;
  return c.dim(`── ${safe} ${"─".repeat(Math.max(3, room))}`);
}

export function renderStory(
  story: Story,
  c: ChalkInstance,
  options: Pick<PrettyOptions, "width" | "showRemoved"> = { width: null, showRemoved: false },
): string {
  const safe = (s: string) => terminalSafeLine(s);
  const width = options.width === null ? null : Math.max(MIN_WIDTH, options.width);
  const wrap = (line: string, indent = 0, hanging = indent) => wrapLine(line, width, indent, hanging);
  const speakers = speakersOf(story);
  const paint = (slot: number | null) => (slot === null ? c.dim : c[SPEAKER_COLOURS[slot % SPEAKER_COLOURS.length]]);
  const out: string[] = [];

  out.push(wrap(c.bold(story.headline ? safe(story.headline) : "(no headline)")));
  const facts = [
    story.published,
    story.modified && `updated ${story.modified}`,
    story.section,
    story.agency,
    story.siteName,
  ]
    .filter((f): f is string => Boolean(f))
    .map(safe);
  if (facts.length) out.push(wrap(c.dim(facts.join(" · "))));
  const field = (label: string, value: string) => out.push(wrap(`${c.cyan(label.padEnd(9))} ${value}`, 0, 10));
  if (story.dateline) {
    const d = story.dateline;
    const where = [d.location, d.isoDate ?? d.date, d.agency].filter((f): f is string => Boolean(f)).map(safe);
    field("Dateline", `${c.cyan.bold(safe(d.raw))}${where.length ? c.dim(`  (${where.join(", ")})`) : ""}`);
  }
  if (story.byline) field("Byline", safe(story.byline.authors.join(", ") || story.byline.raw));
  if (story.credits) {
    for (const [role, names] of Object.entries(story.credits.roles)) field(safe(role), safe(names.join(", ")));
  }

  const statement = (
    s: { speaker: string | null; speakerMention: string | null; cue: string | null; text: string },
    how: string[],
    slot: number | null,
    style: (t: string) => string,
  ) => {
    const who = s.speaker ?? s.speakerMention;
    const notes = [s.cue, ...how].filter((f): f is string => Boolean(f)).map(safe);
    const head = `${paint(slot).bold(who ? safe(who) : "unattributed")}${notes.length ? c.dim(` (${notes.join(", ")})`) : ""}`;
    out.push(wrap(`${head}: ${style(safe(s.text))}`, 2, 4));
  };
  if (story.quotes.length) {
    out.push("", c.bold(`Quotes (${story.quotes.length})`));
    for (const q of story.quotes) {
      const slot = slotOf(speakers, q);
      statement(q, q.partial ? ["partial"] : [], slot, (t) => paint(slot)(`“${t}”`));
    }
  }
  if (story.reported.length) {
    out.push("", c.bold(`Reported (${story.reported.length})`));
    for (const r of story.reported) {
      const slot = slotOf(speakers, r);
      statement(r, [], slot, (t) => paint(slot).underline(t));
    }
  }

  const runs = paragraphRuns(story, speakers);
  for (const paragraph of runs) out.push("", wrap(paragraph.map((run) => paintRun(run, c, paint)).join("")));

  if (story.removed.length) {
    if (options.showRemoved) {
      out.push("", c.bold(`Removed (${story.removed.length})`));
      for (const r of story.removed) out.push(wrap(c.dim(`${`[${r.kind}]`.padEnd(14)}${safe(r.text)}`), 2, 16));
    } else {
      out.push("", wrap(c.dim(`${story.removed.length} block(s) removed (--show-removed lists them)`)));
    }
  }
  for (const w of story.warnings) out.push(wrap(c.yellow(`warning ${w.code}: ${safe(w.message)}`)));
  return `${out.join("\n")}\n`;
}

function paintRun(run: Run, c: ChalkInstance, paint: (slot: number | null) => ChalkInstance): string {
  const text = terminalSafe(run.text).replace(/[\t\n]/g, " ");
  switch (run.kind) {
    case null:
      return text;
    case "dateline":
      return c.cyan.bold(text);
    case "quote":
      return paint(run.slot)(text);
    case "reported":
      return paint(run.slot).underline(text);
    case "speaker":
      return paint(run.slot).bold(text);
  }
}

/** One logical line wrapped at word boundaries; `indent` before the first line, `hanging` before the rest. */
function wrapLine(line: string, width: number | null, indent: number, hanging: number): string {
  if (width === null) return " ".repeat(indent) + line;
  const lines = wrapAnsi(line, width - hanging, { hard: true, trim: true }).split("\n");
  return lines.map((l, i) => " ".repeat(i === 0 ? indent : hanging) + l).join("\n");
}
