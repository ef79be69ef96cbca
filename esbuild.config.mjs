// Builds dist/ from src/: the CLI and the library as ESM with code splitting, so that cheerio (HTML
// input only) lands in a chunk of its own that text runs never load. Run by `npm run build`, and by
// `prepare` and `pretest` so installs and tests never see a stale build.
import { readFileSync, rmSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));
rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: { cli: "src/cli/main.ts", index: "src/index.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  packages: "external",
  chunkNames: "chunks/[name]-[hash]",
  sourcemap: true,
  define: { __VERSION__: JSON.stringify(version) },
  logLevel: "warning",
});
