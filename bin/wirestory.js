#!/usr/bin/env node
// Launches the built CLI (dist/ is made by `npm install` / `npm run build`).
import { setFlagsFromString } from "node:v8";

// A pattern is interpreted for its first 100 runs before V8 compiles it to machine code (default: 1). A
// story meets each of a few hundred lexicon patterns a handful of times, so one run no longer pays a
// native compile per pattern; hot patterns, and any pattern run over 1,000+ characters, are still
// compiled at once.
setFlagsFromString("--regexp-tier-up-ticks=100");
// The first story's patterns are compiled without the optimisation passes, several times cheaper for a
// `\p{…}` pattern run on a line past Latin-1; the CLI turns them back on for a batch, from the second
// input on, or for a long first one (src/cli/regexp-policy.ts).
setFlagsFromString("--no-regexp-optimization");

import("../dist/cli.js").catch((error) => {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.js")) {
    process.stderr.write("wirestory: not built yet; run `npm install` or `npm run build` first\n");
    process.exit(2);
  }
  throw error;
});
