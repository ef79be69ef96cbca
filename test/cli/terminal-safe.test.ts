// Input text on its way to a terminal: escape sequences, controls and bidi overrides never get through.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeJsonControls, terminalSafe, terminalSafeLine } from "../../src/cli/terminal-safe.js";
import { expectLinearGrowth, repeatTo } from "../timing.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe("terminalSafe", () => {
  it("drops a title-setting OSC, a screen clear and a colour, and keeps the words", () => {
    expect(terminalSafe("Peskov\u001b]0;pwned\u0007 said\u001b[2J it was \u001b[31mfine\u001b[0m.")).toBe(
      "Peskov said it was fine.",
    );
  });

  it("drops C1 controls, the 8-bit CSI, DEL and bidi overrides, and keeps newlines, tabs and other scripts", () => {
    expect(terminalSafe("a\u009b2Jb\u0085c\u007fd\u202eevil\u202c\u2067x\u2069")).toBe("abcdevilx");
    expect(terminalSafe("Москва\n\t北京 «oui»")).toBe("Москва\n\t北京 «oui»");
  });

  it("ends an unterminated OSC string at the text's end", () => {
    expect(terminalSafe("before\u001b]8;;http://x after")).toBe("before");
  });

  it("makes one line for stderr", () => {
    expect(terminalSafeLine("dir/a\nb\u001b[2J.txt")).toBe("dir/a b.txt");
  });

  it("never lets a control through, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        expect(UNSAFE.test(terminalSafe(s))).toBe(false);
        expect(/[\n\t]/.test(terminalSafeLine(s))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("stays linear on long runs of escapes and introducers", () => {
    expectLinearGrowth(
      "escapes",
      (n) => {
        const text = repeatTo("\u001b]\u001b[", n);
        return () => terminalSafe(text);
      },
      50_000,
    );
  });
});

describe("escapeJsonControls", () => {
  it("writes C1, DEL and bidi controls as \\u escapes and keeps the data", () => {
    const value = { speaker: "A\u202eB\u0085C\u007f" };
    const json = escapeJsonControls(JSON.stringify(value));
    expect(UNSAFE.test(json)).toBe(false);
    expect(json).toBe('{"speaker":"A\\u202eB\\u0085C\\u007f"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
