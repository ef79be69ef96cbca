// Which reader an input needs. `auto` decides by extension (.html/.htm -> HTML, a known text extension
// -> text) and sniffs only stdin and unknown extensions, by a leading <!doctype, <html, <head or <body.
import type { InputFormat } from "../story.js";

export type FormatOption = "auto" | InputFormat;

const HTML_EXTENSIONS = new Set([".html", ".htm", ".xhtml", ".shtml"]);
const TEXT_EXTENSIONS = new Set([".txt", ".text", ".md"]);
const LEADING_MARKUP = /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body)[\s>]/i;

export function chooseFormat(option: FormatOption, text: string, path: string | null): InputFormat {
  if (option !== "auto") return option;
  const ext = extensionOf(path);
  if (ext && HTML_EXTENSIONS.has(ext)) return "html";
  if (ext && TEXT_EXTENSIONS.has(ext)) return "text";
  return LEADING_MARKUP.test(text.slice(0, 4096)) ? "html" : "text";
}

function extensionOf(path: string | null): string | null {
  if (!path) return null;
  const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
  const dot = path.lastIndexOf(".");
  return dot > slash + 1 ? path.slice(dot).toLowerCase() : null;
}
