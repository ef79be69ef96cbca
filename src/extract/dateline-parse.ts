// Reads a dateline at the start of one block of text: "MOSCOW (Reuters) -", "PARIS, Aug 30 (AFP) -",
// "NAIROBI, Kenya (AP) _", "(ANSA) - TURIN, April 2 -", "VLADIVOSTOK, June 9. /TASS/.", "Pune
// (Maharashtra) [India], Aug 30 (ANI):", 1987 Reuters "COMMACK, N.Y., Feb 26 -", NYT "MIAMI _".
//
// A small scanner walks the block's first characters to the agency tag or the separator; the text
// before it splits at commas into place parts, a date part, and years or a bare agency after the date.
import { BARE_DATELINE_AGENCIES } from "../lexicon/agencies.js";
import {
  CJK_DATELINE_ENDS,
  DATELINE_REPORTER_LABELS,
  NAME_LIST_SEPARATORS,
  NOT_PLACES,
  PLACE_PARTICLES,
} from "../lexicon/dateline.js";
import { MONTHS, WEEKDAYS } from "../lexicon/months.js";
import { DAY_FIRST_MONTH_NAMES, type DateParts, readDate } from "../read/dates.js";
import { mapPacked } from "../read/packed.js";
import { agencyNamedIn, canonicalAgency } from "./common/agency.js";

export interface DatelineParse {
  /** The exact text from the block's start through the separator (or the agency tag when none follows). */
  raw: string;
  location: string | null;
  date: string | null;
  dateParts: DateParts | null;
  /** Canonical agency of the dateline's tag or bare agency word, else null. */
  agency: string | null;
  /**
   * How sure the form is: "tag" names a known agency; "date" carries a date (or an unknown tag after a
   * place in capitals); "weak" is a place in capitals and a separator only ("MIAMI _").
   */
  strength: "tag" | "date" | "weak";
  /** The text after the dateline. */
  rest: string;
  /** Reporters the dateline names ("新华社成都11月12日电（记者A、B）", "/Корр. ТАСС A/"). */
  reporters?: string[];
}

/** How far into a block the dateline's tag or separator may stand. */
const SCAN = 160;
const MAX_LOCATION = 70;
const MAX_LOCATION_PARTS = 4;
const MAX_PART_WORDS = 5;

const NOT_PLACE = new Set(NOT_PLACES);
const PARTICLES = new Set(PLACE_PARTICLES);
const WEEKDAY = new Set(WEEKDAYS);
const BARE_AGENCY = new Map(BARE_DATELINE_AGENCIES.map((a) => [a.toLowerCase(), a]));
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** "Aug. 30", "MARCH  23", "June 9.", "April", "Nov. 24 2005", "Oct. 12 Kyodo" (the agency is read apart). */
const MONTH_DAY = new RegExp(
  `^((?:${MONTH_NAMES})\\.?(?:\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?)?)\\.?(?:\\s{1,3}(\\d{4}))?(?:\\s{1,3}([A-Za-z][A-Za-z-]{1,12}))?$`,
  "i",
);
/** "14 mar", "30 August 2024". */
// These two match lower-cased text: a case-insensitive Unicode alternation costs V8 much to compile.
const DAY_MONTH = new RegExp(`^(\\d{1,2}\\.?\\s{1,3}(?:${DAY_FIRST_MONTH_NAMES})\\.?)(?:\\s{1,3}(\\d{4}))?\\.?$`, "u");
/** A day and month opening the text after a place's full stop: "Москва. 12 ноября. ИНТЕРФАКС -". */
const DAY_MONTH_AHEAD = new RegExp(`^\\d{1,2}\\.?\\s{1,3}(?:${DAY_FIRST_MONTH_NAMES})(?![\\p{L}])`, "u");
const YEAR = /^\d{4}$/;
/** A word of a place; a slash joins two places ("DALLAS/FORT WORTH", "ST. PAUL/MINNEAPOLIS"). */
const PLACE_WORD = /^[\p{L}\p{M}][\p{L}\p{M}.'’&/-]{0,30}$/u;
const BRACKET_WORD = /^[([][\p{L}\p{M} .'’-]{1,30}[)\]]$/u;

interface Tag {
  end: number;
  inner: string;
  agency: string | null;
}

interface Separator {
  start: number;
  end: number;
}

interface Prefix {
  location: string | null;
  date: string | null;
  dateParts: DateParts | null;
  agency: string | null;
  /** The first place part is written in capitals ("NEW YORK", "COLUMBUS, Ohio"). */
  upper: boolean;
}

/** The dateline at the start of `text`, or null when the block does not open with one. */
export function parseDateline(text: string): DatelineParse | null {
  return parse(text, false);
}

/** `afterAgency`: the text follows an agency-first tag ("(ANSA) - "), so it may not open with another. */
function parse(text: string, afterAgency: boolean): DatelineParse | null {
  const head = text.slice(0, SCAN + 80);
  if (head.startsWith("(")) return afterAgency ? null : agencyFirst(text, head);
  if (head.startsWith("【")) return bracketedPlaceAgency(text);
  if (CJK_HEAD.test(head)) return cjkDateline(text);

  let i = 0;
  let tag: Tag | null = null;
  let tagStart = -1;
  let sep: Separator | null = null;
  const limit = Math.min(head.length, SCAN);
  while (i < limit) {
    const c = head[i];
    if (c === "(" || (c === "/" && i > 0 && head[i - 1] === " ")) {
      const t = c === "(" ? readParenTag(head, i) : readSlashTag(head, i);
      if (!t && c === "/") {
        i++;
        continue;
      }
      if (!t) return null;
      const after = head.slice(t.end).trimStart();
      if (c === "(" && !t.agency && (after.startsWith(",") || after.startsWith("["))) {
        i = t.end; // a region in brackets: "Pune (Maharashtra) [India], Aug 30"
        continue;
      }
      tag = t;
      tagStart = i;
      break;
    }
    if (c === "[") {
      const close = head.indexOf("]", i);
      if (close < 0 || close - i > 32) return null;
      i = close + 1;
      continue;
    }
    sep = separatorAt(head, i);
    if (sep) break;
    i++;
  }

  if (tag) {
    const prefix = readPrefix(head.slice(0, tagStart));
    if (!prefix) return null;
    const after = separatorAfterTag(head, tag.end);
    if (!tag.agency && (!after || !prefix.upper || !prefix.location)) return null;
    const end = after ? after.end : tag.end;
    const found = finding(text, end, prefix, tag.agency ?? prefix.agency, tag.agency ? "tag" : "date");
    const reporters = reportersIn(tag.inner);
    return reporters.length ? { ...found, reporters } : found;
  }

  if (sep) {
    const prefix = readPrefix(head.slice(0, sep.start));
    if (!prefix) return null;
    // the agency after the separator: "МОСКВА, 12 ноя — РИА Новости."
    const trailing = prefix.agency ? null : agencyAfterSeparator(head, sep.end);
    if (trailing) return finding(text, trailing.end, prefix, trailing.agency, "tag");
    if (prefix.date) return finding(text, sep.end, prefix, prefix.agency, prefix.agency ? "tag" : "date");
    // a capitalised place and a spaced long dash: "Brasília – O plenário ..."
    if (prefix.location && !prefix.upper && spacedLongDash(head, sep) && !prefix.location.includes(",")) {
      return finding(text, sep.end, prefix, prefix.agency, "weak");
    }
    if (!prefix.location || !prefix.upper) return null;
    return finding(text, sep.end, prefix, prefix.agency, prefix.agency ? "tag" : "weak");
  }

  // no tag and no separator: a dateline standing alone in its block ("BAGHDAD, Dec 6 , 2005")
  if (text.length > SCAN) return null;
  const prefix = readPrefix(text);
  if (!prefix?.date || !prefix.location || !prefix.upper) return null;
  return finding(text, text.length, prefix, prefix.agency, "date");
}

/** "(Reuters) - ...", "(Bloomberg) --", "(ANSA) - TURIN, April 2 - ...". */
function agencyFirst(text: string, head: string): DatelineParse | null {
  const tag = readParenTag(head, 0);
  if (!tag?.agency) return null;
  const sep = separatorAfterTag(head, tag.end);
  const empty: Prefix = { location: null, date: null, dateParts: null, agency: tag.agency, upper: false };
  if (!sep) {
    // the agency alone before the lead's first word: "(Belga) Les usagers ..."
    return /^ \p{Lu}/u.test(head.slice(tag.end)) ? finding(text, tag.end, empty, tag.agency, "tag") : null;
  }
  // the place and date may follow the agency: "(ANSA) - TURIN, April 2 - ..."
  const start = sep.end + (head.slice(sep.end).length - head.slice(sep.end).trimStart().length);
  const inner = parse(text.slice(start, start + SCAN + 80), true);
  if (inner && inner.strength !== "tag" && inner.location && inner.date) {
    const prefix: Prefix = { ...empty, location: inner.location, date: inner.date, dateParts: inner.dateParts };
    return finding(text, start + inner.raw.length, prefix, tag.agency, "tag");
  }
  return finding(text, sep.end, empty, tag.agency, "tag");
}

function finding(
  text: string,
  end: number,
  prefix: Prefix,
  agency: string | null,
  strength: DatelineParse["strength"],
): DatelineParse {
  return {
    raw: text.slice(0, end),
    location: prefix.location,
    date: prefix.date,
    dateParts: prefix.dateParts,
    agency,
    strength,
    rest: text.slice(end),
  };
}

/** "(Reuters)", "(AP)", "(HawaiiNewsNow)": a short bracketed word group; its agency when known. */
function readParenTag(head: string, at: number): Tag | null {
  const close = head.indexOf(")", at);
  if (close < 0 || close - at > 40) return null;
  const inner = head.slice(at + 1, close).trim();
  if (!/^[\p{L}][\p{L}\p{M} .&'’/-]{0,36}$/u.test(inner)) return null;
  // a regional service after a slash: "(dpa/lby)"
  const agency = canonicalAgency(inner) ?? (inner.includes("/") ? canonicalAgency(inner.split("/")[0]) : null);
  return { end: close + 1, inner, agency };
}

/** "/TASS/", "/Корр. ТАСС Ольга Ветрова/" (a correspondent of the agency). */
function readSlashTag(head: string, at: number): Tag | null {
  const m = /^\/\s?(\p{L}[^/\n]{1,60}?)\s?\//u.exec(head.slice(at, at + 70));
  if (!m) return null;
  const agency = canonicalAgency(m[1]) ?? agencyNamedIn(m[1]);
  return agency ? { end: at + m[0].length, inner: m[1], agency } : null;
}

/** A dash or underscore separator at `i`: " - ", " -- ", "—", "–", "_"; glued after ")" or a day ("March 2-"). */
function separatorAt(head: string, i: number): Separator | null {
  const c = head[i];
  const prev = i > 0 ? head[i - 1] : " ";
  if (c === "—" || c === "–") return { start: i, end: runEnd(head, i, c) };
  if (c === "-") {
    const end = runEnd(head, i, "-");
    const next = head[end] ?? " ";
    if (end - i >= 2) return /\s|\p{L}/u.test(next) || end === head.length ? { start: i, end } : null;
    if (/[\s)\d.]/.test(prev) && /\s/.test(next)) return { start: i, end };
    if (/\s/.test(prev) && /\p{Lu}/u.test(next)) return { start: i, end }; // "April 8 -Qtr ends"
    return null;
  }
  if (c === "_") {
    const end = runEnd(head, i, "_");
    const next = head[end] ?? " ";
    if (/[\s)]/.test(prev) && /\s/.test(next)) return { start: i, end };
  }
  return null;
}

function runEnd(head: string, i: number, c: string): number {
  let j = i;
  while (j < head.length && j - i < 3 && head[j] === c) j++;
  return j;
}

/** After an agency tag: " -", " --", "—", "_", ":", ".-", "." (TASS), glued or spaced; null when none. */
function separatorAfterTag(head: string, at: number): Separator | null {
  let i = at;
  while (i < head.length && i - at < 3 && head[i] === " ") i++;
  const rest = head.slice(i, i + 4);
  let m = /^\.-{1,2}/.exec(rest) ?? /^(?:-{1,3}|—|–|_{1,2}|:)/.exec(rest);
  if (m) return { start: i, end: i + m[0].length };
  m = /^\.(?=\s|$)/.exec(rest);
  if (m && i === at) return { start: i, end: i + 1 };
  return null;
}

/**
 * The text before the tag or separator: place parts, then a date part, then years or a bare agency
 * ("ROME, March 13, Reuter"). Null when it does not read so.
 */
function readPrefix(prefix: string): Prefix | null {
  const trimmed = prefix.trimEnd();
  if (trimmed.length > MAX_LOCATION + 40) return null;
  const parts = splitParts(trimmed);
  if (!parts.length || parts.length > MAX_LOCATION_PARTS + 3) return null;

  let dateIndex = -1;
  let date: string | null = null;
  let dateParts: DateParts | null = null;
  let agency: string | null = null;
  for (let k = 0; k < parts.length; k++) {
    const d = readDatePart(parts[k].text);
    if (d) {
      dateIndex = k;
      date = d.date;
      agency = d.agency;
      const year = k + 1 < parts.length && YEAR.test(parts[k + 1].text) ? parts[k + 1] : null;
      if (year && !d.year) date = trimmed.slice(parts[k].start, year.end).replace(/\s+$/, "");
      dateParts = readDate(date);
      break;
    }
  }
  const placeParts = dateIndex >= 0 ? parts.slice(0, dateIndex) : parts;
  // a weekday between the place and the date: "NEW YORK, TUE, APR 07"
  const weekday = placeParts[placeParts.length - 1];
  if (dateIndex >= 0 && placeParts.length > 1 && WEEKDAY.has(weekday.text.toLowerCase().replace(/\.$/, ""))) {
    placeParts.pop();
  }
  // what follows the date: its year (read above), repeated years, a bare agency
  if (dateIndex >= 0) {
    for (const p of parts.slice(dateIndex + 1)) {
      if (YEAR.test(p.text)) continue;
      const bare = bareAgency(p.text);
      if (!bare) return null;
      agency = bare;
    }
  } else if (placeParts.length > 1) {
    const bare = bareAgency(placeParts[placeParts.length - 1].text);
    if (bare) {
      agency = bare;
      placeParts.pop();
    }
  }
  if (placeParts.length > MAX_LOCATION_PARTS) return null;
  if (!placeParts.length) {
    return date ? { location: null, date, dateParts, agency, upper: false } : null;
  }
  const location = trimmed.slice(placeParts[0].start, placeParts[placeParts.length - 1].end);
  const shape = placeShape(mapPacked(placeParts, (p) => p.text));
  if (!shape) return null;
  if ((shape === "lower" || shape === "mixed") && !date) return null;
  return { location, date, dateParts, agency, upper: shape === "upper" };
}

interface Part {
  text: string;
  start: number;
  end: number;
}

function splitParts(text: string): Part[] {
  const parts: Part[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text[i] !== "," && !dotBetweenParts(text, start, i)) continue;
    const raw = text.slice(start, i);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) parts.push({ text: body, start: start + lead, end: start + lead + body.length });
    else if (i < text.length || parts.length === 0) return []; // ",," or a leading comma
    start = i + 1;
  }
  return parts;
}

/**
 * A full stop that parts a place from its date, or a date from what follows, as Russian wires write
 * them: "Москва. 12 ноября. ИНТЕРФАКС". Not an abbreviation's ("Feb. 26", "ST. LOUIS").
 */
function dotBetweenParts(text: string, start: number, i: number): boolean {
  if (text[i] !== "." || text[i + 1] !== " ") return false;
  return DAY_MONTH_AHEAD.test(lower(text.slice(i + 2, i + 40))) || DAY_MONTH.test(lower(text.slice(start, i).trim()));
}

function readDatePart(whole: string): { date: string; year: number | null; agency: string | null } | null {
  // a weekday before the date is not part of it: "TUE APR 07"
  const weekday = /^([A-Za-z]{3,9})\.?,?\s{1,3}(?=[A-Za-z])/.exec(whole);
  const part = weekday && WEEKDAY.has(weekday[1].toLowerCase()) ? whole.slice(weekday[0].length) : whole;
  let m = MONTH_DAY.exec(part);
  if (m) {
    let agency: string | null = null;
    if (m[3]) {
      agency = bareAgency(m[3]);
      if (!agency) return null;
    }
    const date = m[2] ? part.slice(0, part.indexOf(m[2], m[1].length) + 4) : m[1];
    return { date, year: m[2] ? Number(m[2]) : null, agency };
  }
  m = DAY_MONTH.exec(lower(part));
  if (m) return { date: m[2] ? part : part.slice(0, m[1].length), year: m[2] ? Number(m[2]) : null, agency: null };
  return null;
}

function bareAgency(word: string): string | null {
  const form = BARE_AGENCY.get(word.trim().toLowerCase());
  return form ? canonicalAgency(form) : null;
}

/**
 * How the place parts are written: "upper" (the first part in capitals: "NEW YORK", "COLUMBUS, Ohio"),
 * "title" ("Toronto", "Vancouver, British Columbia"), "lower" ("omaha"); null when they do not read
 * as a place (a sentence, a heading, a weekday, digits); "mixed" for a short place partly capitalised
 * ("Mexico city").
 */
function placeShape(parts: string[]): "upper" | "title" | "lower" | "mixed" | null {
  const total = parts.reduce((n, p) => n + p.length, 0);
  if (total > MAX_LOCATION) return null;
  const first = parts[0].toLowerCase().replace(/\s+/g, " ");
  if (NOT_PLACE.has(first) || WEEKDAY.has(first.replace(/\.$/, "")) || Object.hasOwn(MONTHS, first)) return null;
  let lower = true;
  let title = true;
  for (const part of parts) {
    const ws = part.split(/\s+/);
    if (ws.length > MAX_PART_WORDS) return null;
    for (const w of ws) {
      if (BRACKET_WORD.test(w)) continue;
      if (!PLACE_WORD.test(w)) return null;
      const letters = w.replace(/[^\p{L}]/gu, "");
      if (!letters) return null;
      if (letters !== letters.toLowerCase()) lower = false;
      if (!/^\p{Lu}/u.test(letters) && !PARTICLES.has(w.toLowerCase())) title = false;
    }
  }
  const firstLetters = parts[0].replace(/[^\p{L}]/gu, "");
  if (firstLetters.length >= 2 && firstLetters === firstLetters.toUpperCase() && title) return "upper";
  if (title) return "title";
  if (lower) return "lower";
  // "Mexico city": capitalised first, a short place
  const words = parts.join(" ").split(/\s+/);
  return words.length <= 3 && /^\p{Lu}/u.test(words[0]) ? "mixed" : null;
}

/** A dateline opening with an agency's name in a Han script: "新华社成都11月12日电（记者A、B）". */
const CJK_HEAD = /^[\p{Script=Han}]{2,6}[\p{Script=Han}\p{Script=Katakana}]{1,12}\d{1,2}月\d{1,2}日/u;
const CJK_DATE_END = new RegExp(`(\\d{1,2}月\\d{1,2}日)(?:${CJK_DATELINE_ENDS.join("|")})`, "u");

function cjkDateline(text: string): DatelineParse | null {
  const m = CJK_DATE_END.exec(text.slice(0, 40));
  if (!m) return null;
  const lead = text.slice(0, m.index);
  for (let k = Math.min(lead.length - 1, 8); k >= 2; k--) {
    const agency = canonicalAgency(lead.slice(0, k));
    if (!agency) continue;
    const place = lead.slice(k);
    let end = m.index + m[0].length;
    const reporters: string[] = [];
    const credit = /^[（(]([^）)]{1,40})[）)]/u.exec(text.slice(end));
    if (credit) {
      reporters.push(...reportersIn(credit[1]));
      if (reporters.length) end += credit[0].length;
    }
    const prefix: Prefix = { location: place || null, date: m[1], dateParts: readDate(m[1]), agency, upper: false };
    const found = finding(text, end, prefix, agency, "tag");
    return reporters.length ? { ...found, reporters } : found;
  }
  return null;
}

/** Kyodo's and Jiji's "【北京共同】", "【ワシントン時事】": place then agency in lenticular brackets. */
function bracketedPlaceAgency(text: string): DatelineParse | null {
  const close = text.indexOf("】");
  if (close < 2 || close > 24) return null;
  const inner = text.slice(1, close).trim();
  for (let k = 0; k < inner.length; k++) {
    const agency = canonicalAgency(inner.slice(k));
    if (!agency) continue;
    const place = inner.slice(0, k).trim();
    const prefix: Prefix = { location: place || null, date: null, dateParts: null, agency, upper: false };
    return finding(text, close + 1, prefix, agency, "tag");
  }
  return null;
}

/** Names after a reporter label inside a dateline: "记者A、B" -> [A, B]; none without a label. */
function reportersIn(inner: string): string[] {
  const label = DATELINE_REPORTER_LABELS.find((l) => inner.includes(l));
  if (!label) return [];
  let rest = inner.slice(inner.indexOf(label) + label.length);
  // "Корр. ТАСС Ольга Ветрова": the agency's name between the label and the names
  const agency = /^\s*(\p{Lu}{2,}[\p{L}-]*)\s/u.exec(rest);
  if (agency && canonicalAgency(agency[1])) rest = rest.slice(agency[0].length);
  for (const sep of NAME_LIST_SEPARATORS) rest = rest.split(sep).join("\u0000");
  return rest
    .split("\u0000")
    .map((n) => n.trim())
    .filter((n) => n.length >= 2 && n.length <= 40);
}

/**
 * " – " after a capitalised place of a few words: Brazilian and Portuguese wires' en dash ("Brasília –
 * O plenário"). Not the em dash English prose sets after a name ("Mehmet Oz — surgeon and…").
 */
function spacedLongDash(head: string, sep: Separator): boolean {
  return (
    head[sep.start] === "–" &&
    head[sep.start - 1] === " " &&
    head[sep.end] === " " &&
    head.slice(0, sep.start).trim().split(/\s+/).length <= 3
  );
}

/** An agency named right after the separator and closed by a full stop: "— РИА Новости.". */
function agencyAfterSeparator(head: string, at: number): { end: number; agency: string } | null {
  const m = /^\s{0,2}(\p{L}[\p{L} -]{1,24}?)\.(?=\s|$)/u.exec(head.slice(at, at + 40));
  const agency = m ? canonicalAgency(m[1]) : null;
  return m && agency ? { end: at + m[0].length, agency } : null;
}

/** Lower case of the same length (offsets stay valid), else the text as it is. */
function lower(text: string): string {
  const l = text.toLowerCase();
  return l.length === text.length ? l : text;
}
