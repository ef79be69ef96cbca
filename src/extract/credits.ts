// Credits: "(Reporting by A; Writing by B and C; Editing by D)" at the end of the last paragraph or as
// a block of its own, credit lines without brackets, AP "X contributed to this report", Bloomberg
// "--With assistance from X" and its contact lines. Several credit stretches join into one raw text.
import { CONTACT_NOTES, END_NOTE_AGENCIES, NON_CREDIT_NOTES } from "../lexicon/credit-roles.js";
import type { Block } from "../read/block.js";
import type { CreditRoles, Credits } from "../story.js";
import { canonicalAgency } from "./common/agency.js";
import { signoffStart } from "./common/signoff-tail.js";
import { contributedLine, endNotes } from "./credit-notes.js";
import { type CreditParse, MAX_CREDIT_TEXT, namesIn, opensWithRolePhrase, parseCredit } from "./credit-parse.js";
import type { Cut } from "./types.js";

export interface CreditsFinding {
  credits: Credits | null;
  /** The credit stretches, kind "credits" (or "contact" for contact lines), to take out of the story. */
  cuts: Cut[];
  /** An agency the credits name, canonical, else null. */
  agency: string | null;
}

/** One credit stretch of a block. */
interface Stretch {
  start: number;
  end: number;
  kind: "credits" | "contact" | "legal" | "promo";
  /** Text that goes into credits.raw, or null. */
  raw: string | null;
  roles: CreditRoles;
  agency: string | null;
  /** A note's label whose names stand on the next block ("To contact the reporter on this story:"). */
  namesBelow?: string;
  /** The block the stretch lies in, when not the one read. */
  block?: number;
}

/** Longest block read as the names under a note's label. */
const MAX_NAMES_BELOW = 300;

/** Bracketed notes read back from a block's end, at most. */
const MAX_NOTES = 8;
/** How far back from a closing bracket its opening one may stand. */
const MAX_BRACKET = MAX_CREDIT_TEXT + 4;

export function extractCredits(blocks: readonly Block[]): CreditsFinding {
  const raws: string[] = [];
  const cuts: Cut[] = [];
  const roles: CreditRoles = {};
  let agency: string | null = null;
  let taken = -1;
  blocks.forEach((block, i) => {
    if (i === taken) return;
    const stretches = creditStretches(block.text);
    const label = stretches[stretches.length - 1];
    if (label?.namesBelow && i + 1 < blocks.length) {
      const below = namesBelow(blocks[i + 1].text, label.namesBelow);
      if (below) {
        stretches.push({ ...below, kind: label.kind, raw: blocks[i + 1].text, agency: below.agency, block: i + 1 });
        taken = i + 1;
      }
    }
    for (const s of stretches) {
      const at = s.block ?? i;
      const text = blocks[at].text;
      if (s.raw) raws.push(s.raw);
      for (const [role, names] of Object.entries(s.roles)) {
        if (!names.length) continue;
        const list = roles[role] ?? [];
        for (const name of names) if (!list.includes(name)) list.push(name);
        roles[role] = list;
      }
      agency ??= s.agency;
      const last = cuts[cuts.length - 1];
      const between = last?.block === at ? text.slice(last.end, s.start) : null;
      if (last && last.kind === s.kind && between !== null && !between.trim()) last.end = s.end;
      else cuts.push({ block: at, start: s.start, end: s.end, kind: s.kind });
    }
  });
  const credits = raws.length ? { raw: raws.join(" "), roles } : null;
  return { credits, cuts, agency };
}

function creditStretches(text: string): Stretch[] {
  const bracketed = bracketedTail(text);
  if (bracketed.length) return bracketed;
  const line = creditLine(text);
  if (line) return [line];
  const contributed = contributedLine(text);
  if (contributed) {
    return [{ ...contributed, raw: text, roles: { [contributed.role ?? "contributing"]: contributed.names } }];
  }
  const notes = endNotes(text);
  return notes
    .filter((n, k) => n.names.length || !n.role || (k === notes.length - 1 && n.kind === "contact"))
    .map((n) => ({
      start: n.start,
      end: n.end,
      kind: n.kind,
      raw: n.role ? text.slice(n.start, n.end) : null,
      roles: n.role ? { [n.role]: n.names } : {},
      agency: n.agency,
      namesBelow: n.role && !n.names.length ? n.role : undefined,
    }));
}

/** The block under a note's label: names with places and addresses ("Sam Cole in Santiago at s@x.net"). */
function namesBelow(text: string, role: string): Omit<Stretch, "kind" | "raw"> | null {
  if (text.length > MAX_NAMES_BELOW || !/@|\bat\b/.test(text)) return null;
  const names = namesIn(text);
  if (!names.length) return null;
  const agency = END_NOTE_AGENCIES.find((a) => a.match.test(text))?.agency ?? null;
  return { start: 0, end: text.length, roles: { [role]: names }, agency };
}

/**
 * Credits in brackets at the end of a block, read back from its end (before any sign-off): credit
 * notes, with contact notes after them and currency or correction notes left in place.
 */
function bracketedTail(text: string): Stretch[] {
  // no closing bracket, no note: the sign-off search below is spared for most paragraphs
  if (!text.includes(")")) return [];
  const notes: Stretch[] = [];
  let end = text.slice(0, signoffStart(text)).trimEnd().length;
  let strayBracket = false;
  for (let n = 0; n < MAX_NOTES && end > 0; n++) {
    if (text[end - 1] !== ")") break;
    const open = openingBracket(text, end - 1);
    if (open < 0) {
      if (strayBracket || text[end - 2] !== ")") break;
      strayBracket = true; // "(Reporting by A; Editing by B))"
      end--;
      continue;
    }
    const note = readNote(text, open, end);
    if (!note) break;
    if (note !== PASS) notes.unshift(note);
    end = text.slice(0, open).trimEnd().length;
  }
  const first = notes.findIndex((s) => s.kind === "credits");
  return first < 0 ? [] : notes.slice(first);
}

/** A note to leave in the story and read past: "($1=0.92 euros)", "(This story corrects ...)". */
const PASS = "pass";

/** The note between brackets at [open, end): credits, a contact, a note to pass over, or null. */
function readNote(text: string, open: number, end: number): Stretch | typeof PASS | null {
  let inner = text.slice(open + 1, end - 1).trim();
  const doubled = inner.startsWith("(") && inner.endsWith(")");
  if (doubled) inner = inner.slice(1, -1);
  const parse = doubled ? null : parseCredit(inner);
  if (parse && isCredit(parse, inner)) {
    return { start: open, end, kind: "credits", raw: text.slice(open, end), roles: parse.roles, agency: null };
  }
  if (CONTACT_NOTES.some((re) => re.test(inner))) {
    const agency = END_NOTE_AGENCIES.find((a) => a.match.test(inner))?.agency ?? null;
    return { start: open, end, kind: "contact", raw: null, roles: {}, agency };
  }
  return NON_CREDIT_NOTES.some((re) => re.test(inner)) ? PASS : null;
}

/** A credit line standing alone without brackets: "Reporting by A; Editing by B". */
function creditLine(text: string): Stretch | null {
  if (text.length > MAX_CREDIT_TEXT || !opensWithRolePhrase(text)) return null;
  const parse = parseCredit(text);
  if (!parse?.known || !parse.opensWithRole || parse.names === 0 || photoCreditOnly(parse)) return null;
  if (onlyAgencies(parse.roles)) return null; // a staff label: "Repórter da Agência Brasil"
  return { start: 0, end: text.length, kind: "credits", raw: text, roles: parse.roles, agency: null };
}

/** Every "name" is an agency's ("da Agência Brasil"): a byline's label, not a credit. */
function onlyAgencies(roles: CreditRoles): boolean {
  const names = Object.values(roles).flat();
  return names.length > 0 && names.every((n) => canonicalAgency(n.replace(/^(?:\p{Ll}{1,3}\s+)+/u, "")) !== null);
}

/**
 * Credits: a listed role with names (or with none at all: "Editing by )"), or opening the note in
 * capitals ("Additional reporting by Reuters correspondents"); an unknown role or a bare "By" with names.
 */
function isCredit(p: CreditParse, text: string): boolean {
  if (photoCreditOnly(p)) return false;
  if (p.known) return p.names > 0 || (p.nameWords === 0 && p.closed) || (p.opensWithRole && /^\s*\p{Lu}/u.test(text));
  return p.opensWithRole && p.names > 0;
}

/** "Photo: Jane Doe, AP", "(Photos by Jane Doe/Getty Images)": a picture credit, the caption's business. */
function photoCreditOnly(p: CreditParse): boolean {
  const roles = p.phraseRoles;
  return roles.length > 0 && roles.every((r) => r === "photos");
}

function openingBracket(text: string, close: number): number {
  let depth = 0;
  for (let k = close; k >= 0 && close - k <= MAX_BRACKET; k--) {
    if (text[k] === ")") depth++;
    else if (text[k] === "(" && --depth === 0) return k;
  }
  return -1;
}
