// Start-up work that a one-story run must not do, counted rather than timed: V8 compiling lexicon
// patterns to machine code (the launcher keeps a pattern interpreted for its first runs), built-in
// modules it does not use.
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, ROOT, SAMPLES } from "../helpers.js";

/** How many patterns V8 compiles to machine code while the CLI parses one story. */
function nativeRegexpCompiles(launcher: string[], story: string): number {
  const r = spawnSync(process.execPath, ["--trace-regexp-tier-up", ...launcher, join(SAMPLES, story)], {
    encoding: "utf8",
  });
  expect(r.status).toBe(0);
  return (r.stdout.match(/needs tier-up compilation/g) ?? []).length;
}

/**
 * The built-in modules a one-story run loads, counted, not timed: an exit hook writes the list to
 * standard error, taken before the write (writing is what sets standard error up).
 */
function modulesLoaded(stdout: "pipe" | number): string[] {
  const hook = `process.on("exit", () => { const list = process.moduleLoadList.join("\\n"); process.stderr.write(list); })`;
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      `data:text/javascript,${encodeURIComponent(hook)}`,
      BIN,
      "-f",
      "json",
      join(SAMPLES, "reuters-wire.txt"),
    ],
    { encoding: "utf8", stdio: ["ignore", stdout, "pipe"] },
  );
  expect(r.status).toBe(0);
  const loaded = r.stderr.split("\n");
  expect(loaded).toContain("NativeModule fs");
  return loaded;
}

describe("start-up", () => {
  it("compiles few lexicon patterns to machine code for one story", () => {
    const viaLauncher = nativeRegexpCompiles([BIN], "reuters-wire.txt");
    // the built CLI run without the launcher compiles one per pattern it runs twice or more
    const withoutIt = nativeRegexpCompiles([join(ROOT, "dist", "cli.js")], "reuters-wire.txt");
    expect(withoutIt).toBeGreaterThan(100);
    expect(viaLauncher).toBeLessThan(withoutIt / 5);
  });

  it("loads no node:crypto, node:readline or node:child_process for one story named on the command line", () => {
    const loaded = modulesLoaded("pipe");
    expect(loaded.filter((m) => /^NativeModule (?:crypto|readline|child_process)$/.test(m))).toEqual([]);
  });

  it("does not set up standard error (node:net for a pipe) for one story that prints no message", () => {
    const dir = mkdtempSync(join(tmpdir(), "wirestory-startup-"));
    const outFd = openSync(join(dir, "out.json"), "w");
    try {
      // standard output to a file (no socket), standard error to a pipe, as a script that keeps both
      expect(modulesLoaded(outFd)).not.toContain("NativeModule net");
    } finally {
      closeSync(outFd);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
