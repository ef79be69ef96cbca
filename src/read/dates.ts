// Dates as news pages write them: "Friday, 30 Aug 2024", "Nov. 19, 2019 8:03 am ET", "2024-08-30",
// "August 30", "30/08/2024" is left alone (day/month order is not knowable). The HTML reader normalises
// the page's machine dates with it and the extractors read stamps and datelines: it sits here, below
// both of its users.
import { DAY_FIRST_MONTHS, MONTHS, WEEKDAYS } from "../lexicon/months.js";

export interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
}

const MONTH_NAME = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** Every month name a date may write after its day: English and the other languages' forms. */
const DAY_FIRST = new Map<string, number>(Object.entries(MONTHS));
for (const table of Object.values(DAY_FIRST_MONTHS))
  for (const [name, n] of Object.entries(table)) DAY_FIRST.set(name, n);
/** Alternation of the month names a date writes after its day, longest first, for a regex. */
export const DAY_FIRST_MONTH_NAMES = [...DAY_FIRST.keys()].sort((a, b) => b.length - a.length).join("|");

/** The month a name written after a day stands for ("novembre", "ноября", "Aug"), else undefined. */
export function dayFirstMonth(name: string): number | undefined {
  return DAY_FIRST.get(name.toLowerCase());
}

const WEEKDAY_NAME = [...WEEKDAYS].sort((a, b) => b.length - a.length).join("|");

/** "Aug 30", "Aug. 30, 2024", "August 30th 2024", "AUG 30". */
const MONTH_DAY = new RegExp(
  `^(${MONTH_NAME})\\.?\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s{0,3},?\\s{0,3}(\\d{4}))?$`,
  "i",
);
/** "30 Aug 2024", "30 August", "30. August 2024". */
/** Matched against lower-cased text: a case-insensitive Unicode alternation costs V8 much to compile. */
const DAY_MONTH = new RegExp(
  `^(\\d{1,2})\\.?\\s{1,3}(${DAY_FIRST_MONTH_NAMES})\\.?(?:\\s{0,3},?\\s{0,3}(\\d{4}))?$`,
  "u",
);
/** "11月12日", "2025年11月12日". */
const CJK_DATE = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/;
/** "Aug 2024", "August, 2024". */
const MONTH_YEAR = new RegExp(`^(${MONTH_NAME})\\.?\\s{0,3},?\\s{0,3}(\\d{4})$`, "i");
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const WEEKDAY_PREFIX = new RegExp(`^(?:${WEEKDAY_NAME})\\.?,?\\s+`, "i");

/** Reads a date written alone ("Aug. 30", "30 Aug 2024"); null when it is not one. */
export function readDate(text: string): DateParts | null {
  const t = text.trim().replace(WEEKDAY_PREFIX, "").replace(/\s+/g, " ");
  let m = MONTH_DAY.exec(t);
  if (m) return checked(m[3] ? Number(m[3]) : null, MONTHS[m[1].toLowerCase()], Number(m[2]));
  m = DAY_MONTH.exec(t.toLowerCase());
  if (m) return checked(m[3] ? Number(m[3]) : null, dayFirstMonth(m[2]), Number(m[1]));
  m = CJK_DATE.exec(t);
  if (m) return checked(m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3]));
  m = MONTH_YEAR.exec(t);
  if (m) return { year: Number(m[2]), month: MONTHS[m[1].toLowerCase()], day: null };
  m = ISO.exec(t);
  if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

function checked(year: number | null, month: number | undefined, day: number): DateParts | null {
  if (!month || month > 12 || day < 1 || day > 31) return null;
  if (year !== null && (year < 1800 || year > 2200)) return null;
  return { year, month, day };
}

export function isoDate(parts: DateParts): string | null {
  if (parts.year === null || parts.day === null) return null;
  return `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

const TIME_TAIL =
  /(?:\s*[,|•·-]?\s*(?:at\s+)?\d{1,2}(?::\d{2}){1,2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}|UTC[+-]?\d{0,2}|GMT[+-]?\d{0,2})?)$/i;
const STAMP_LABEL = /^(?:published|posted|updated|last updated|first published|date|modified)(?:\s+on)?\s*:?\s*/i;

/**
 * A line that is nothing but a date stamp ("Friday, 30 Aug 2024", "Updated: Nov. 19, 2019 8:03 am ET"):
 * its date, or null.
 */
export function readDateStamp(line: string): DateParts | null {
  // most lines are prose, far too long for a stamp: told by counting, without the replacements
  if (keptAtLeast(line) > MAX_STAMP) return null;
  const t = stampText(line);
  if (t.length > MAX_STAMP) return null;
  return readDate(t) ?? readIsoPrefix(t);
}

/** Longest stamp read, once its label, time, bullet and trailing separators are off. */
const MAX_STAMP = 40;

/** A line without its bullet, label ("Updated:"), time of day and trailing separators: the date to read. */
export function stampText(line: string): string {
  return line
    .replace(/^[•·▪●◦‣∙*|]\s*/, "")
    .replace(STAMP_LABEL, "")
    .replace(TIME_TAIL, "")
    .replace(/[\s,|•·]+$/, "")
    .trim();
}

/**
 * Of the characters stampText never takes off but for the label, time and bullet (ASCII other than
 * spaces, commas and bars), the label takes at most 18 ("first published on:"), the time 21 ("- at
 * 12:30:45 p.m. GMT+12") and the bullet 1 ("*").
 */
const TAKEN_AT_MOST = 40;

/** A lower bound of `stampText(line).length`, by counting; stops counting once past MAX_STAMP. */
export function keptAtLeast(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length && n <= MAX_STAMP + TAKEN_AT_MOST; i++) {
    const c = line.charCodeAt(i);
    if (c > 0x20 && c < 0x7f && c !== 0x2c && c !== 0x7c) n++;
  }
  return n - TAKEN_AT_MOST;
}

function readIsoPrefix(t: string): DateParts | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})\b/.exec(t);
  return m && t.length <= 25 ? checked(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

/** ISO 8601 from a machine date (meta tags, JSON-LD), as precise as written; null when unreadable. */
export function normaliseMachineDate(value: string): string | null {
  const t = value.trim();
  const m = ISO.exec(t);
  if (m) {
    const [, y, mo, d, hh, mm, ss, tz] = m;
    if (!hh) return `${y}-${mo}-${d}`;
    const zone = tz ? (tz === "Z" ? "Z" : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz) : "";
    return `${y}-${mo}-${d}T${hh}:${mm}:${ss ?? "00"}${zone}`;
  }
  const parts = readDateStamp(t);
  return parts ? isoDate(parts) : null;
}
