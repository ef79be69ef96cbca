// End-to-end batches, the built CLI spawned as users run it: folders in (order, extensions, hidden files,
// symlink loops), --files-from, --output-dir (the mirrored tree, the naming rule, paths that try to leave
// it, error files, --skip-existing), the progress line, and long NDJSON streams. No timing is asserted.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "../helpers.js";

const story = (n: number | string) =>
  `Council shuts bridge ${n}\n\nThe town council closed the old bridge on Monday for repairs, officials said. "It will reopen in spring," the mayor said of bridge ${n}.\n`;
const page = (n: number | string) =>
  `<!doctype html><html><head><title>Bridge ${n}</title></head><body><article><h1>Bridge ${n}</h1><p>The council closed the old bridge ${n} on Monday, officials said.</p></article></body></html>`;

/** Writes files (path -> content) under a new temporary folder; returns the folder. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "wirestory-batch-"));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, ".."), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** Every file under a folder, as sorted relative paths (hidden ones too). */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const visit = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) visit(join(d, e.name));
      else out.push(relative(dir, join(d, e.name)));
    }
  };
  visit(dir);
  return out.sort();
}

const lines = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe("folders in", () => {
  it("walks folders recursively in sorted order, story extensions only, hidden files and folders skipped", () => {
    const root = tree({
      "corpus/b.txt": story("b"),
      "corpus/a/z.html": page("z"),
      "corpus/a/y.htm": page("y"),
      "corpus/a/sub/x.text": story("x"),
      "corpus/c.TXT": story("c"),
      "corpus/notes.md": story("md"),
      "corpus/.hidden.txt": story("hidden"),
      "corpus/.cache/w.txt": story("w"),
      "corpus/image.png": "not a story",
    });
    const r = runCli(["corpus"], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(lines(r.stdout).map((s) => s.source.path)).toEqual([
      "corpus/a/sub/x.text",
      "corpus/a/y.htm",
      "corpus/a/z.html",
      "corpus/b.txt",
      "corpus/c.TXT",
    ]);
  });

  it("takes other extensions with --ext, and a file named directly whatever its extension", () => {
    const root = tree({
      "d/a.md": story("a"),
      "d/b.txt": story("b"),
      "d/c.markdown": story("c"),
      "e.story": story("e"),
    });
    const r = runCli(["--ext", "md,.markdown", "d", "e.story"], { cwd: root });
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((s) => s.source.path)).toEqual(["d/a.md", "d/c.markdown", "e.story"]);
  });

  it("follows symlinks without looping and reads no file twice", () => {
    const root = tree({ "corpus/a/one.txt": story(1), "corpus/b/two.txt": story(2) });
    symlinkSync("..", join(root, "corpus/a/up")); // a loop
    symlinkSync(join(root, "corpus/b"), join(root, "corpus/a/again")); // a folder reached twice
    symlinkSync("one.txt", join(root, "corpus/a/same.txt")); // a file reached twice
    const r = runCli(["corpus", "corpus/b/two.txt"], { cwd: root });
    expect(r.code).toBe(0);
    const paths = lines(r.stdout).map((s) => s.source.path);
    expect(paths).toHaveLength(2);
    expect(new Set(paths.map((p) => p.split("/").pop()))).toEqual(new Set(["one.txt", "two.txt"]));
  });

  it("reads input paths from --files-from (a file, or - for stdin), in order", () => {
    const root = tree({ "a.txt": story("a"), "b/c.html": page("c"), "d/e.txt": story("e") });
    writeFileSync(join(root, "list"), "d/e.txt\n\nb/c.html\r\na.txt\n");
    const fromFile = runCli(["--files-from", "list"], { cwd: root });
    expect(fromFile.code).toBe(0);
    expect(lines(fromFile.stdout).map((s) => s.source.path)).toEqual(["d/e.txt", "b/c.html", "a.txt"]);
    const fromStdin = runCli(["--files-from", "-", "-f", "ndjson"], { cwd: root, input: "a.txt\nmissing.txt\n" });
    expect(fromStdin.code).toBe(1);
    expect(lines(fromStdin.stdout).map((s) => s.error?.code ?? s.source.path)).toEqual(["a.txt", "not_found"]);
    const noList = runCli(["--files-from", "no-such-list"], { cwd: root });
    expect(noList.code).toBe(2);
    expect(noList.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("--output-dir", () => {
  it("mirrors the folder tree, one JSON file per input, nothing on stdout or stderr", () => {
    const root = tree({ "corpus/a/b/story.txt": story(1), "corpus/top.html": page(2) });
    const r = runCli(["corpus", "--output-dir", "out"], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe("");
    expect(listFiles(join(root, "out"))).toEqual(["a/b/story.json", "top.json"]);
    const saved = JSON.parse(readFileSync(join(root, "out/a/b/story.json"), "utf8"));
    expect(saved.source.path).toBe("corpus/a/b/story.txt");
    expect(saved.headline).toBe("Council shuts bridge 1");
  });

  it("keeps both story.txt and story.html beside each other (the extension stays in both names)", () => {
    const root = tree({ "c/story.txt": story("text"), "c/story.html": page("html"), "c/story.txt.html": page("x") });
    const all = runCli(["c", "-o", "out"], { cwd: root });
    expect(all.code).toBe(0);
    expect(listFiles(join(root, "out"))).toEqual(["story.html.json", "story.txt.html.json", "story.txt.json"]);
    expect(JSON.parse(readFileSync(join(root, "out/story.txt.json"), "utf8")).source.format).toBe("text");
    expect(JSON.parse(readFileSync(join(root, "out/story.html.json"), "utf8")).source.format).toBe("html");
    // the names do not depend on which inputs are in the run
    const one = runCli(["--files-from", "-", "-o", "out-one"], { cwd: root, input: "c/story.txt\n" });
    expect(one.code).toBe(0);
    expect(listFiles(join(root, "out-one"))).toEqual(["c/story.txt.json"]);
  });

  it("writes nothing outside the folder, whatever the input paths", () => {
    const root = tree({ "up.txt": story("up"), "work/in.txt": story("in"), "elsewhere/abs.txt": story("abs") });
    const before = listFiles(root);
    const r = runCli(["../up.txt", join(root, "elsewhere/abs.txt"), "in.txt", "-", "-o", "out"], {
      cwd: join(root, "work"),
      input: story("stdin"),
    });
    expect(r.code).toBe(0);
    const outside = listFiles(root).filter((p) => !p.startsWith("work/out/") && !before.includes(p));
    expect(outside).toEqual([]);
    const written = listFiles(join(root, "work/out"));
    expect(written).toHaveLength(4);
    expect(written).toContain("in.json");
    expect(written).toContain("stdin.json");
  });

  it("never overwrites an input", () => {
    const root = tree({ "story.txt": story(1) });
    const r = runCli(["-f", "text", "-o", ".", "story.txt"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/story\.txt.*not overwritten/);
    expect(readFileSync(join(root, "story.txt"), "utf8")).toBe(story(1));
  });

  it("puts a failure's error record in NAME.error.json, and --skip-existing retries only the failures", () => {
    const root = tree({ "c/good.txt": story("good"), "c/bad.txt": "\u0089PNG\u0000\u0000\u0000binary" });
    const first = runCli(["c", "-o", "out"], { cwd: root });
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/^wirestory: c\/bad\.txt: [^\n]+\n$/); // one line
    expect(listFiles(join(root, "out"))).toEqual(["bad.error.json", "good.json"]);
    expect(JSON.parse(readFileSync(join(root, "out/bad.error.json"), "utf8")).error.code).toBe("binary");

    // the good one is not parsed again (its file is left as it is); the bad one, fixed, is
    writeFileSync(join(root, "out/good.json"), "kept\n");
    writeFileSync(join(root, "c/bad.txt"), story("fixed"));
    const second = runCli(["c", "-o", "out", "--skip-existing"], { cwd: root });
    expect(second.code).toBe(0);
    expect(second.stdout).toBe("");
    expect(listFiles(join(root, "out"))).toEqual(["bad.json", "good.json"]);
    expect(readFileSync(join(root, "out/good.json"), "utf8")).toBe("kept\n");
    expect(JSON.parse(readFileSync(join(root, "out/bad.json"), "utf8")).headline).toBe("Council shuts bridge fixed");
  });

  it("writes the clean text with --format text, and refuses formats that are not per-file", () => {
    const root = tree({ "c/a.txt": story("a") });
    const r = runCli(["c", "-o", "out", "-f", "text"], { cwd: root });
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, "out/a.txt"), "utf8")).toMatch(/^Council shuts bridge a\n\nThe town council/);
    const pretty = runCli(["c", "-o", "out2", "-f", "pretty"], { cwd: root });
    expect(pretty.code).toBe(2);
    expect(runCli(["c", "--skip-existing"], { cwd: root }).code).toBe(2);
  });

  it("writes one report page per story with --format html, the error record still as JSON", () => {
    const root = tree({ "c/a.txt": story("a"), "c/b.txt": "\u0000binary" });
    const r = runCli(["c", "-o", "out", "-f", "html"], { cwd: root });
    expect(r.code).toBe(1);
    const page = readFileSync(join(root, "out/a.html"), "utf8");
    expect(page).toMatch(/^<!doctype html>/i);
    expect(page).toContain("Council shuts bridge a");
    expect(JSON.parse(readFileSync(join(root, "out/b.error.json"), "utf8")).error.code).toBe("binary");
  });

  it("names NDJSON records' files by id, made safe and unique", () => {
    const ids = ["AP-1", "a/b", "../x", "AP-1", null, ".hidden", "x.error"];
    const input = ids.map((id, i) => JSON.stringify({ id, text: story(i) })).join("\n");
    const root = tree({});
    const r = runCli(["--input", "ndjson", "-o", "out"], { cwd: root, input: `${input}\nnot json\n` });
    expect(r.code).toBe(1);
    const files = listFiles(join(root, "out"));
    expect(files).toHaveLength(8);
    expect(files).toContain("AP-1.json");
    expect(files).toContain("AP-1~2.json");
    expect(files.every((f) => !f.includes("/") && !f.startsWith("."))).toBe(true);
    expect(files.filter((f) => f.endsWith(".error.json"))).toHaveLength(1);
    const saved = files
      .filter((f) => !f.endsWith(".error.json"))
      .map((f) => readFileSync(join(root, "out", f), "utf8"));
    expect(saved.map((s) => JSON.parse(s).source.id).sort()).toEqual(
      ["AP-1", "a/b", "../x", "AP-1", null, ".hidden", "x.error"].sort(),
    );
  });
});

describe("progress and the end of a run", () => {
  it("writes nothing to stderr off a terminal when every input parses", () => {
    const root = tree({ "c/a.txt": story("a"), "c/b.txt": story("b") });
    for (const args of [["c"], ["c", "-o", "out"]]) {
      const r = runCli(args, { cwd: root });
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
    }
  });

  it("draws the progress line with --progress, then replaces it by one summary line", () => {
    const root = tree({ "c/a.txt": story("a"), "c/b.txt": story("b"), "c/c.txt": "\u0000\u0001binary" });
    const r = runCli(["c", "--progress", "-o", "out"], { cwd: root });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stories/);
    // what is left on the screen: the error line and the summary, the progress line cleared
    const screen = r.stderr.split("\n").map((l) => l.split("\r\u001b[K").pop());
    expect(screen.filter(Boolean)).toEqual([
      expect.stringMatching(/^wirestory: c\/c\.txt: /),
      expect.stringMatching(/^3 stories: 2 parsed, 1 failed, \d+\.\d s$/),
    ]);
    for (const quiet of [["--quiet", "--progress"], ["--no-progress"]]) {
      const silent = runCli(["c", "-o", "out", ...quiet], { cwd: root });
      expect(silent.stderr).toMatch(/^wirestory: c\/c\.txt: [^\n]+\n$/); // the error line only
    }
  });
});

describe("streams", () => {
  it("gives one record per line, in order, for 20,000 NDJSON records", () => {
    const n = 20_000;
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i}`, text: story(i) })).join("\n");
    const r = runCli(["--input", "ndjson"], { input });
    expect(r.code).toBe(0);
    const out = r.stdout.split("\n").filter(Boolean);
    expect(out).toHaveLength(n);
    expect(JSON.parse(out[0]).source.id).toBe("r0");
    expect(JSON.parse(out[n - 1]).source.id).toBe(`r${n - 1}`);
    expect(out.every((l, i) => l.includes(`"id":"r${i}"`))).toBe(true);
  });

  it("gives the same bytes with --jobs 2 as with --jobs 1 on a folder", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 80; i++)
      files[`c/${String(i).padStart(2, "0")}.${i % 3 ? "txt" : "html"}`] = i % 3 ? story(i) : page(i);
    files["c/zz.txt"] = "\u0000binary";
    const root = tree(files);
    const one = runCli(["c", "--jobs", "1"], { cwd: root });
    const auto = runCli(["c", "--jobs", "2"], { cwd: root });
    expect(one.code).toBe(1);
    expect(auto.code).toBe(1);
    expect(auto.stdout).toBe(one.stdout);
    expect(auto.stderr).toBe(one.stderr);
  });
});

describe("signals", () => {
  /** Starts the CLI on an NDJSON stream left open, signals it after its first output, and waits for the end. */
  function interrupted(
    signal: NodeJS.Signals,
    args: string[],
    cwd: string,
    firstOutput: (stdout: string) => boolean,
  ): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((done) => {
      const child = spawn(process.execPath, [BIN, "--input", "ndjson", ...args], { cwd });
      let stdout = "";
      let stderr = "";
      let sent = false;
      const send = () => {
        if (!sent && firstOutput(stdout)) {
          sent = true;
          child.kill(signal);
        }
      };
      child.stdout.on("data", (d) => {
        stdout += d;
        send();
      });
      child.stderr.on("data", (d) => (stderr += d));
      const poll = setInterval(send, 50);
      // 200 records, and the stream stays open: only the signal can end the run
      for (let i = 0; i < 200; i++) child.stdin.write(`${JSON.stringify({ id: `r${i}`, text: story(i) })}\n`);
      child.on("close", (code) => {
        clearInterval(poll);
        done({ code, stdout, stderr });
      });
    });
  }

  it("stops on SIGINT with exit 130, every line written a whole record", async () => {
    const r = await interrupted("SIGINT", ["-f", "ndjson"], tmpdir(), (out) => out.includes("\n"));
    expect(r.code).toBe(130);
    const records = lines(r.stdout);
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThanOrEqual(200);
    expect(records.map((s) => s.source.id)).toEqual(records.map((_, i) => `r${i}`));
    expect(r.stdout.endsWith("\n")).toBe(true);
  });

  it("stops on SIGTERM with exit 143 in the worker pool too", async () => {
    const r = await interrupted("SIGTERM", ["-f", "ndjson", "--jobs", "2"], tmpdir(), (out) => out.includes("\n"));
    expect(r.code).toBe(143);
    expect(lines(r.stdout).length).toBeGreaterThan(0);
  });

  it("leaves no torn or temporary file in --output-dir", async () => {
    const root = tree({});
    const out = join(root, "out");
    const r = await interrupted("SIGTERM", ["-o", out], root, () => existsSync(out) && listFiles(out).length > 0);
    expect(r.code).toBe(143);
    expect(r.stdout).toBe("");
    const files = listFiles(out);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(f).toMatch(/^r\d+\.json$/);
      expect(JSON.parse(readFileSync(join(out, f), "utf8")).source.id).toBe(f.replace(/\.json$/, ""));
    }
  });
});
