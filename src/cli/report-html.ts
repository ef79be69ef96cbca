// The HTML report: output records in, pieces of one self-contained page out (inline CSS, no scripts,
// no external requests; light and dark; readable on a phone). A page is pageHead(), then one
// storySection() per record, then pageFoot() with the table of contents; so a batch streams through
// with only its contents list kept, and a one-story page is the same three calls (storyPage).
// Every string from the input is made terminal-safe (no control characters) and then HTML-escaped.
import type { Story } from "../story.js";
import { isError, type OutputRecord } from "./records.js";
import { paragraphRuns, type Run, speakersOf } from "./story-marks.js";
import { terminalSafe } from "./terminal-safe.js";

/** The speakers' hues, in order of first appearance; they repeat after the last. */
const HUES = [28, 212, 145, 280, 350, 190, 50, 320, 95, 250];

/** One entry of the table of contents. */
export interface TocEntry {
  id: string;
  name: string;
  headline: string | null;
  error: string | null;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Input text as HTML text or attribute value: no control characters, every markup character escaped. */
export function escapeHtml(text: string): string {
  return terminalSafe(text).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

const STYLE = `
:root { color-scheme: light dark; --bg: #fdfcf9; --fg: #1d1d1f; --muted: #6b6b70; --line: #e3e1da; --card: #ffffff;
  --mark-mix: 26%; --l: 42%; --dl: #eceae3; --link: #2457a6; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #16171a; --fg: #e8e6e1; --muted: #9a9aa2; --line: #2e3036; --card: #1e2024; --mark-mix: 34%; --l: 68%; --dl: #33353b; --link: #8db4f0; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.6 Georgia, "Iowan Old Style", "Noto Serif", serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
header.page, nav, .meta, .legend, details, .warnings, .error { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
header.page { font-size: .85rem; color: var(--muted); display: flex; justify-content: space-between; gap: 1rem; flex-wrap: wrap; }
header.page a, nav a { color: inherit; }
article { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 1.25rem 1.4rem; margin: 1.25rem 0; }
.path { font: .78rem/1.4 ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--muted); overflow-wrap: anywhere; margin: 0 0 .4rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .75rem; overflow-wrap: anywhere; }
.body p, .legend li, details li, nav li { overflow-wrap: anywhere; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .9rem; font-size: .88rem; margin: 0 0 1rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.role { color: var(--muted); font-size: .8rem; }
.legend { list-style: none; padding: .6rem .8rem; margin: 0 0 1rem; border: 1px solid var(--line); border-radius: 8px; font-size: .86rem; display: flex; flex-wrap: wrap; gap: .35rem 1.2rem; }
.legend li { display: block; }
.swatch { width: .8rem; height: .8rem; border-radius: 3px; background: var(--c); display: inline-block; margin-right: .4rem; vertical-align: -.05rem; }
.legend .count { white-space: nowrap; }
.legend .desc, .legend .count { color: var(--muted); }
.s { --c: hsl(var(--h) 75% var(--l)); }
.unnamed { --c: var(--muted); }
mark.q { background: color-mix(in srgb, var(--c) var(--mark-mix), transparent); color: inherit; border-bottom: 2px solid var(--c); padding: 0 .1em; border-radius: 2px; }
.rep { text-decoration: underline 2px var(--c); text-underline-offset: .2em; }
.who { font-weight: 700; color: var(--c); }
mark.dl { background: var(--dl); color: inherit; font-weight: 700; border-radius: 4px; padding: 0 .25em; box-decoration-break: clone; }
a { color: var(--link); }
.body p { margin: 0 0 .9rem; }
details { margin-top: 1rem; font-size: .88rem; }
summary { cursor: pointer; color: var(--muted); }
details ul { padding-left: 1rem; }
details li { margin: .3rem 0; }
.kind { display: inline-block; min-width: 6.5rem; font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
details s { color: var(--muted); }
.warnings { font-size: .88rem; border-left: 3px solid #d9a400; padding: .2rem .8rem; margin: 1rem 0 0; list-style: none; }
.error { border-left: 4px solid #d33; }
.error code { font-weight: 700; }
nav ol { padding-left: 1.4rem; }
nav .failed { color: #d33; }
@media (max-width: 32rem) {
  body { font-size: 16px; }
  main { padding: .75rem .5rem 2rem; }
  article { padding: 1rem .9rem; border-radius: 0; border-left: 0; border-right: 0; }
  .meta { gap: .15rem .6rem; }
}
${HUES.map((h, i) => `.s${i} { --h: ${h}; }`).join("\n")}
`;

/** The page up to the first story; `title` is input text (a headline) or our own words. */
export function pageHead(title: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="wirestory">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
`;
}

/** The end of the page; with entries, a table of contents of the stories above. */
export function pageFoot(toc: readonly TocEntry[] = []): string {
  const items = toc.map((e) => {
    const label = e.error ? `${escapeHtml(e.name)}: ${escapeHtml(e.error)}` : escapeHtml(e.headline ?? e.name);
    return `<li${e.error ? ' class="failed"' : ""}><a href="#${e.id}">${label}</a></li>`;
  });
  const nav = items.length
    ? `<nav id="contents"><h2>Contents (${items.length})</h2>\n<ol>\n${items.join("\n")}\n</ol></nav>\n`
    : "";
  return `${nav}</main>\n</body>\n</html>\n`;
}

/** The header line of a many-story page: what it is, and a link to the contents at its end. */
export function pageBanner(): string {
  return `<header class="page"><span>wirestory report</span><a href="#contents">Contents ↓</a></header>\n`;
}

/** One record as an <article> with the given element id; `name` is the input's display name. */
export function storySection(record: OutputRecord, id: string, name: string): string {
  if (isError(record)) {
    return `<article id="${id}" class="error">
<p class="path">${escapeHtml(name)}</p>
<h1>Not parsed</h1>
<p><code>${escapeHtml(record.error.code)}</code>: ${escapeHtml(record.error.message)}</p>
</article>
`;
  }
  return renderStory(record, id, name);
}

/** A whole page for one story (what --output-dir writes per input). */
export function storyPage(record: OutputRecord, name: string): string {
  const title = isError(record) ? name : (record.headline ?? name);
  return pageHead(title) + storySection(record, "story-1", name) + pageFoot();
}

/** The table of contents entry of a record. */
export function tocEntry(record: OutputRecord, id: string, name: string): TocEntry {
  return isError(record)
    ? { id, name, headline: null, error: record.error.code }
    : { id, name, headline: record.headline, error: null };
}

function renderStory(story: Story, id: string, name: string): string {
  const speakers = speakersOf(story);
  const cls = (slot: number | null) => (slot === null ? "unnamed" : `s s${slot % HUES.length}`);
  const parts: string[] = [`<article id="${id}">`, `<p class="path">${escapeHtml(name)}</p>`];
  parts.push(`<h1>${story.headline ? escapeHtml(story.headline) : "(no headline)"}</h1>`);

  const meta: [string, string][] = [];
  const text = (label: string, value: string | null | undefined) => {
    if (value) meta.push([label, escapeHtml(value)]);
  };
  if (story.dateline) {
    const d = story.dateline;
    const where = [d.location, d.isoDate ?? d.date, d.agency].filter((f): f is string => Boolean(f));
    meta.push([
      "Dateline",
      `<mark class="dl">${escapeHtml(d.raw)}</mark>${where.length ? ` ${escapeHtml(where.join(", "))}` : ""}`,
    ]);
  }
  if (story.byline) text("Byline", story.byline.authors.join(", ") || story.byline.raw);
  if (story.credits) {
    const roles = Object.entries(story.credits.roles).map(
      ([role, names]) => `<span class="role">${escapeHtml(role)}</span> ${escapeHtml(names.join(", "))}`,
    );
    if (roles.length) meta.push(["Credits", roles.join("<br>")]);
  }
  text("Agency", story.agency);
  text("Published", story.published);
  text("Modified", story.modified);
  text("Section", story.section);
  text("Site", story.siteName);
  if (story.canonicalUrl) meta.push(["URL", link(story.canonicalUrl)]);
  if (meta.length) parts.push(`<dl class="meta">${meta.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`);

  if (speakers.length) {
    const items = speakers.map((s) => {
      const counts = [s.quotes && `${s.quotes} quote${s.quotes > 1 ? "s" : ""}`, s.reported && `${s.reported} reported`]
        .filter(Boolean)
        .join(", ");
      const desc = s.description ? ` <span class="desc">${escapeHtml(s.description)}</span>` : "";
      const who = s.name ? `<bdi>${escapeHtml(s.name)}</bdi>` : "<i>unattributed</i>";
      return `<li class="${cls(s.slot)}"><span class="swatch"></span><b>${who}</b>${desc} <span class="count">${counts}</span></li>`;
    });
    parts.push(`<ul class="legend" aria-label="Speakers">${items.join("")}</ul>`);
  }

  const runs = paragraphRuns(story, speakers);
  parts.push(
    `<div class="body">${runs.map((p) => `<p>${p.map((run) => runHtml(run, cls)).join("")}</p>`).join("\n")}</div>`,
  );

  if (story.warnings.length) {
    const items = story.warnings.map((w) => `<li>⚠ <code>${escapeHtml(w.code)}</code> ${escapeHtml(w.message)}</li>`);
    parts.push(`<ul class="warnings">${items.join("")}</ul>`);
  }
  if (story.removed.length) {
    const items = story.removed.map(
      (r) => `<li><span class="kind">${escapeHtml(r.kind)}</span> <s>${escapeHtml(r.text)}</s></li>`,
    );
    parts.push(`<details><summary>Removed (${story.removed.length})</summary><ul>${items.join("")}</ul></details>`);
  }
  parts.push("</article>\n");
  return parts.join("\n");
}

function runHtml(run: Run, cls: (slot: number | null) => string): string {
  const text = escapeHtml(run.text);
  switch (run.kind) {
    case null:
      return text;
    case "dateline":
      return `<mark class="dl">${text}</mark>`;
    case "quote":
      return `<mark class="q ${cls(run.slot)}">${text}</mark>`;
    case "reported":
      return `<span class="rep ${cls(run.slot)}">${text}</span>`;
    case "speaker":
      return `<span class="who ${cls(run.slot)}">${text}</span>`;
  }
}

/** A link only for http(s) addresses; anything else stays text. */
function link(url: string): string {
  const safe = escapeHtml(url);
  return /^https?:\/\//i.test(url) ? `<a href="${safe}" rel="noreferrer noopener">${safe}</a>` : safe;
}
