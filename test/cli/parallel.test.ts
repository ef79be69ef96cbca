// NDJSON in and out is the line protocol of GNU parallel, Hadoop Streaming and Spark's RDD.pipe: the
// README's GNU parallel command, run for real (1,000 records in chunks of 200 across processes).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { BIN, ROOT } from "../helpers.js";

const hasParallel = spawnSync("sh", ["-c", "command -v parallel"]).status === 0;
// CI installs GNU parallel (.ci/run): there, its absence is a failure, not a skip
const skip = !hasParallel && !process.env.CI;
if (skip) console.warn("GNU parallel is not installed: skipping the parallel round trip (CI installs it)");

describe.skipIf(skip)("GNU parallel", () => {
  it("round-trips 1,000 records through parallel --pipe -k -N 200, in order, ids kept", () => {
    const n = 1000;
    const input = Array.from({ length: n }, (_, i) =>
      JSON.stringify({
        id: `story-${i}`,
        text: `Ferry service resumes ${i}\n\nThe ferry to the island ran again on Tuesday after the storm, the port said. "Crossings are normal," a port official said.`,
      }),
    ).join("\n");
    const command = `parallel --will-cite --pipe -k -N 200 "${process.execPath}" "${BIN}" --input ndjson --format ndjson`;
    const r = spawnSync("sh", ["-c", command], {
      cwd: ROOT,
      input: `${input}\n`,
      encoding: "utf8",
      maxBuffer: 1 << 26,
    });
    expect(r.status, r.stderr).toBe(0);
    const records = r.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(n);
    expect(records.map((s) => s.source.id)).toEqual(Array.from({ length: n }, (_, i) => `story-${i}`));
    expect(records.every((s, i) => s.headline === `Ferry service resumes ${i}`)).toBe(true);
  }, 240_000); // five CLI processes and parallel itself: slow on a loaded machine, and no time is asserted
});
