import { describe, expect, it } from "vitest";
import { WirestoryError } from "../../src/errors.js";
import { decode } from "../../src/read/decode.js";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decode", () => {
  it("reads UTF-8 and strips a BOM", () => {
    expect(decode(utf8("Café crème"))).toEqual({ text: "Café crème", encoding: "utf-8", warnings: [] });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Zürich")]);
    expect(decode(withBom).text).toBe("Zürich");
  });

  it("reads UTF-16 by its BOM, and by its zero bytes without one", () => {
    const le = Buffer.from("\ufeffOSLO (Reuters) - Ferry fares", "utf16le");
    expect(decode(le)).toMatchObject({ text: "OSLO (Reuters) - Ferry fares", encoding: "utf-16le", warnings: [] });
    const bare = Buffer.from("A story without a byte order mark", "utf16le");
    const decoded = decode(bare);
    expect(decoded.text).toBe("A story without a byte order mark");
    expect(decoded.warnings.map((w) => w.code)).toEqual(["encoding_guessed"]);
  });

  it("reads windows-1252 text that is not UTF-8, and says it guessed", () => {
    const latin = new Uint8Array([0x53, 0xe3, 0x6f, 0x20, 0x50, 0x61, 0x75, 0x6c, 0x6f, 0x20, 0x93, 0x6f, 0x6b, 0x94]);
    const decoded = decode(latin);
    expect(decoded.text).toBe("São Paulo “ok”");
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.warnings[0].code).toBe("encoding_guessed");
  });

  it("honours a declared HTML charset", () => {
    const html = new Uint8Array([...utf8('<meta charset="iso-8859-2"><p>'), 0xb3, 0xf3, 0x64, 0xbc]);
    const decoded = decode(html);
    expect(decoded.encoding).toBe("iso-8859-2");
    expect(decoded.text.endsWith("łódź")).toBe(true);
  });

  it("reads a declared Latin-1 page as windows-1252, curly quotes included", () => {
    const html = new Uint8Array([...utf8('<meta charset="ISO-8859-1"><p>'), 0x93, 0x4f, 0x6b, 0x94, 0x20, 0xe9]);
    expect(decode(html)).toMatchObject({ encoding: "windows-1252", warnings: [] });
    expect(decode(html).text.endsWith("“Ok” é")).toBe(true);
  });

  it("keeps UTF-8 with a few bad bytes and reports the replacements", () => {
    const bytes = new Uint8Array([...utf8("Kraków – "), 0xff, ...utf8(" Gdańsk")]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text).toBe("Kraków – \ufffd Gdańsk");
    expect(decoded.warnings).toEqual([{ code: "decoding_replaced", message: expect.stringContaining("1 invalid") }]);
  });

  it("refuses binary input with the binary code", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0x10]);
    expect(() => decode(png)).toThrow(WirestoryError);
    try {
      decode(png);
    } catch (error) {
      expect((error as WirestoryError).code).toBe("binary");
    }
  });
});
