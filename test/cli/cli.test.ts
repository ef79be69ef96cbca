// End-to-end: the built CLI, spawned as users run it (files, stdin, batches, errors, pipes).
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runCliIntoHead, SAMPLES } from "../helpers.js";

const sample = (name: string) => join(SAMPLES, name);
const STORY =
  "Storm closes pass\n\nA storm closed the mountain pass on Monday, officials said, and drivers were told to wait.\n";

describe("wirestory CLI", () => {
  it("parses one file into one JSON Story (json is the default off a terminal)", () => {
    const r = runCli([sample("reuters-wire.txt")]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const story = JSON.parse(r.stdout);
    expect(story.schemaVersion).toBe(1);
    expect(story.source).toMatchObject({ path: sample("reuters-wire.txt"), format: "text", encoding: "utf-8" });
    expect(story.headline).toBe("Carmaker Veltro to cut 2,000 jobs in Germany");
  });

  it("reads standard input when no input is named, and for -", () => {
    for (const args of [[], ["-"]]) {
      const r = runCli(args, { input: STORY });
      expect(r.code).toBe(0);
      const story = JSON.parse(r.stdout);
      expect(story.source.path).toBeNull();
      expect(story.headline).toBe("Storm closes pass");
      expect(story.body.paragraphs).toHaveLength(1);
    }
  });

  it("gives one NDJSON record per input, in input order, for several files", () => {
    const files = [sample("ap-wire.txt"), sample("afp-wire.txt"), sample("news-page.html")];
    const r = runCli(files);
    expect(r.code).toBe(0);
    const records = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((s) => s.source.path)).toEqual(files);
    expect(records[2].source.format).toBe("html");
  });

  it("prints a JSON array for several inputs with --format json", () => {
    const r = runCli(["-f", "json", sample("ap-wire.txt"), sample("afp-wire.txt")]);
    expect(r.code).toBe(0);
    const stories = JSON.parse(r.stdout);
    expect(Array.isArray(stories)).toBe(true);
    expect(stories).toHaveLength(2);
  });

  it("reports a missing file as one stderr line and an error record, exit 1, others still parsed", () => {
    const r = runCli(["-f", "ndjson", sample("ap-wire.txt"), "no/such/file.txt", sample("afp-wire.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("wirestory: no/such/file.txt: no such file\n");
    const records = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(3);
    expect(records[1]).toEqual({
      schemaVersion: 1,
      source: { path: "no/such/file.txt", id: null, format: null, encoding: null, bytes: null },
      error: { code: "not_found", message: "no such file" },
    });
    expect(records[2].headline).toContain("Cyclists");
  });

  it("reports a binary file, found in a folder or named, with its own code, once", () => {
    const dir = mkdtempSync(join(tmpdir(), "wirestory-"));
    const binary = join(dir, "image.txt");
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    const r = runCli(["-f", "ndjson", dir, binary]);
    expect(r.code).toBe(1);
    const codes = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).error.code);
    expect(codes).toEqual(["binary"]); // the folder stands for its files; the same file is read once
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/); // no stack trace
  });

  it("gives the same records in the same order with --jobs", () => {
    const files = [
      sample("ap-wire.txt"),
      "missing.txt",
      sample("news-page.html"),
      sample("afp-wire.txt"),
      sample("xinhua-wire.txt"),
    ];
    const sequential = runCli(["-f", "ndjson", ...files]);
    const parallel = runCli(["-f", "ndjson", "--jobs", "3", ...files]);
    expect(parallel.code).toBe(1);
    expect(parallel.stdout).toBe(sequential.stdout);
    expect(parallel.stderr).toBe("wirestory: missing.txt: no such file\n");
  });

  it("gives up on an input over --timeout with a timeout record, and goes on with the next", () => {
    const dir = mkdtempSync(join(tmpdir(), "wirestory-"));
    const big = join(dir, "big.txt");
    // 22 MB takes many seconds to parse; the small story after it takes milliseconds, so a busy machine
    // cannot turn either outcome around.
    writeFileSync(big, `${STORY.repeat(200_000)}`);
    const r = runCli(["-f", "ndjson", "--timeout", "2", big, sample("ap-wire.txt")]);
    expect(r.code).toBe(1);
    const records = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records.map((x) => x.error?.code ?? "ok")).toEqual(["timeout", "ok"]);
    expect(records[1].headline).toBe("County fair opens a day late after storm");
    expect(r.stderr).toBe(`wirestory: ${big}: gave up after 2 s (--timeout)\n`);
  });

  it("runs NDJSON records in worker threads with --jobs, in order", () => {
    const input = [1, 2, 3, 4, 5]
      .map((n) => JSON.stringify({ id: `r${n}`, text: STORY.replace("Monday", `day ${n}`) }))
      .join("\n");
    const sequential = runCli(["--input", "ndjson"], { input });
    const parallel = runCli(["--input", "ndjson", "-j", "2"], { input });
    expect(parallel.code).toBe(0);
    expect(parallel.stdout).toBe(sequential.stdout);
    expect(
      parallel.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).source.id),
    ).toEqual(["r1", "r2", "r3", "r4", "r5"]);
  });

  it("refuses an input over --max-bytes with too_large", () => {
    const r = runCli(["--max-bytes", "100", "-f", "ndjson", sample("reuters-wire.txt")]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).error.code).toBe("too_large");
  });

  it("exits 2 with one line on an unknown option or a bad value", () => {
    for (const args of [["--frobnicate"], ["-f", "xml", "x.txt"], ["--max-bytes", "lots"]]) {
      const r = runCli(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(r.stderr).toMatch(/^wirestory: /);
    }
  });

  it("shows help with exit 0, and the version", () => {
    const help = runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: wirestory [options] [inputs...]");
    expect(help.stdout).toContain("Exit codes:");
    const version = runCli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("prints the JSON Schema with --schema", () => {
    const r = runCli(["--schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toContain("2020-12");
    expect(schema.required).toContain("quotes");
  });

  it("writes the clean story with --format text", () => {
    const r = runCli(["-f", "text"], { input: STORY });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "Storm closes pass\n\nA storm closed the mountain pass on Monday, officials said, and drivers were told to wait.\n",
    );
  });

  it("uses no colour in the pretty format off a terminal, with NO_COLOR, or with --no-color", () => {
    for (const [args, env] of [
      [["-f", "pretty"], {}],
      [["-f", "pretty"], { NO_COLOR: "1" }],
      [["-f", "pretty", "--no-color"], {}],
    ] as const) {
      const r = runCli([...args], { input: STORY, env });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain("Storm closes pass");
      expect(r.stdout).not.toContain("\u001b[");
    }
  });

  it("reads NDJSON records with --input ndjson, one output line per record, bad lines as errors", () => {
    const input = [
      JSON.stringify({ id: "a1", text: STORY, feed: "wire" }),
      "{not json",
      JSON.stringify({
        id: "a3",
        html: "<html><body><article><p>Short page text for a test.</p></article></body></html>",
      }),
      JSON.stringify({ id: "a4" }),
    ].join("\n");
    const r = runCli(["--input", "ndjson"], { input });
    expect(r.code).toBe(1);
    const records = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(4);
    expect(records[0].source.id).toBe("a1");
    expect(records[0].meta).toEqual({ feed: "wire" });
    expect(records[1].error.code).toBe("bad_record");
    expect(records[2].source).toMatchObject({ id: "a3", format: "html" });
    expect(records[3]).toMatchObject({ source: { id: "a4" }, error: { code: "bad_record" } });
    expect(r.stderr.trim().split("\n")).toHaveLength(2);
  });

  it("stops quietly when the reader goes away (| head -1)", async () => {
    const files = Array.from({ length: 40 }, () => sample("reuters-wire.txt"));
    const r = await runCliIntoHead(["-f", "ndjson", ...files]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
  });
});
