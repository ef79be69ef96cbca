// Bytes -> text. UTF-8 (BOM stripped) is the norm; UTF-16 is taken from its BOM or its NUL pattern; a
// declared HTML charset is honoured; otherwise text that is not valid UTF-8 is read as windows-1252.
import { WirestoryError } from "../errors.js";
import type { Warning } from "../story.js";

export interface Decoded {
  text: string;
  /** WHATWG label, lower case. */
  encoding: string;
  warnings: Warning[];
}

const SNIFF_BYTES = 8192;

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return withReplacement(bytes.subarray(3), "utf-8");
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withReplacement(bytes.subarray(2), "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withReplacement(bytes.subarray(2), "utf-16be");

  const utf16 = sniffUtf16(bytes);
  if (utf16) {
    const decoded = withReplacement(bytes, utf16);
    decoded.warnings.unshift({
      code: "encoding_guessed",
      message: `no byte order mark; read as ${utf16} from its zero bytes`,
    });
    return decoded;
  }
  if (hasNul(bytes)) throw new WirestoryError("binary", "binary file (contains NUL bytes), not a story");

  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8", warnings: [] };
  } catch {
    // not valid UTF-8: fall through
  }
  const declared = declaredCharset(bytes);
  if (declared && declared !== "utf-8") return withReplacement(bytes, declared);
  if (looksMostlyUtf8(bytes)) {
    const decoded = withReplacement(bytes, "utf-8");
    return decoded;
  }
  return {
    text: decodeWindows1252(bytes),
    encoding: "windows-1252",
    warnings: [{ code: "encoding_guessed", message: "not valid UTF-8; read as windows-1252" }],
  };
}

function withReplacement(bytes: Uint8Array, label: string): Decoded {
  if (label === "windows-1252") return { text: decodeWindows1252(bytes), encoding: label, warnings: [] };
  const text = new TextDecoder(label).decode(bytes);
  const warnings: Warning[] = [];
  const replaced = countReplacements(text) - countReplacementsInSource(bytes, label);
  if (replaced > 0) {
    warnings.push({
      code: "decoding_replaced",
      message: `${replaced} invalid ${label} byte sequence${replaced === 1 ? "" : "s"} became U+FFFD`,
    });
  }
  return { text, encoding: label, warnings };
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\uFFFD"); i !== -1; i = text.indexOf("\uFFFD", i + 1)) n++;
  return n;
}

/** U+FFFD written out in the source itself (EF BF BD in UTF-8) is not a decoding failure. */
function countReplacementsInSource(bytes: Uint8Array, label: string): number {
  if (label !== "utf-8") return 0;
  let n = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) n++;
  }
  return n;
}

function hasNul(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

/** UTF-16 without a BOM: ASCII text leaves every other byte zero. */
function sniffUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > 0.4 * pairs && evenZero < 0.05 * pairs) return "utf-16le";
  if (evenZero > 0.4 * pairs && oddZero < 0.05 * pairs) return "utf-16be";
  return null;
}

/** `<meta charset="...">` or `content="text/html; charset=..."` in the first bytes of an HTML page. */
function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 2048));
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{1,40})/i.exec(head);
  if (!m) return null;
  try {
    return new TextDecoder(m[1].toLowerCase()).encoding;
  } catch {
    return null;
  }
}

/** Valid multi-byte UTF-8 sequences outnumber stray high bytes: a UTF-8 file with a few bad bytes. */
function looksMostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    const len = b >= 0xf0 && b < 0xf5 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      good++;
      i += len - 1;
    } else bad++;
  }
  return good > 0 && bad <= good;
}

/** windows-1252's printable characters in 0x80..0x9F (the rest of the range is Latin-1). */
const WINDOWS_1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

/** Node's TextDecoder reads "windows-1252" as Latin-1, losing curly quotes and dashes: map them here. */
function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return latin1.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]);
}
