// Input text on its way to a terminal: what the story says stays, what a terminal would obey goes.
//
//   text (pretty, text, stderr lines) -> escape sequences, C0 controls but newline and tab, DEL and C1
//                                        controls dropped; bidirectional overrides and isolates dropped
//   JSON (json, ndjson)               -> the same characters kept, but C1 controls, DEL and the bidi
//                                        controls written as \u escapes, so nothing raw reaches a terminal
//
// Every pattern here is linear: single characters or a sequence with bounded, non-overlapping parts.

/**
 * ESC-introduced sequences: CSI (ESC [ params final), OSC/DCS/SOS/PM/APC strings (ended by BEL or ST), and
 * two-character escapes; the 8-bit CSI (U+009B) and string introducers likewise.
 */
const ESCAPE_SEQUENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
  /(?:\u001b\[|\u009b)[\u0030-\u003f]*[\u0020-\u002f]*[\u0040-\u007e]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[\u0020-\u002f]*[\u0030-\u007e]?/g;

/** Controls a terminal obeys (all C0 but tab and newline, DEL, C1) and the bidi overrides and isolates. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNSAFE_CHAR = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every escape sequence, control character (but newline and tab) and bidi control removed. */
export function terminalSafe(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, "").replace(UNSAFE_CHAR, "");
}

/** One line for stderr: terminal-safe, and line breaks and tabs shown as spaces. */
export function terminalSafeLine(text: string): string {
  return terminalSafe(text).replace(/[\n\t]/g, " ");
}

/** Characters JSON.stringify writes raw that a terminal would obey or reorder by: DEL, C1, bidi controls. */
const RAW_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** JSON text with DEL, C1 controls and bidi controls as \u escapes (JSON.stringify escapes C0 already). */
export function escapeJsonControls(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
