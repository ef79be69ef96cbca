#!/usr/bin/env node
// Launches the built CLI (dist/ is made by `npm install` / `npm run build`).
import("../dist/cli.js").catch((error) => {
  if (error?.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.js")) {
    process.stderr.write("wirestory: not built yet; run `npm install` or `npm run build` first\n");
    process.exit(2);
  }
  throw error;
});
