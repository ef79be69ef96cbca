// People's names as bylines and credit lines write them: "Jane Doe", "JANE DOE", "Pedro Nicolaci da
// Costa", "A. Ananthalakshmi", "Rhee So-eui", "Theodore d'Afflisio". Organisations, desks and places are
// not people.
import { NAME_PARTICLES, NAME_SUFFIXES, NON_PERSON_WORDS } from "../../lexicon/names.js";
import { REGIONS } from "../../lexicon/places.js";

const PARTICLES = new Set(NAME_PARTICLES);
const SUFFIXES = new Set(NAME_SUFFIXES);
const NON_PERSON = new Set(NON_PERSON_WORDS);
const PLACES = new Set(REGIONS);

const CAPITAL_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]{0,30}$/u;
const PREFIXED_WORD = /^\p{Ll}{1,3}['’]\p{Lu}[\p{L}\p{M}'’-]{0,30}$/u; // d'Afflisio, al-Sadr is below
const PARTICLE_JOINED = /^\p{Ll}{1,3}-\p{Lu}[\p{L}\p{M}'’-]{0,30}$/u; // al-Sadr

/** Reads as one person's name: two to six words, each capitalised or a name particle; no digits. */
export function isPersonName(text: string): boolean {
  const t = text.trim();
  if (!t || t.length > 60 || /[\d@()[\]{}<>:;!?"“”]/.test(t)) return false;
  const ws = t.split(/\s+/);
  if (ws.length > 6) return false;
  let capitals = 0;
  for (const w of ws) {
    const lower = w.toLowerCase();
    if (NON_PERSON.has(lower.replace(/(?:['’]s?)?[.,]*$/, ""))) return false;
    if (PARTICLES.has(lower) || SUFFIXES.has(lower)) continue;
    if (CAPITAL_WORD.test(w) || PREFIXED_WORD.test(w) || PARTICLE_JOINED.test(w)) {
      capitals++;
      continue;
    }
    return false;
  }
  if (capitals === 0) return false;
  // a single word is a name only when it carries an initial: "A.Ananthalakshmi"
  return ws.length > 1 || /^\p{Lu}\.\p{Lu}\p{Ll}{2}/u.test(t);
}

/**
 * A name the page's metadata gives may still be a desk or a role ("Editorial", "admin"): a known
 * name counts when it is capitalised and holds no such word.
 */
export function mayBePerson(text: string): boolean {
  const ws = text.trim().split(/\s+/);
  return /^\p{Lu}/u.test(text.trim()) && !ws.some((w) => NON_PERSON.has(w.toLowerCase().replace(/[.,]+$/, "")));
}

/** A state, country or city that credit lines name after people ("in Tokyo, Japan"). */
export function isPlaceName(text: string): boolean {
  const key = text.trim().toLowerCase().replace(/\s+/g, " ");
  return PLACES.has(key) || PLACES.has(`${key}.`) || PLACES.has(key.replace(/\.$/, ""));
}

/** A name item with its trimmings taken off: spaces, a leading "and", trailing stops and commas. */
export function tidyName(text: string): string {
  let t = text.replace(/\s+/g, " ").trim();
  t = t.replace(/^(?:and|&)\s+/i, "").replace(/[\s,;:]+$/, "");
  if (!/\b(?:Jr|Sr)\.$/.test(t)) t = t.replace(/\.+$/, "");
  return t.trim();
}
