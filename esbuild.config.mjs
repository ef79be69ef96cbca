// Builds dist/ from src/: the CLI and the library as ESM with code splitting, so that cheerio (HTML
// input only) lands in a chunk of its own that text runs never load. Run by `npm run build`, and by
// `prepare` and `pretest` so installs and tests never see a stale build. The new build is written
// beside the old one and swapped in, so a CLI run during a rebuild never sees half a dist/.
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { build } from "esbuild";

const { version } = JSON.parse(readFileSync("package.json", "utf8"));

/**
 * commander requires node:child_process when it loads, for subcommands run as executables, which
 * wirestory has none of: every run paid for loading child_process (and net, dgram...) at start-up, ~5 ms
 * of CPU. The require becomes one made on first use. The build fails if commander changes that line.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const eager = "const childProcess = require('node:child_process');";
      const source = readFileSync(args.path, "utf8");
      if (!source.includes(eager)) throw new Error(`${args.path}: the child_process require to defer is gone`);
      const lazy = "const childProcess = { spawn: (...a) => require('node:child_process').spawn(...a) };";
      return { contents: source.replace(eager, lazy), loader: "js" };
    });
  },
};
const next = `dist.next-${process.pid}`;
const old = `dist.old-${process.pid}`;
try {
  const { metafile } = await build({
    entryPoints: {
      cli: "src/cli/main.ts",
      worker: "src/cli/worker.ts",
      index: "src/index.ts",
      manpage: "src/cli/manpage.ts",
    },
    outdir: next,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // esbuild's feature table does not credit node20 with `\p{…}` escapes outside a character class, so it
    // turned ~50 such literals (`/^\p{Lu}/u`) into `new RegExp("^\\p{Lu}", "u")` calls: the same pattern,
    // but parsed and built again at every call, inside per-word loops. Node 20 has these escapes.
    supported: { "regexp-unicode-property-escapes": true },
    // dependencies are bundled too: one file each for the CLI, the library and the HTML reader, so a
    // run resolves no package and loads no module it does not use (commander is CommonJS: it gets a
    // `require` for Node's built-ins)
    packages: "bundle",
    banner: {
      js: 'import { createRequire as __wsRequire } from "node:module"; const require = __wsRequire(import.meta.url);',
    },
    chunkNames: "chunks/[name]-[hash]",
    sourcemap: true,
    // minified: V8 reads 40% less source at every start-up (~10 ms of a one-story run); --debug maps
    // stack traces back to src/ through the source maps. Not `keepNames`: it wraps every closure the
    // extractors create in a naming call, which made a batch of HTML pages 30% slower.
    minify: true,
    define: { __VERSION__: JSON.stringify(version) },
    logLevel: "warning",
    metafile: true,
    plugins: [lazyChildProcess],
  });
  // what each output file holds and imports (statically or on demand): test/build.test.ts reads it
  writeFileSync(`${next}/build-meta.json`, JSON.stringify(metafile));
  // the library's type declarations (tsc, in `npm run build`) outlive a code-only rebuild
  if (existsSync("dist/types")) renameSync("dist/types", `${next}/types`);
  try {
    renameSync("dist", old);
  } catch {
    // no previous build
  }
  renameSync(next, "dist");
} finally {
  rmSync(next, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
