// The pretty format: a story laid out for a person at a terminal. Colour only when it is on.
import { Chalk, type ChalkInstance } from "chalk";
import type { Story } from "../story.js";
import type { Emit, Writer } from "./output.js";
import { isError } from "./records.js";
import { isRendered } from "./renderings.js";

export function prettyWriter(emit: Emit, several: boolean, color: boolean): Writer {
  const c = new Chalk({ level: color ? 1 : 0 });
  let count = 0;
  return {
    rendering: null,
    write(record, name) {
      if (isRendered(record) || isError(record)) return;
      if (several)
        emit(`${count > 0 ? "\n" : ""}${c.dim(`── ${name} ${"─".repeat(Math.max(3, 60 - name.length))}`)}\n`);
      emit(renderStory(record, c));
      count++;
    },
    end() {},
  };
}

export function renderStory(story: Story, c: ChalkInstance): string {
  const out: string[] = [];
  const facts = [story.published, story.section, story.agency, story.siteName].filter(Boolean);
  out.push(c.bold(story.headline ?? "(no headline)"));
  if (facts.length) out.push(c.dim(facts.join(" · ")));
  if (story.dateline) {
    const d = story.dateline;
    const where = [d.location, d.isoDate ?? d.date, d.agency].filter(Boolean).join(", ");
    out.push(`${c.cyan("Dateline")}  ${d.raw}${where ? c.dim(`  (${where})`) : ""}`);
  }
  if (story.byline) out.push(`${c.cyan("Byline")}    ${story.byline.authors.join(", ") || story.byline.raw}`);
  if (story.credits) {
    for (const [role, names] of Object.entries(story.credits.roles)) {
      out.push(`${c.cyan(role.padEnd(9))} ${names.join(", ")}`);
    }
  }
  if (story.quotes.length) {
    out.push("", c.bold(`Quotes (${story.quotes.length})`));
    for (const q of story.quotes) {
      const who = q.speaker ?? q.speakerMention ?? "unattributed";
      const how = [q.cue, q.partial ? "partial" : null].filter(Boolean).join(", ");
      out.push(`  ${c.yellow(who)}${how ? c.dim(` (${how})`) : ""}: ${c.green(`“${q.text}”`)}`);
    }
  }
  out.push("", ...story.body.paragraphs.flatMap((p, i) => (i ? ["", p] : [p])));
  const notes: string[] = [];
  if (story.removed.length) notes.push(`${story.removed.length} block(s) removed`);
  for (const w of story.warnings) notes.push(`warning ${w.code}: ${w.message}`);
  if (notes.length) out.push("", c.dim(notes.join("; ")));
  return `${out.join("\n")}\n`;
}
