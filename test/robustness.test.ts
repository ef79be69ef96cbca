// Properties that hold for any input: parse never throws on text, its output is self-consistent
// (spans point at what they claim), and hostile inputs cost about as much as ordinary ones.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, type Story } from "../src/index.js";
import { runPipeline } from "../src/pipeline.js";
import { htmlToDocument } from "../src/read/html-blocks.js";
import { textToDocument } from "../src/read/text-blocks.js";
import { expectLinearGrowth, repeatTo } from "./timing.js";

function checkConsistent(story: Story) {
  expect(story.body.text).toBe(story.body.paragraphs.join("\n\n"));
  if (story.dateline) {
    const [a, b] = story.dateline.span;
    expect(story.body.text.slice(a, b)).toBe(story.dateline.raw);
  }
  for (const q of story.quotes) {
    expect(q.spans.length).toBeGreaterThan(0);
    expect(q.spans.map(([a, b]) => story.body.text.slice(a, b)).join(" ")).toBe(q.text);
  }
}

const newsAlphabet = fc.constantFrom(
  ..."abcdefghij ABCDEFGH .,;:-—_()[]\"'“”‘’«»``''\n\n0123456789".split(""),
  "MOSCOW (Reuters) - ",
  "(Reporting by Jo Lee; Editing by Al Ng)",
  " said ",
  "By Jane Roe\n",
  '"',
  "<p>",
  "</p>",
  "• ",
);
const newsish = fc.array(newsAlphabet, { maxLength: 400 }).map((parts) => parts.join(""));

describe("robustness", () => {
  it("never throws and stays self-consistent on news-like text", async () => {
    await fc.assert(
      fc.asyncProperty(newsish, async (text) => {
        checkConsistent(await parse(text, { format: "text" }));
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary strings and bytes, as text or HTML", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 300 }), fc.boolean(), async (text, html) => {
        checkConsistent(await parse(text, { format: html ? "html" : "text" }));
      }),
      { numRuns: 200 },
    );
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        try {
          checkConsistent(await parse(bytes));
        } catch (error) {
          expect((error as { code?: string }).code).toBe("binary"); // NUL bytes: refused, not crashed
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reports empty input with a warning, not an error", async () => {
    const story = await parse("   \n\n  ");
    expect(story.warnings.map((w) => w.code)).toContain("empty_input");
    expect(story.body).toEqual({ text: "", paragraphs: [] });
  });

  const hostile: [string, (size: number) => string][] = [
    ["spaces", (n) => " ".repeat(n)],
    ["open parentheses", (n) => "(".repeat(n)],
    ["straight marks", (n) => '"'.repeat(n)],
    ["capitals and commas", (n) => repeatTo("A, ", n)],
    ["'By'", (n) => repeatTo("By ", n)],
    ["a place name", (n) => repeatTo("MOSCOW ", n)],
    ["dashes", (n) => repeatTo("-- ", n)],
    ["newlines", (n) => "\n".repeat(n)],
    ["one-letter lines", (n) => repeatTo("a\n", n)],
    ["one long word and a mark", (n) => `${"x".repeat(n)}"`],
    ["unclosed quotes", (n) => repeatTo('He said "', n)],
    ["open tags", (n) => repeatTo("<div>", n)],
  ];
  const readers = { text: textToDocument, html: htmlToDocument };
  for (const [format, read] of Object.entries(readers)) {
    it.each(hostile)(`stays linear on hostile ${format} input (no regex blow-up): %s`, (_name, make) => {
      expectLinearGrowth(
        `${format}: ${_name}`,
        (n) => {
          const text = make(n);
          return () => runPipeline(read(text));
        },
        15_000,
      );
    });
  }
});
