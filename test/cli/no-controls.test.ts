// Property: whatever a story, a file name or an NDJSON id holds, no output stream (stdout in every format,
// stderr) carries ESC, BEL, a C1 control or a bidi override, except the pretty view's own colours.
// In-process runs of every writer over many generated stories, and a bounded number of real CLI runs.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { htmlWriter } from "../../src/cli/html-writer.js";
import { type Emit, FORMATS, jsonWriter, ndjsonWriter, textWriter, type Writer } from "../../src/cli/output.js";
import { prettyWriter } from "../../src/cli/pretty.js";
import { failure, type OutputRecord } from "../../src/cli/records.js";
import { WirestoryError } from "../../src/errors.js";
import { parse } from "../../src/index.js";
import { runCli } from "../helpers.js";

/** What a terminal would obey or reorder by: ESC, BEL, the other C0 controls but \t \n \r, C1, bidi controls. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what is looked for
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: the pretty view's own colours
const SGR = /\u001b\[[0-9;]*m/g;

/** Pieces an attacker would use, mixed with words and any other characters. */
const hostilePiece = fc.constantFrom(
  "\u001b]0;pwned\u0007",
  "\u001b[2J",
  "\u001b[31m",
  "\u001b]8;;http://x\u001b\\",
  "\u009b2J",
  "\u0085",
  "\u0007",
  "\u202e",
  "\u2066",
  "\u001bP+q\u009c",
  "\u001b",
  "<script>",
  "</style>",
  '"><img onerror=x>',
);
const word = fc.constantFrom("harbour", "said", "Ruiz", "minister", "北京", "😀", "Москва", "«", "»");
const text = (maxLength: number) =>
  fc
    .array(fc.oneof(hostilePiece, word, fc.string({ unit: "binary", maxLength: 6 })), { maxLength })
    .map((parts) => parts.join(" "));

/** A story shaped like a wire story, so that headline, dateline, quotes and speakers carry the pieces too. */
const story = fc
  .record({ headline: text(6), place: text(2), quote: text(6), speaker: text(3), rest: text(12) })
  .map(
    (p) =>
      `${p.headline}\n\nLAKEPORT${p.place} (Reuters) - ${p.rest}.\n\n"${p.quote}," said ${p.speaker}, a spokesman.\n\n${p.rest}\n`,
  );

function render(writer: (emit: Emit) => Writer, records: [OutputRecord, string][]): string {
  let out = "";
  const w = writer((s) => {
    out += s;
  });
  for (const [record, name] of records) w.write(record, name);
  w.end();
  return out;
}

const writers = (color: boolean): Record<string, (emit: Emit) => Writer> => ({
  json: (emit) => jsonWriter(emit, true),
  ndjson: (emit) => ndjsonWriter(emit),
  text: (emit) => textWriter(emit, true),
  html: (emit) => htmlWriter(emit, true),
  pretty: (emit) => prettyWriter(emit, true, { color, width: 40, showRemoved: true }),
});

describe("no control from an input reaches an output stream", () => {
  it("holds for every writer, over generated stories, file names and ids", async () => {
    await fc.assert(
      fc.asyncProperty(story, text(3), text(2), async (input, name, id) => {
        const parsed = await parse(input, { path: name, id, format: "text" });
        const failed = failure(new WirestoryError("bad_record", `line 3: ${name}`), name, id).record;
        const records: [OutputRecord, string][] = [
          [parsed, name],
          [failed, `${name}:3`],
        ];
        const plain = writers(false);
        const coloured = writers(true);
        for (const format of Object.keys(plain)) {
          const out = render(plain[format], records);
          expect(UNSAFE.test(out), `${format}: ${JSON.stringify(out)}`).toBe(false);
        }
        // with colour, the pretty view adds its own colours and nothing else
        const colouredOut = render(coloured.pretty, records);
        expect(colouredOut.replace(SGR, "")).toBe(render(plain.pretty, records));
      }),
      { numRuns: 150 },
    );
  });

  it("holds for the CLI's stdout and stderr in every format, files and NDJSON records alike", () => {
    const dir = mkdtempSync(join(tmpdir(), "wirestory-controls-"));
    // file names: anything but "/" and NUL; a missing one too, so that stderr echoes it
    const fileName = text(3).map((s) => {
      let name = `f${s.replaceAll("/", "").replaceAll("\u0000", "")}`;
      while (Buffer.byteLength(name) > 200) name = name.slice(0, -1); // a file name has at most 255 bytes
      return name;
    });
    let run = 0;
    fc.assert(
      fc.property(story, fileName, text(2), (input, name, id) => {
        run++;
        const file = join(dir, `${run}-${name}.txt`);
        writeFileSync(file, input);
        const missing = join(dir, `missing-${name}`);
        const ndjson = join(dir, `${run}.ndjson`);
        writeFileSync(ndjson, `${JSON.stringify({ id, text: input })}\n${JSON.stringify({ id })}\n{bad ${id}\n`);
        // one process per format, files and NDJSON records by turns: over the runs each format sees both
        for (const [i, format] of FORMATS.entries()) {
          const args = (i + run) % 2 ? [file, missing] : ["--input", "ndjson", ndjson];
          const r = runCli(["-f", format, ...args]);
          expect(r.code).toBe(1);
          expect(r.stderr).toMatch(/^wirestory: /);
          expect(UNSAFE.test(r.stdout), `${format} stdout`).toBe(false);
          expect(UNSAFE.test(r.stderr), `${format} stderr: ${JSON.stringify(r.stderr)}`).toBe(false);
        }
      }),
      { numRuns: 3 },
    );
  });
});
