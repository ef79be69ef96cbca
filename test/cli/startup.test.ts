// Start-up work that a one-story run must not do, counted rather than timed: V8 compiling lexicon
// patterns to machine code (the launcher keeps a pattern interpreted for its first runs).
import { spawnSync } from "node:child_process";
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

describe("start-up", () => {
  it("compiles few lexicon patterns to machine code for one story", () => {
    const viaLauncher = nativeRegexpCompiles([BIN], "reuters-wire.txt");
    // the built CLI run without the launcher compiles one per pattern it runs twice or more
    const withoutIt = nativeRegexpCompiles([join(ROOT, "dist", "cli.js")], "reuters-wire.txt");
    expect(withoutIt).toBeGreaterThan(100);
    expect(viaLauncher).toBeLessThan(withoutIt / 5);
  });

  it("loads no node:crypto, node:readline or node:child_process for one story named on the command line", () => {
    // an exit hook lists the built-in modules the run loaded: counted, not timed
    const hook = `process.on("exit", () => process.stderr.write(process.moduleLoadList.join("\\n")))`;
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
      { encoding: "utf8" },
    );
    expect(r.status).toBe(0);
    const loaded = r.stderr.split("\n");
    expect(loaded).toContain("NativeModule fs");
    expect(loaded.filter((m) => /^NativeModule (?:crypto|readline|child_process)$/.test(m))).toEqual([]);
  });
});
