import { readFileSync } from "node:fs";
import { defineConfig } from "vitest/config";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));

export default defineConfig({
  // as in the build (esbuild.config.mjs), for tests that import src/cli/program.ts
  define: { __VERSION__: JSON.stringify(version) },
  test: {
    include: ["test/**/*.test.ts"],
    // fixed seed for the property tests (FC_SEED=random explores): see test/setup.ts
    setupFiles: ["test/setup.ts"],
    // One process per test file: the linear-time checks (test/timing.ts) read this process's CPU time.
    pool: "forks",
    // Generous: the suite must pass while other work loads every core (a test that hangs still fails).
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
