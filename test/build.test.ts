// The build: the CLI's static import graph never reaches the HTML parser (HTML support loads on demand),
// while the HTML reader's chunk does. Startup is part of the product. The graph comes from esbuild's
// metafile (dist/build-meta.json): what each output file imports, statically or on demand, and which
// source files (node_modules/<package>/... for bundled dependencies) it holds.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers.js";

interface Output {
  imports: { path: string; kind: string; external?: boolean }[];
  inputs: Record<string, unknown>;
}
const meta: { outputs: Record<string, Output> } = JSON.parse(
  readFileSync(join(ROOT, "dist", "build-meta.json"), "utf8"),
);
/** Output paths are written as "dist.next-PID/chunks/x.js" (the build's temporary folder): relative to dist/. */
const rel = (path: string) => path.replace(/^[^/]+\//, "");
const outputs = new Map(Object.entries(meta.outputs).map(([path, output]) => [rel(path), output]));
/** A bundled package's input path: "node_modules/x/…", or "../main/node_modules/x/…" when node_modules is a link. */
const BUNDLED = /^(?:\.\.\/[^/]+\/)*node_modules\/((?:@[^/]+\/)?[^/]+)\//;

function staticGraph(entry: string): { files: Set<string>; packages: Set<string>; lazy: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const lazy = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const output = outputs.get(file);
    if (!output) throw new Error(`${file} is not in the build's metafile`);
    for (const { path, kind, external } of output.imports) {
      if (external) packages.add(path);
      else if (kind === "dynamic-import") lazy.add(rel(path));
      else visit(rel(path));
    }
    for (const input of Object.keys(output.inputs)) {
      const m = BUNDLED.exec(input);
      if (m) packages.add(m[1]);
    }
  };
  visit(entry);
  return { files, packages, lazy };
}

describe("build", () => {
  const cli = "cli.js";

  it("describes the files on disk", () => {
    expect(outputs.size).toBeGreaterThan(4);
    for (const file of outputs.keys()) expect(existsSync(join(ROOT, "dist", file)), file).toBe(true);
  });

  it("keeps the HTML parser and chalk out of the CLI's startup graph", () => {
    const { packages } = staticGraph(cli);
    expect(packages.has("commander")).toBe(true);
    expect([...packages].some((p) => /^(?:htmlparser2|domhandler|cheerio|chalk)\b/.test(p))).toBe(false);
  });

  it("loads the HTML parser in a chunk that is imported on demand, without cheerio's API", () => {
    const { lazy } = staticGraph(cli);
    const graphs = [...lazy].map((f) => staticGraph(f).packages);
    expect(graphs.filter((packages) => packages.has("htmlparser2")).length).toBe(1);
    expect(graphs.some((packages) => [...packages].some((p) => p.startsWith("cheerio")))).toBe(false);
  });

  it("keeps `\\p{…}` patterns as regex literals, not a `new RegExp` built again at every call", () => {
    // chunks built from src/ alone: a dependency may build its own patterns at run time
    const ours = [...outputs].filter(
      ([file, output]) => file.endsWith(".js") && Object.keys(output.inputs).every((i) => i.startsWith("src/")),
    );
    const library = ours.map(([file]) => readFileSync(join(ROOT, "dist", file), "utf8")).join("\n");
    expect(library).toContain("/^\\p{Lu}/u");
    expect(library.match(/new RegExp\("(?:[^"\\]|\\.)*\\\\p\{/g) ?? []).toEqual([]);
  });
});
