// The build: the CLI's static import graph never reaches the HTML parser (HTML support loads on demand),
// while the HTML reader's chunk does. Startup is part of the product. Dependencies are bundled into dist/, so a
// package counts as reached when a file imports it or holds its code (esbuild marks each bundled module
// with a "// node_modules/<package>/..." comment).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

const STATIC_IMPORT = /^import\s[^;]*?from\s*"([^"]+)";?$|^import\s*"([^"]+)";?$/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*"([^"]+)"\s*\)/g;
const BUNDLED = /^\/\/ node_modules\/((?:@[^/\s]+\/)?[^/\s]+)\//gm;

function staticGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, "utf8");
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith(".")) visit(resolve(dirname(file), spec));
      else packages.add(spec);
    }
    for (const m of code.matchAll(BUNDLED)) packages.add(m[1]);
  };
  visit(entry);
  return { files, packages };
}

describe("build", () => {
  const cli = join(ROOT, "dist", "cli.js");

  it("keeps the HTML parser and chalk out of the CLI's startup graph", () => {
    const { packages } = staticGraph(cli);
    expect(packages.has("commander")).toBe(true);
    expect([...packages].some((p) => /^(?:htmlparser2|domhandler|cheerio|chalk)\b/.test(p))).toBe(false);
  });

  it("loads the HTML parser in a chunk that is imported on demand, without cheerio's API", () => {
    const { files } = staticGraph(cli);
    const lazy = [...files].flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(DYNAMIC_IMPORT)].map((m) => resolve(dirname(f), m[1])),
    );
    const graphs = lazy.map((f) => staticGraph(f).packages);
    expect(graphs.filter((packages) => packages.has("htmlparser2")).length).toBe(1);
    expect(graphs.some((packages) => [...packages].some((p) => p.startsWith("cheerio")))).toBe(false);
  });
});
