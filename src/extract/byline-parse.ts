// Reads one block as a byline: "By Jane Doe", "By  Jonathan Stempel and  Joseph A. Giannone",
// "By JANE DOE, Associated Press Writer", "By Rhys Evans, PA Wales Correspondent", "by Jane Doe",
// page bylines with stamps ("By Jane Doe - 11/19/19 06:56 AM EST", "By Jane Doe | Fox News"), Anadolu's
// "Jane Doe | 12.03.2023" and PA's "Jane Doe, PA Political Correspondent".
import { MONTHS } from "../lexicon/months.js";
import { BYLINE_BY_WORDS, BYLINE_LABEL_WORDS, BYLINE_STOP_WORDS } from "../lexicon/names.js";
import { mapPacked } from "../read/packed.js";
import { agencyNamedIn, canonicalAgency } from "./common/agency.js";
import { isPersonName, mayBePerson, tidyName } from "./common/names.js";

export interface BylineParse {
  /** People's names, without titles, places or labels. */
  authors: string[];
  /** The agency a label or item names ("Associated Press Writer" -> "AP"), else null. */
  agency: string | null;
}

const MAX_BYLINE = 200;
const MAX_LABEL_WORDS = 6;
const LABELS = new Set(BYLINE_LABEL_WORDS);
const STOPS = new Set(BYLINE_STOP_WORDS);
const MONTH_NAMES = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join("|");
/** Where a byline's names end: a dash, bar or slash between spaces, a handle, a date, a digit. */
const NAMES_END = new RegExp(`\\s[-—–|/]\\s|\\s?[|｜／]|@|\\s(?:${MONTH_NAMES})\\.?\\s{1,3}\\d|\\s(?=\\S*\\d)`, "i");
/** "By ", "Von ", "Par ": the word that opens a byline (English "by" in any case, others capitalised). */
const BY = new RegExp(
  `^(?:[Bb][Yy]|${BYLINE_BY_WORDS.filter((w) => w !== "by")
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join("|")}):?\\s{1,3}`,
  "u",
);
const DATE_AFTER_BAR = /^([^|]{3,60}?)\s{0,3}\|\s{0,3}\d{1,2}[./]\d{1,2}[./]\d{2,4}/;

/**
 * The byline a block holds, or null. `known`: the page's authors, lower case; a block of their names
 * alone ("Jane Doe") is a byline, and a known one-word name ("By Regan") counts as a name.
 */
export function parseByline(text: string, known: ReadonlySet<string> = NO_NAMES): BylineParse | null {
  if (text.length > MAX_BYLINE) return null;
  const by = BY.exec(text);
  if (by) {
    const rest = text.slice(by[0].length);
    return /^\p{L}/u.test(rest) ? readNames(rest, known) : null; // "By 2030, ..." is a sentence
  }
  const bar = DATE_AFTER_BAR.exec(text);
  if (bar) {
    const name = tidyName(bar[1]);
    return isName(name, known) ? { authors: [name], agency: null } : null;
  }
  const comma = text.indexOf(",");
  if (comma > 0) {
    // "Jane Doe, PA Political Correspondent": a name, then a short label
    const name = tidyName(text.slice(0, comma));
    const label = text.slice(comma + 1).trim();
    const labelled = hasLabelWord(label) || canonicalAgency(label) !== null;
    if (isName(name, known) && labelled && label.split(/\s+/).length <= MAX_LABEL_WORDS) {
      return { authors: [name], agency: agencyNamedIn(label) };
    }
  }
  if (known.size) {
    const found = readNames(text, known);
    if (found?.authors.length && found.authors.every((a) => isKnown(a, known))) return found;
  }
  return null;
}

const NO_NAMES: ReadonlySet<string> = new Set();

function isName(text: string, known: ReadonlySet<string>): boolean {
  return isPersonName(text) || isKnown(text, known);
}

function isKnown(text: string, known: ReadonlySet<string>): boolean {
  return known.has(text.toLowerCase()) && mayBePerson(text);
}

/**
 * The names (and labels) after "By": null when an item reads as neither. Of two items without an
 * "and", the second is a label or an outlet: "Jane Doe, Business Insider".
 */
function readNames(rest: string, known: ReadonlySet<string>): BylineParse | null {
  const end = NAMES_END.exec(rest);
  const tokens = (end ? rest.slice(0, end.index) : rest).split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (const t of tokens) {
    if (kept.length && STOPS.has(t.toLowerCase().replace(/[.,]$/, ""))) break;
    kept.push(t);
  }
  const joined = kept.join(" ");
  const items = mapPacked(joined.split(/\s*(?:,|;|&|\band\b)\s*/i), (name) => tidyName(name)).filter(Boolean);
  if (!items.length) return null;
  const pairWithoutAnd = items.length === 2 && !/&|\band\b/i.test(joined);
  const authors: string[] = [];
  let agency: string | null = null;
  let labels = 0;
  for (const [k, item] of items.entries()) {
    const whole = canonicalAgency(item);
    if (whole) {
      agency ??= whole;
      labels++;
      continue;
    }
    if (k === 1 && pairWithoutAnd && !isKnown(item, known)) {
      agency ??= agencyNamedIn(item);
      labels++;
      continue;
    }
    const split = isKnown(item, known) ? { name: item, label: null } : splitLabel(item, k === 0);
    if (split) {
      if (split.name) authors.push(split.name);
      if (split.label) {
        agency ??= agencyNamedIn(split.label);
        labels++;
      }
      continue;
    }
    return null;
  }
  if (!authors.length && !labels) return null;
  return { authors, agency };
}

/**
 * An item of a byline as a name and a label: "Jane Doe", "JANE DOE Associated Press Writer",
 * "sportswriter Liu Yang", "PA Wales Correspondent"; null when it is neither. A label after a comma
 * is all label ("Jane Doe, European Investment Correspondent"): only the first item may end with one.
 */
function splitLabel(item: string, first: boolean): { name: string | null; label: string | null } | null {
  if (hasLabelWord(item) && !first) return { name: null, label: item };
  if (isPersonName(item)) return { name: item, label: null };
  const ws = item.split(" ");
  // a label before the name: "sportswriter Liu Yang", "staff writer Jane Doe"
  let k = 0;
  while (k < ws.length - 1 && k < 3 && /^\p{Ll}/u.test(ws[k]) && LABELS.has(ws[k].toLowerCase())) k++;
  if (k > 0 && isPersonName(ws.slice(k).join(" ")))
    return { name: ws.slice(k).join(" "), label: ws.slice(0, k).join(" ") };
  // a label after the name: "JANE DOE Associated Press Writer"
  for (let j = ws.length - 1; j >= 1; j--) {
    const tail = ws.slice(j).join(" ");
    if (!hasLabelWord(ws[j]) && !agencyNamedIn(ws[j]) && !canonicalAgency(ws.slice(j, j + 2).join(" "))) continue;
    const head = ws.slice(0, j).join(" ");
    if (isPersonName(head)) return { name: head, label: tail };
  }
  return hasLabelWord(item) || agencyNamedIn(item) ? { name: null, label: item } : null;
}

/** A staff label naming an agency ("Repórter da Agência Brasil"): a byline's second line. */
export function agencyLabel(text: string): string | null {
  return text.length <= 60 && hasLabelWord(text) ? agencyNamedIn(text) : null;
}

function hasLabelWord(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((w) => LABELS.has(w));
}
