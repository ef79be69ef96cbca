// A record as JSON text in pieces of bounded size, so that a very long story never exists as one JSON
// string (and then as its escaped copy, and then as bytes) all at once.
//
//   value -> pieces whose concatenation is exactly JSON.stringify(value, null, gap)
//         -> pieces joined up to CHUNK characters each, for the writer
//
// Objects and arrays are split element by element down to a few levels; below that, and for any value
// with a toJSON method, an element is stringified whole. Long strings are cut into slices (never between
// the two halves of a surrogate pair) and each slice escaped on its own: JSON escapes characters one by one.
// A record whose strings are few and short (most stories) is stringified whole, in one call: splitting
// it would cost far more than the small text it keeps from standing whole.

/**
 * Characters per chunk handed to the writer. Not 64K: a chunk of text with any character past Latin-1
 * takes two bytes a character, and at 64K that is past V8's largest ordinary object, so every chunk was
 * allocated and collected as a large object of its own (output of a 5 MB story: 1.2 s CPU, now 0.35 s).
 */
const CHUNK = 1 << 14;
/** Records whose strings and keys come to fewer characters than this are stringified in one call. */
const WHOLE = 1 << 16;
/** Containers this deep and deeper are stringified whole (a quote, a removed entry: small). */
const SPLIT_DEPTH = 3;
/** Containers whose strings and keys come to fewer characters than this are stringified whole. */
const SMALL = 1 << 10;

/** JSON text of `value` (as `JSON.stringify(value, null, gap)`), in chunks of about CHUNK characters. */
export function* jsonChunks(value: unknown, gap: "" | "  " = ""): Generator<string> {
  if (smallerThan(value, WHOLE, 0) >= 0) {
    yield JSON.stringify(value, null, gap);
    return;
  }
  let buffered = "";
  for (const piece of pieces(value, gap, "", 0)) {
    buffered += piece;
    if (buffered.length >= CHUNK) {
      yield buffered;
      buffered = "";
    }
  }
  if (buffered) yield buffered;
}

function* pieces(value: unknown, gap: string, indent: string, depth: number): Generator<string> {
  if (typeof value === "string" && value.length > CHUNK) {
    yield* stringPieces(value);
    return;
  }
  // a container is split only when it is long: a short one (one quote, one removed entry) is one call
  const container =
    value !== null &&
    typeof value === "object" &&
    typeof (value as { toJSON?: unknown }).toJSON !== "function" &&
    depth < SPLIT_DEPTH &&
    smallerThan(value, SMALL, 0) < 0;
  if (!container) {
    const json = JSON.stringify(value, null, gap);
    yield gap && indent ? json.replace(/\n/g, `\n${indent}`) : json;
    return;
  }
  const inner = indent + gap;
  const open = gap ? `\n${inner}` : "";
  const close = gap ? `\n${indent}` : "";
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield `[${open}`;
    for (let i = 0; i < value.length; i++) {
      if (i > 0) yield `,${open}`;
      if (omitted(value[i])) yield "null";
      else yield* pieces(value[i], gap, inner, depth + 1);
    }
    yield `${close}]`;
    return;
  }
  let first = true;
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (omitted(item)) continue;
    yield `${first ? "{" : ","}${open}${JSON.stringify(key)}:${gap ? " " : ""}`;
    first = false;
    yield* pieces(item, gap, inner, depth + 1);
  }
  yield first ? "{}" : `${close}}`;
}

/**
 * What is left of `budget` once the characters of the strings and keys in `value` (and a few per value)
 * are taken out, or -1 once it runs out: a cheap walk that stops early, for no more than the values it
 * counts. Values with a toJSON method count as large. Escapes and indentation are not counted: they
 * make such a text a few chunks long at most, which is still small.
 */
function smallerThan(value: unknown, budget: number, depth: number): number {
  if (typeof value === "string") return budget - value.length - 2;
  if (value === null || typeof value !== "object") return budget - 8;
  if (depth > 8 || typeof (value as { toJSON?: unknown }).toJSON === "function") return -1;
  let left = budget - 2;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && left >= 0; i++) left = smallerThan(value[i], left - 1, depth + 1);
    return left;
  }
  for (const key in value as Record<string, unknown>) {
    if (!Object.hasOwn(value, key)) continue;
    left = smallerThan((value as Record<string, unknown>)[key], left - key.length - 4, depth + 1);
    if (left < 0) return -1;
  }
  return left;
}

/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}

/** A long string's JSON text, slice by slice. */
function* stringPieces(text: string): Generator<string> {
  yield '"';
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + CHUNK);
    // keep a surrogate pair whole: alone, each half would be written as an escape
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    const json = JSON.stringify(text.slice(at, end));
    yield json.slice(1, -1);
    at = end;
  }
  yield '"';
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
