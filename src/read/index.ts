// Input -> Document: decode bytes, pick the reader, build blocks. HTML support (htmlparser2) is loaded only
// when an HTML input arrives.
import type { InputFormat, Warning } from "../story.js";
import type { Document } from "./block.js";
import { decode } from "./decode.js";
import { chooseFormat, type FormatOption } from "./sniff.js";
import { textToDocument } from "./text-blocks.js";

export interface ReadResult {
  doc: Document;
  format: InputFormat;
  encoding: string;
  bytes: number;
  warnings: Warning[];
}

export async function read(input: string | Uint8Array, format: FormatOption, path: string | null): Promise<ReadResult> {
  let text: string;
  let encoding = "utf-8";
  let bytes: number;
  const warnings: Warning[] = [];
  if (typeof input === "string") {
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    bytes = Buffer.byteLength(input, "utf8");
  } else {
    const decoded = decode(input);
    text = decoded.text;
    encoding = decoded.encoding;
    bytes = input.byteLength;
    warnings.push(...decoded.warnings);
  }
  const chosen = chooseFormat(format, text, path);
  let doc: Document;
  if (chosen === "html") {
    const { htmlToDocument } = await import("./html-blocks.js");
    doc = htmlToDocument(text);
  } else {
    doc = textToDocument(text);
  }
  return { doc, format: chosen, encoding, bytes, warnings };
}
