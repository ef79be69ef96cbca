// Test helpers: run the built CLI as a user would, and find the shared corpus folder when present.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const BIN = join(ROOT, "bin", "wirestory.js");
export const SAMPLES = join(ROOT, "samples");
/** The expected output of every sample (test/golden.test.ts). */
export const GOLDEN = join(ROOT, "test", "golden");
/** ../shared beside the project: present on developers' machines, absent in a user's clone. */
export const SHARED = resolve(ROOT, "..", "shared");
export const SEED = join(SHARED, "seed", "kremlin-durov.txt");
export const hasSeed = existsSync(SEED);

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with arguments and optional stdin; environment without colour forcing. */
export function runCli(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {},
): Run {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input ?? "",
    encoding: "utf8",
    env,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `wirestory ARGS | head -1` through a real pipe that closes early. */
export function runCliIntoHead(args: string[]): Promise<Run> {
  return new Promise((done) => {
    const command = `"${process.execPath}" "${BIN}" ${args.map((a) => `"${a}"`).join(" ")} | head -1`;
    const child = spawn("bash", ["-o", "pipefail", "-c", command], { cwd: ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}
