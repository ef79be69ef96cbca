// Preloaded into a benchmarked process (node --require): on exit, appends the process's peak resident
// set (kB, all threads) to the file named by BENCH_RSS_FILE.
const { appendFileSync } = require("node:fs");

process.on("exit", () => {
  const file = process.env.BENCH_RSS_FILE;
  if (file) appendFileSync(file, `${process.resourceUsage().maxRSS}\n`);
});
