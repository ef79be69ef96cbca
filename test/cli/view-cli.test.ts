// End-to-end for the views and shell habits: help layout, one-line usage errors, --format html,
// --show-removed, wrapping to COLUMNS, completion scripts and the man page kept in step with --help.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { flags } from "../../src/cli/completion.js";
import { manPage } from "../../src/cli/manpage.js";
import { ROOT, runCli, SAMPLES } from "../helpers.js";

const sample = (name: string) => join(SAMPLES, name);

describe("help and usage errors", () => {
  const help = runCli(["--help"]).stdout;

  it("says what wirestory does in a first sentence on one line", () => {
    const description = help.split("\n\n")[1];
    expect(description.split("\n")[0]).toBe("Turn a news wire story (page copy or HTML) into structured JSON.");
  });

  it("keeps every line of the help within 80 columns, but for the recipes' one-line commands", () => {
    const long = help.split("\n").filter((l) => l.length > 80);
    expect(long.every((l) => l.startsWith("  wirestory ") && l.includes("| jq"))).toBe(true);
  });

  it("shows the jq recipes and the completion command", () => {
    expect(help).toContain("Recipes (jq):");
    expect(help).toContain("jq -r '.quotes[]?.speaker // empty' | sort | uniq -c | sort -rn");
    expect(help).toContain("@csv");
    expect(help).toContain("wirestory completion bash|zsh|fish");
  });

  it("puts a usage error and commander's suggestion on one line", () => {
    const r = runCli(["--formt", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("wirestory: unknown option '--formt' (Did you mean --format?) (see wirestory --help)\n");
  });

  it("is what the README shows under Usage", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain(`\`\`\`text\n$ wirestory --help\n${help}\`\`\``);
  });
});

describe("--format html", () => {
  it("writes one page for several inputs, a section per input, the error as such, exit 1", () => {
    const r = runCli(["-f", "html", sample("ap-wire.txt"), "missing.txt", sample("news-page.html")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("wirestory: missing.txt: no such file\n");
    expect(r.stdout.match(/<!doctype html>/g)).toHaveLength(1);
    expect(r.stdout.match(/<article id="story-\d"[^>]*>/g)).toEqual([
      '<article id="story-1">',
      '<article id="story-2" class="error">',
      '<article id="story-3">',
    ]);
    expect(r.stdout).toContain('<mark class="q s s0">Nobody gets on anything until we&#39;re sure.</mark>');
    expect(r.stdout).toMatch(/<nav id="contents">[\s\S]*<\/html>\n$/);
  });
});

describe("pretty view from the command line", () => {
  it("lists removed blocks with --show-removed and wraps to COLUMNS off a terminal", () => {
    const r = runCli(["-f", "pretty", "--show-removed", sample("ap-wire.txt")], { env: { COLUMNS: "44" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Removed (4)");
    expect(r.stdout).toMatch(/\[credits\]\s+Associated\s+Press\s+writer/);
    expect(Math.max(...r.stdout.split("\n").map((l) => l.length))).toBeLessThanOrEqual(44);
  });

  it("does not wrap off a terminal when COLUMNS is not set", () => {
    const r = runCli(["-f", "pretty", sample("ap-wire.txt")], { env: { COLUMNS: "" } });
    expect(r.stdout).toContain(
      "Fair director Dana Whitfield said crews worked through the night to pump out the grounds and check every ride for damage.",
    );
  });
});

describe("shell completion", () => {
  const options = flags().flatMap((f) => [f.short, f.long].filter(Boolean));

  it("prints a script for each shell naming every option and the values of --format and --input", () => {
    for (const shell of ["bash", "zsh", "fish"]) {
      const r = runCli(["completion", shell]);
      expect(r.code).toBe(0);
      const script = r.stdout;
      for (const option of options) {
        const name = shell === "fish" ? String(option).replace(/^--?/, "") : String(option);
        expect(script, `${shell} ${option}`).toContain(name);
      }
      expect(script).toContain("json ndjson pretty text html");
      expect(script).toContain("auto text html ndjson");
    }
    expect(options).toEqual(expect.arrayContaining(["--format", "--input", "--show-removed", "--help"]));
  });

  it("refuses an unknown shell with a usage error", () => {
    const r = runCli(["completion", "tcsh"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("wirestory: completion needs one shell: bash, zsh, fish (see wirestory --help)\n");
  });

  it("completes options, --format values and file names in bash", () => {
    const script = runCli(["completion", "bash"]).stdout;
    const complete = (words: string[]) => {
      const line = words.map((w) => `'${w}'`).join(" ");
      const r = spawnSync(
        "bash",
        [
          "-c",
          `${script}\nCOMP_WORDS=(${line}); COMP_CWORD=${words.length - 1}; _wirestory; printf '%s\\n' "\${COMPREPLY[@]}"`,
        ],
        { cwd: ROOT, encoding: "utf8" },
      );
      expect(r.stderr).toBe("");
      return r.stdout.trim().split("\n");
    };
    expect(complete(["wirestory", "--for"])).toEqual(["--format"]);
    expect(complete(["wirestory", "-f", "n"])).toEqual(["ndjson"]);
    expect(complete(["wirestory", "--input", ""])).toEqual(["auto", "text", "html", "ndjson"]);
    expect(complete(["wirestory", "samples/ap-"])).toEqual(["samples/ap-wire.txt"]);
    expect(complete(["wirestory", "completion", "z"])).toEqual(["zsh"]);
  });
});

const has = (shell: string) => spawnSync("sh", ["-c", `command -v ${shell}`]).status === 0;

describe.skipIf(!has("zsh"))("zsh completion", () => {
  it("is a valid zsh script", () => {
    const r = spawnSync("zsh", ["-n"], { input: runCli(["completion", "zsh"]).stdout, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});

describe.skipIf(!has("fish"))("fish completion", () => {
  it("completes options, --format values, the completion command's shells and file names", () => {
    const script = runCli(["completion", "fish"]).stdout;
    const complete = (line: string) => {
      const r = spawnSync("fish", ["-c", `${script}\ncomplete -C '${line}'`], { cwd: ROOT, encoding: "utf8" });
      expect(r.stderr).toBe("");
      return r.stdout
        .trim()
        .split("\n")
        .map((l) => l.split("\t")[0]);
    };
    expect(complete("wirestory --for")).toEqual(["--format"]);
    expect(complete("wirestory -f ")).toEqual(["html", "json", "ndjson", "pretty", "text"]);
    expect(complete("wirestory completion ")).toEqual(["bash", "fish", "zsh"]);
    expect(complete("wirestory samples/ap")).toEqual(["samples/ap-wire.txt"]);
  });
});

describe("man page", () => {
  const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;

  it("is in step with the program's options and help (npm run build regenerates it)", () => {
    expect(readFileSync(join(ROOT, "man", "wirestory.1"), "utf8")).toBe(manPage(version));
  });

  it("documents every option the help shows, and the help's sections", () => {
    const page = manPage(version);
    for (const f of flags()) expect(page).toContain(String(f.long).replace(/-/g, "\\-"));
    for (const section of ["EXIT CODES", "RECIPES (JQ)", "COMMANDS"]) expect(page).toContain(`.SH ${section}`);
  });

  it("is listed in package.json to be published and installed", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.man).toEqual(["./man/wirestory.1"]);
    expect(pkg.files).toContain("man");
  });
});
