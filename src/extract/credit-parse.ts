// Reads one credit statement into roles and names: the text inside "(Reporting by A in Tokyo and B in
// Seoul; Additional reporting by C; Writing by D; Editing by E and F)", or a credit line without
// brackets. Segments split at ";" and where a new role phrase ("..., editing by") starts; a segment
// without a role continues the one before it, and a bare first segment names the reporters.
import {
  ADDITIONAL_ROLES,
  ADDITIONAL_WORDS,
  ROLE_BY,
  ROLE_LEADS,
  ROLE_LIKE_ENDINGS,
  ROLE_PHRASES,
  ROLE_WORDS,
} from "../lexicon/credit-roles.js";
import { memoize } from "../read/memo.js";
import { withinOneEdit } from "./common/edits.js";
import { isPersonName, isPlaceName, tidyName } from "./common/names.js";

export interface CreditParse {
  /** Role -> names, in the order read; roles without names are left out. */
  roles: Record<string, string[]>;
  /** A listed role word was read ("Reporting", "Editinb"), not only an unknown one or a bare "By". */
  known: boolean;
  /** How many names were read in all. */
  names: number;
  /** How many words stood where names go (0 for an empty "Editing by"). */
  nameWords: number;
  /** The statement opens with a role phrase (not with names). */
  opensWithRole: boolean;
  /** A role phrase ended with "by" or a colon. */
  closed: boolean;
  /** The roles its role phrases named, names or not. */
  phraseRoles: string[];
}

/** Longest credit statement read; longer text is not a credit line. */
export const MAX_CREDIT_TEXT = 900;
const MAX_ROLE_TOKENS = 8;

const ADDITIONAL = new Set(ADDITIONAL_WORDS);
const ADDITIONAL_ROLE = new Set(ADDITIONAL_ROLES);
const LEADS = new Set(ROLE_LEADS);
const BY = new Set(ROLE_BY);
const LONG_ROLE_WORDS = Object.keys(ROLE_WORDS).filter((w) => w.length >= 6);
/** First words of the two-word role phrases: only after one of them is the pair looked up. */
const PHRASE_FIRST_WORDS = new Set(Object.keys(ROLE_PHRASES).map((p) => p.split(" ")[0]));

interface Token {
  text: string;
  start: number;
  end: number;
}

interface RolePhrase {
  roles: string[];
  /** Token index after the phrase. */
  next: number;
  known: boolean;
  /** The phrase ended with "by" or a colon. */
  closed: boolean;
}

/** Whether a text opens with a role phrase ("Reporting by", "Editing", "By"): cheap, on its first words. */
export function opensWithRolePhrase(text: string): boolean {
  const tokens = tokenize(text.slice(0, 80));
  return mayOpenRolePhrase(tokens) && readRolePhrase(tokens, 0, true) !== null;
}

/**
 * What a role phrase needs, read cheaply: it starts with a lead, additional or role word (or a word
 * cleaned away), or a "by" closes it within its first tokens. False means readRolePhrase finds none.
 */
function mayOpenRolePhrase(tokens: Token[]): boolean {
  if (!tokens.length) return false;
  if (LEADS.has(clean(tokens[0].text))) return true;
  const first = clean(tokens[0].text.replace(/^[,.]+/, ""));
  if (!first || isAdditional(first) || roleOf(first) || PHRASE_FIRST_WORDS.has(first) || BY.has(first)) return true;
  for (let j = 1; j < tokens.length && j < MAX_ROLE_TOKENS; j++) {
    const c = firstAfterMarks(tokens[j].text);
    if ((c === "b" || c === "B") && BY.has(clean(tokens[j].text.replace(/^[,.]+/, "")))) return true;
  }
  return false;
}

const OPENING_MARKS = new Set([",", ".", "(", '"', "'", "“"]);

/** The first character of a token after its leading commas, stops, brackets and quote marks (no copy made). */
function firstAfterMarks(text: string): string | undefined {
  let k = 0;
  while (k < text.length && OPENING_MARKS.has(text[k])) k++;
  return text[k];
}

/** Parses a credit statement; null when it is too long or holds no role and no name. */
export function parseCredit(text: string): CreditParse | null {
  if (!text.trim() || text.length > MAX_CREDIT_TEXT) return null;
  const roles: Record<string, string[]> = {};
  let previous: string[] | null = null;
  let known = false;
  let names = 0;
  let nameWords = 0;
  let opensWithRole = false;
  let closed = false;
  const phraseRoles: string[] = [];
  let first = true;
  for (const piece of text.split(";")) {
    const tokens = tokenize(piece);
    let at = 0;
    while (at < tokens.length) {
      const phrase = readRolePhrase(tokens, at, at === 0);
      let segmentRoles: string[];
      let namesFrom = at;
      if (phrase) {
        known ||= phrase.known;
        closed ||= phrase.closed;
        phraseRoles.push(...phrase.roles);
        if (first) opensWithRole = true;
        segmentRoles = phrase.roles.length ? phrase.roles : ["reporting"]; // a bare "By Jane Doe"
        namesFrom = phrase.next;
      } else {
        segmentRoles = previous ?? ["reporting"];
      }
      first = false;
      const stop = nextBoundary(tokens, namesFrom);
      const region = stop < tokens.length ? piece.slice(0, tokens[stop].start) : piece;
      const found = namesIn(namesFrom < tokens.length ? region.slice(tokens[namesFrom].start) : "");
      for (const role of segmentRoles) {
        if (!found.length) continue;
        const list = roles[role] ?? [];
        for (const name of found) if (!list.includes(name)) list.push(name);
        roles[role] = list;
      }
      names += found.length;
      nameWords += Math.max(0, stop - namesFrom);
      previous = segmentRoles;
      at = stop;
    }
  }
  if (!known && names === 0) return null;
  return { roles, known, names, nameWords, opensWithRole, closed, phraseRoles };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** The token where the next role phrase starts after `from` (after a comma, stop, colon or "and"), else the end. */
function nextBoundary(tokens: Token[], from: number): number {
  for (let t = from + 1; t < tokens.length; t++) {
    const prev = tokens[t - 1].text;
    const separated = /[,.:]$/.test(prev) || /^(?:and|&|,)$/i.test(prev) || /^[,.]/.test(tokens[t].text);
    // "... in Bangalore Editing by A Rowe": a capitalised role phrase closed by "by" needs no separator
    if (!separated && !/^\p{Lu}/u.test(tokens[t].text)) continue;
    const phrase = readRolePhrase(tokens, t, false);
    if (!phrase) continue;
    if (separated && (phrase.closed || phrase.roles.some((r) => r.startsWith("additional")))) return t;
    if (!separated && phrase.closed && phrase.known) return t;
  }
  return tokens.length;
}

/**
 * A role phrase starting at token `at`: "Reporting by", "Additional reporting and writing by",
 * "With additional reporting by", "Editing" (no "by"), "Reporter:", "Analysis by", a bare "By".
 */
function readRolePhrase(tokens: Token[], at: number, segmentStart: boolean): RolePhrase | null {
  let j = at;
  const roles: string[] = [];
  const unknown: string[] = [];
  let additional = false;
  let known = false;
  let closed = false;
  const leadWord = clean(tokens[j]?.text ?? "");
  if (LEADS.has(leadWord) && j + 1 < tokens.length) j++;
  while (j < tokens.length && j - at < MAX_ROLE_TOKENS) {
    const raw = tokens[j].text.replace(/^[,.]+/, "");
    const w = clean(raw);
    const colon = /:$/.test(raw);
    if (!w) {
      j++;
      continue;
    }
    if (isAdditional(w)) {
      additional = true;
      j++;
      continue;
    }
    const two =
      j + 1 < tokens.length && PHRASE_FIRST_WORDS.has(w)
        ? ROLE_PHRASES[`${w} ${clean(tokens[j + 1].text)}`]
        : undefined;
    const role = two ?? roleOf(w);
    if (role) {
      // "Additional reporting and writing by": the word carries over to the roles that take it
      const extra = additional && (roles.length === 0 || ADDITIONAL_ROLE.has(role));
      roles.push(extra ? `additional${role[0].toUpperCase()}${role.slice(1)}` : role);
      if (!ADDITIONAL_ROLE.has(role)) additional = false;
      known = true;
      j += two ? 2 : 1;
      if (colon || /:$/.test(tokens[j - 1].text)) {
        closed = true;
        break;
      }
      if (j < tokens.length && /^(?:and|&)$/i.test(tokens[j].text)) j++;
      continue;
    }
    if (BY.has(w) && (roles.length || unknown.length || additional || (j === at && segmentStart))) {
      closed = true;
      j++;
      break;
    }
    if (!roles.length && !additional && unknown.length < 3 && /^[a-z][a-z-]{2,20}$/.test(w)) {
      unknown.push(w);
      j++;
      continue;
    }
    break;
  }
  if (unknown.length) {
    if (roles.length || !closed || !roleLike(unknown)) return null;
    roles.push(camelCase(unknown));
  }
  if (!roles.length && !closed) return null;
  if (!roles.length && !(j - at === 1 && segmentStart)) return null; // "By" alone opens the names
  return { roles, next: j, known, closed };
}

/** A token without its opening and closing marks, lower-cased (cheap enough that a memo costs more than it saves). */
function clean(token: string): string {
  return token
    .toLowerCase()
    .replace(/^[("'“]+/, "")
    .replace(/[,.:;)"'”]+$/, "");
}

const isAdditional = memoize(
  (w: string): boolean => ADDITIONAL.has(w) || (w.length >= 8 && ADDITIONAL_WORDS.some((a) => withinOneEdit(w, a))),
);

/** The role a word names, reading typos one edit away ("Editinb", "Reportng") for longer words. */
const roleOf = memoize((w: string): string | null => {
  // own keys only: "constructor" is no role
  const exact = Object.hasOwn(ROLE_WORDS, w) ? ROLE_WORDS[w] : null;
  if (exact) return exact;
  if (w.length < 6) return null;
  const near = LONG_ROLE_WORDS.find((r) => withinOneEdit(w, r));
  return near ? ROLE_WORDS[near] : null;
});

function roleLike(words: string[]): boolean {
  const last = words[words.length - 1];
  return ROLE_LIKE_ENDINGS.some((e) => last.endsWith(e));
}

function camelCase(words: string[]): string {
  const parts = words.flatMap((w) => w.split("-")).filter(Boolean);
  return parts.map((p, i) => (i === 0 ? p : p[0].toUpperCase() + p.slice(1))).join("");
}

/**
 * People named in a list: "A in Tokyo and B in Seoul", "A, B amd C", "Mark Porter/Gerald E. McCormick",
 * "Tom Hals in Wilmington, Delaware". Places, e-mail addresses and organisations are dropped.
 */
export function namesIn(text: string): string[] {
  const out: string[] = [];
  const items = text
    .slice(0, MAX_CREDIT_TEXT)
    .replace(/\([^()]{0,80}\)/g, " ")
    .split(/\s*(?:,|\/|&|\+|\band\b|\bamd\b|\bund\b|\bwith\b)\s*/i)
    .slice(0, 40);
  for (const item of items) {
    const name = tidyName(
      item
        .replace(/\s+(?:in|at|from|on|of)\s+.*$/is, "") // "A in Tokyo", "A of IFR"
        .replace(/[^\s@]{1,64}@\S{1,100}/g, " ")
        .replace(/^(?:by|with)\s+/i, ""),
    );
    if (name && isPersonName(name) && !isPlaceName(name) && !out.includes(name)) out.push(name);
  }
  return out;
}
