// The chunked JSON writer: its chunks join to exactly what JSON.stringify writes, and no chunk is the
// size of a long story's whole JSON text.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jsonChunks } from "../../src/cli/json-chunks.js";
import { jsonWriter, ndjsonWriter, type Writer } from "../../src/cli/output.js";
import type { OutputRecord } from "../../src/cli/records.js";
import { escapeJsonControls } from "../../src/cli/terminal-safe.js";

const join = (value: unknown, gap: "" | "  ") => [...jsonChunks(value, gap)].join("");

describe("jsonChunks", () => {
  it("joins to JSON.stringify's text for any record, compact and indented", () => {
    fc.assert(
      fc.property(fc.object({ withObjectString: true, withNullPrototype: true }), (value) => {
        for (const gap of ["", "  "] as const) expect(join(value, gap)).toBe(JSON.stringify(value, null, gap));
      }),
    );
  });

  it("keeps undefined out of objects and writes it as null in arrays, and honours toJSON", () => {
    const value = { a: undefined, b: [undefined, () => 1, 2], c: { toJSON: () => "x" }, d: new Date(0), e: {} };
    for (const gap of ["", "  "] as const) expect(join(value, gap)).toBe(JSON.stringify(value, null, gap));
  });

  it("cuts long strings into slices, surrogate pairs and escapes intact", () => {
    const unit = 'a"\\\u0001é😀\u2028\u0085';
    const long = unit.repeat(40_000); // far above one chunk; pairs straddle every possible cut
    for (const offset of [0, 1, 2, 3]) {
      const value = { body: { text: "x".repeat(offset) + long }, list: [long, "short"] };
      const chunks = [...jsonChunks(value, "  ")];
      expect(chunks.join("")).toBe(JSON.stringify(value, null, 2));
      expect(chunks.length).toBeGreaterThan(10);
      expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(200_000);
    }
  });

  it("cuts a record of many short strings too, not only one with a long string", () => {
    const value = { quotes: Array.from({ length: 30_000 }, (_, i) => ({ text: `quote ${i}`, speaker: "A B" })) };
    for (const gap of ["", "  "] as const) {
      const chunks = [...jsonChunks(value, gap)];
      expect(chunks.join("")).toBe(JSON.stringify(value, null, gap));
      expect(chunks.length).toBeGreaterThan(10);
    }
  });

  it("keeps a long story's two-byte chunks below V8's large-object size, and short entries whole", () => {
    // 64K two-byte characters (128 KB) would each be a large object of its own to allocate and collect
    const entry = (i: number) => ({ text: `the pier — berth ${i}`, spans: [[i, i + 5]], speaker: "Ana Ruiz" });
    const value = {
      body: { text: "— a line of the story\n".repeat(20_000) },
      quotes: Array.from({ length: 5000 }, (_, i) => entry(i)),
    };
    for (const gap of ["", "  "] as const) {
      const chunks = [...jsonChunks(value, gap)];
      expect(chunks.join("")).toBe(JSON.stringify(value, null, gap));
      expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(1 << 16);
    }
  });

  it("gives a small record in one chunk", () => {
    const value = { a: "x".repeat(1000), b: [1, null, true, { c: "d" }] };
    expect([...jsonChunks(value, "  ")]).toEqual([JSON.stringify(value, null, 2)]);
  });
});

describe("the JSON writers, chunk by chunk", () => {
  const record = {
    text: "line\u2028sep \u202e bidi \u0085 c1 ".repeat(20_000),
    list: [{ a: 1 }, "b\u2029"],
  } as unknown as OutputRecord;
  const whole = (gap: number) => escapeJsonControls(JSON.stringify(record, null, gap));
  const collect = (make: (emit: (s: string) => void) => Writer) => {
    let out = "";
    const w = make((s) => {
      out += s;
    });
    w.write(record, "a");
    w.write(record, "b");
    w.end();
    return out;
  };

  it("write what the whole JSON text, escaped (and indented in an array), would be", () => {
    expect(collect((emit) => ndjsonWriter(emit))).toBe(`${whole(0)}\n${whole(0)}\n`);
    // each line one level deeper; a line separator inside a string stays as it is
    const indented = whole(2).replace(/^/g, "  ").replace(/\n/g, "\n  ");
    const several = collect((emit) => jsonWriter(emit, true));
    expect(several).toBe(`[\n${indented},\n${indented}\n]\n`);
    expect(JSON.parse(several)[0]).toEqual(JSON.parse(whole(0)));
    expect(collect((emit) => jsonWriter(emit, false))).toBe(`${whole(2)}\n${whole(2)}\n`);
  });
});
