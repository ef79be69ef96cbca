import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One process per test file: the linear-time checks (test/timing.ts) read this process's CPU time.
    pool: "forks",
    testTimeout: 60_000,
  },
});
