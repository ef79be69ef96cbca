// The output contract, schema version 1 (see README "Output"). Users' jq scripts rely on these names:
// change them only together with a new schemaVersion. Every field is always present; a fact the story
// does not give is null (or []), never guessed.

export const SCHEMA_VERSION = 1 as const;

export type InputFormat = "text" | "html";

export interface Source {
  /** The path as given on the command line; null for stdin or a library call without one. */
  path: string | null;
  /** The record id in `--input ndjson` mode, else null. */
  id: string | null;
  format: InputFormat;
  /** The WHATWG label of the encoding used, lower case: "utf-8", "utf-16le", "windows-1252". */
  encoding: string;
  /** Input size in bytes. */
  bytes: number;
}

export interface Byline {
  /** The byline exactly as written. */
  raw: string;
  /** People's names, without titles, places or labels. */
  authors: string[];
}

export interface Dateline {
  /** The exact text including its separator: "MOSCOW (Reuters) -". */
  raw: string;
  /** As written, including a region ("PORTLAND, Ore."), or null. */
  location: string | null;
  /** As written ("Aug. 30"), or null. */
  date: string | null;
  /** ISO date, only when the year is known from the story. */
  isoDate: string | null;
  /** The agency named in the dateline itself (canonical name), else null. */
  agency: string | null;
  /** [start, end] into body.text. */
  span: [number, number];
}

/** Credit role → names. Known roles are listed; any other role is the camelCase of its words. */
export type CreditRoles = Record<string, string[]>;

export interface Credits {
  /** Exact text including parentheses; several blocks joined by a space. */
  raw: string;
  roles: CreditRoles;
}

export interface Quote {
  /** Exactly the characters between the marks; pieces of a multi-paragraph quote joined by one space. */
  text: string;
  /** The full name (or organisation) the story gives for the speaker. */
  speaker: string | null;
  /** The words next to the quote that name the speaker ("Peskov", "he", "Durov's lawyer"). */
  speakerMention: string | null;
  /** Title or description given with the speaker ("Kremlin spokesman"). */
  speakerDescription: string | null;
  /** The reporting verb or phrase ("said", "told", "according to"). */
  cue: string | null;
  /** A fragment inside the reporter's sentence (called it "absurd"). */
  partial: boolean;
  /** [start, end] into body.text, excluding the marks; one per piece. */
  spans: [number, number][];
  /** [start, end] into body.text where speakerMention stands; null when the speaker was carried over. */
  speakerSpan: [number, number] | null;
  /** [start, end] into body.text where the cue stands. */
  cueSpan: [number, number] | null;
}

/** Reported speech: a statement attributed to a source without quotation marks around it. */
export type Reported = Omit<Quote, "partial">;

export const REMOVED_KINDS = [
  "navigation",
  "timestamp",
  "headline",
  "byline",
  "caption",
  "promo",
  "share",
  "related",
  "advert",
  "newsletter",
  "cookie",
  "paywall",
  "comments",
  "footer",
  "legal",
  "syndication",
  "contact",
  "signature",
  "signoff",
  "credits",
  "other",
] as const;
export type RemovedKind = (typeof REMOVED_KINDS)[number];

const REMOVED_KIND_SET: ReadonlySet<string> = new Set(REMOVED_KINDS);

export function isRemovedKind(value: string): value is RemovedKind {
  return REMOVED_KIND_SET.has(value);
}

export interface Removed {
  kind: RemovedKind;
  text: string;
}

export const WARNING_CODES = [
  "empty_input",
  "decoding_replaced",
  "encoding_guessed",
  "no_story_found",
  "truncated",
  "html_flattened",
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface Warning {
  code: WarningCode;
  message: string;
}

export interface Body {
  /** The story paragraphs joined by "\n\n"; the lead keeps its dateline as filed. */
  text: string;
  paragraphs: string[];
}

export interface Story {
  schemaVersion: typeof SCHEMA_VERSION;
  source: Source;
  /** Fields of an `--input ndjson` record other than id/text/html, passed through; else null. */
  meta: Record<string, unknown> | null;
  headline: string | null;
  /** ISO 8601, as precise as the source. */
  published: string | null;
  modified: string | null;
  section: string | null;
  /** BCP 47 tag ("en"). */
  language: string | null;
  canonicalUrl: string | null;
  siteName: string | null;
  /** The story's wire agency, canonical name. */
  agency: string | null;
  byline: Byline | null;
  dateline: Dateline | null;
  credits: Credits | null;
  quotes: Quote[];
  reported: Reported[];
  body: Body;
  removed: Removed[];
  warnings: Warning[];
}

export const ERROR_CODES = [
  "not_found",
  "is_directory",
  "permission",
  "binary",
  "too_large",
  "timeout",
  "bad_record",
  "decode_failed",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What a failed input yields in batch or NDJSON mode: one record, like a Story's. */
export interface ErrorRecord {
  schemaVersion: typeof SCHEMA_VERSION;
  source: {
    path: string | null;
    id: string | null;
    format: InputFormat | null;
    encoding: string | null;
    bytes: number | null;
  };
  error: { code: ErrorCode; message: string };
}

// ---- JSON Schema (draft 2020-12), published by `wirestory --schema` ----

const nullable = <const S extends object>(schema: S) => ({ anyOf: [schema, { type: "null" }] }) as const;
const str = { type: "string" } as const;
const span = {
  type: "array",
  prefixItems: [
    { type: "integer", minimum: 0 },
    { type: "integer", minimum: 0 },
  ],
  items: false,
  minItems: 2,
} as const;
const object = <const P extends Record<string, object>>(properties: P) => ({
  type: "object" as const,
  additionalProperties: false as const,
  required: Object.keys(properties) as (keyof P & string)[],
  properties,
});

/** The fields quotes and reported speech share. */
const statement = {
  text: str,
  speaker: nullable(str),
  speakerMention: nullable(str),
  speakerDescription: nullable(str),
  cue: nullable(str),
  spans: { type: "array", items: span, minItems: 1 },
  speakerSpan: nullable(span),
  cueSpan: nullable(span),
} as const;

const sourceSchema = object({
  path: nullable(str),
  id: nullable(str),
  format: { enum: ["text", "html"] },
  encoding: str,
  bytes: { type: "integer", minimum: 0 },
});

export const storySchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/wirestory/wirestory/schema/story-v1.json",
  title: "wirestory Story (schema version 1)",
  ...object({
    schemaVersion: { const: SCHEMA_VERSION },
    source: sourceSchema,
    meta: nullable({ type: "object" }),
    headline: nullable(str),
    published: nullable(str),
    modified: nullable(str),
    section: nullable(str),
    language: nullable(str),
    canonicalUrl: nullable(str),
    siteName: nullable(str),
    agency: nullable(str),
    byline: nullable(object({ raw: str, authors: { type: "array", items: str } })),
    dateline: nullable(
      object({
        raw: str,
        location: nullable(str),
        date: nullable(str),
        isoDate: nullable({ type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" }),
        agency: nullable(str),
        span,
      }),
    ),
    credits: nullable(
      object({
        raw: str,
        roles: { type: "object", additionalProperties: { type: "array", items: str } },
      }),
    ),
    quotes: { type: "array", items: object({ ...statement, partial: { type: "boolean" } }) },
    reported: { type: "array", items: object(statement) },
    body: object({ text: str, paragraphs: { type: "array", items: str } }),
    removed: {
      type: "array",
      items: object({ kind: { enum: [...REMOVED_KINDS] }, text: str }),
    },
    warnings: {
      type: "array",
      items: object({ code: { enum: [...WARNING_CODES] }, message: str }),
    },
  }),
} as const;

export const errorRecordSchema = {
  $schema: "https://json-schema.org/draft/2020-12/schema",
  $id: "https://github.com/wirestory/wirestory/schema/error-v1.json",
  title: "wirestory error record (schema version 1)",
  ...object({
    schemaVersion: { const: SCHEMA_VERSION },
    source: object({
      path: nullable(str),
      id: nullable(str),
      format: nullable({ enum: ["text", "html"] }),
      encoding: nullable(str),
      bytes: nullable({ type: "integer", minimum: 0 }),
    }),
    error: object({ code: { enum: [...ERROR_CODES] }, message: str }),
  }),
} as const;
