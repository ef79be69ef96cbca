// `npm run bench`: wirestory's speed and memory, side by side with bare node and cheerio on this
// machine. Builds its own inputs in a temp dir (invented stories from bench/stories.mjs), runs the
// built CLI (dist/, via bin/) in child processes, and prints ONE JSON line. Times are medians of
// rounds that interleave every measure, so load from other work on the machine spreads over all of
// them alike. With ../shared present, the benchmark HTML pages also run through wirestory and through
// `cheerio/slim` load() alone.
//
// Environment: BENCH_ROUNDS (default 3), BENCH_STORIES (2000), BENCH_PAGES (300),
// BENCH_NDJSON_RECORDS (100000), BENCH_BIG_MB (40), BENCH_SHARED (the shared data, ../shared).
import { spawnSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { cpus, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { random, storyHtml, storyParts, storyText } from "./stories.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const cli = join(root, "bin", "wirestory.js");
const env = (name, fallback) => Number(process.env[name] ?? fallback);
const ROUNDS = env("BENCH_ROUNDS", 3);
const STORIES = env("BENCH_STORIES", 2000);
const PAGES = env("BENCH_PAGES", 300);
const RECORDS = env("BENCH_NDJSON_RECORDS", 100000);
const BIG_MB = env("BENCH_BIG_MB", 40);
const STARTS_PER_ROUND = 4;

if (!existsSync(join(root, "dist", "cli.js"))) {
  console.error("bench: dist/ is missing; run `npm run build` first");
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), "wirestory-bench-"));
const devNull = openSync("/dev/null", "w");
try {
  const inputs = makeInputs();
  const shared = sharedPages();
  const runs = {};
  const time = (name, args) => {
    runs[name] = [...(runs[name] ?? []), timed(args)];
  };
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < STARTS_PER_ROUND; i++) {
      time("bare", ["-e", "0"]);
      time("one", [cli, "-f", "json", inputs.text[0]]);
    }
    time("text1", [cli, "-f", "ndjson", "-j", "1", ...inputs.text]);
    time("text2", [cli, "-f", "ndjson", "-j", "2", ...inputs.text]);
    time("html1", [cli, "-f", "ndjson", "-j", "1", ...inputs.html]);
    time("html2", [cli, "-f", "ndjson", "-j", "2", ...inputs.html]);
    if (shared) {
      time("pages", [cli, "-f", "ndjson", "-j", "1", ...shared.files]);
      time("cheerio", [join(here, "cheerio-load.mjs"), ...shared.files]);
    }
  }
  const ms = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)]));
  const speed = (key, set) => ({
    ms: round1(ms[key]),
    storiesPerSec: round1((set.count / ms[key]) * 1000),
    mbPerSec: round1(set.bytes / 1e6 / (ms[key] / 1000)),
  });
  const big = peakRss([cli, "-f", "json", inputs.big.path]);
  const stream = peakRss([cli, "--input", "ndjson", "-f", "ndjson", inputs.ndjson.path]);
  const streamSmall = peakRss([cli, "--input", "ndjson", "-f", "ndjson", inputs.ndjsonSmall.path]);
  const result = {
    bench: "wirestory",
    node: process.version,
    cpus: cpus().length,
    rounds: ROUNDS,
    text: {
      stories: inputs.textSet.count,
      mb: round1(inputs.textSet.bytes / 1e6),
      jobs1: speed("text1", inputs.textSet),
      jobs2: speed("text2", inputs.textSet),
    },
    html: {
      pages: inputs.htmlSet.count,
      mb: round1(inputs.htmlSet.bytes / 1e6),
      jobs1: speed("html1", inputs.htmlSet),
      jobs2: speed("html2", inputs.htmlSet),
    },
    jobs2Speedup: round2(ms.text1 / ms.text2),
    oneStoryMs: round1(ms.one),
    bareNodeMs: round1(ms.bare),
    batchOverOne: round2(ms.text1 / ms.one),
    startupOverBare: round2(ms.one / ms.bare),
    bigStory: {
      mb: round1(inputs.big.bytes / 1e6),
      ms: round1(big.ms),
      peakRssMb: round1(big.kb / 1024),
      overInput: round2((big.kb * 1024) / inputs.big.bytes),
      exit: big.status,
    },
    ndjsonStream: {
      records: RECORDS,
      mb: round1(inputs.ndjson.bytes / 1e6),
      ms: round1(stream.ms),
      peakRssMb: round1(stream.kb / 1024),
      tenthRecords: inputs.ndjsonSmall.count,
      tenthPeakRssMb: round1(streamSmall.kb / 1024),
      exit: stream.status,
    },
    sharedPages: shared
      ? {
          pages: shared.files.length,
          mb: round1(shared.bytes / 1e6),
          wirestoryMs: round1(ms.pages),
          cheerioLoadMs: round1(ms.cheerio),
          ratio: round2(ms.pages / ms.cheerio),
        }
      : null,
  };
  console.log(JSON.stringify(result));
} finally {
  closeSync(devNull);
  rmSync(dir, { recursive: true, force: true });
}

function makeInputs() {
  const rnd = random(20240514);
  const text = [];
  const html = [];
  const textSet = { count: 0, bytes: 0 };
  const htmlSet = { count: 0, bytes: 0 };
  for (let i = 0; i < STORIES; i++) {
    const path = join(dir, `s${String(i).padStart(5, "0")}.txt`);
    const content = storyText(storyParts(rnd, 4 + Math.floor(rnd() * 5)));
    writeFileSync(path, content);
    text.push(path);
    textSet.count++;
    textSet.bytes += Buffer.byteLength(content);
  }
  for (let i = 0; i < PAGES; i++) {
    const path = join(dir, `p${String(i).padStart(5, "0")}.html`);
    const content = storyHtml(storyParts(rnd, 4 + Math.floor(rnd() * 8)), rnd);
    writeFileSync(path, content);
    html.push(path);
    htmlSet.count++;
    htmlSet.bytes += Buffer.byteLength(content);
  }
  return {
    text,
    html,
    textSet,
    htmlSet,
    big: bigStory(rnd),
    ndjson: ndjsonStream(rnd, "stream.ndjson", RECORDS),
    ndjsonSmall: ndjsonStream(rnd, "stream-tenth.ndjson", Math.ceil(RECORDS / 10)),
  };
}

/** One long story: a wire lead, then paragraphs (quotes among them) up to BIG_MB megabytes. */
function bigStory(rnd) {
  const path = join(dir, "big.txt");
  const fd = openSync(path, "w");
  const first = storyParts(rnd, 3);
  let bytes = writeSync(fd, `${first.headline}\n${first.byline}\n\n${first.lead}\n\n`);
  while (bytes < BIG_MB * 1e6) {
    const parts = storyParts(rnd, 6);
    bytes += writeSync(fd, `${parts.body.join("\n\n")}\n\n`);
  }
  closeSync(fd);
  return { path, bytes };
}

/** `count` short records, one story each, as NDJSON. */
function ndjsonStream(rnd, name, count) {
  const path = join(dir, name);
  const fd = openSync(path, "w");
  let bytes = 0;
  let chunk = "";
  for (let i = 0; i < count; i++) {
    const parts = storyParts(rnd, 2);
    const text = `${parts.lead}\n\n${parts.body.join("\n\n")}`;
    chunk += `${JSON.stringify({ id: `r${i}`, text, desk: "bench" })}\n`;
    if (chunk.length > 1 << 20) {
      bytes += writeSync(fd, chunk);
      chunk = "";
    }
  }
  bytes += writeSync(fd, chunk);
  closeSync(fd);
  return { path, bytes, count };
}

function sharedPages() {
  const pages = resolve(process.env.BENCH_SHARED ?? resolve(root, "..", "shared"), "corpora", "html", "pages");
  if (!existsSync(pages)) return null;
  const files = readdirSync(pages)
    .filter((f) => f.endsWith(".html"))
    .sort()
    .map((f) => join(pages, f));
  return { files, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
}

/** Wall-clock milliseconds of one child process (stdout to /dev/null). */
function timed(args) {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { stdio: ["ignore", devNull, "pipe"], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0)
    throw new Error(`bench: ${args.slice(0, 3).join(" ")} … exited ${child.status}: ${child.stderr}`);
  return ms;
}

/** Peak resident set (kB) and wall time of one child, read by the preloaded bench/maxrss.cjs. */
function peakRss(args) {
  const file = join(dir, `rss-${Date.now()}`);
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, ["--require", join(here, "maxrss.cjs"), ...args], {
    stdio: ["ignore", devNull, "pipe"],
    env: { ...process.env, BENCH_RSS_FILE: file },
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const kb = existsSync(file) ? Number(readFileSync(file, "utf8").trim()) : Number.NaN;
  return { kb, ms, status: child.status };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round1(n) {
  return Math.round(n * 10) / 10;
}

function round2(n) {
  return Math.round(n * 100) / 100;
}
