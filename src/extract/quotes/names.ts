// The document's people: every capitalised name run outside quotes, keyed by surname, so that a short
// mention ("Marsh", "Ms. Marsh") resolves to the full name the story gave ("Lena Marsh"), with
// the description given beside it ("Harbor Authority spokeswoman") and any gender an honorific or role shows.

import { CAPITALISED_FUNCTION_WORDS, DISCOURSE_WORDS } from "../../lexicon/speaker-words.js";
import { ORGANISATION_WORDS, PLAIN_HONORIFICS } from "../../lexicon/titles.js";
import { cueAt } from "./cues.js";
import { isCalendarWord } from "./noun-phrase.js";
import type { Paragraph } from "./paragraph.js";
import { afterModifier, genderOf, isHonorific, isTitleWord, spanText } from "./speaker-span.js";
import { isCapitalised, type Token } from "./tokens.js";

export interface Person {
  full: string;
  surname: string;
  first: string;
  description: string | null;
  gender: "male" | "female" | null;
  organisation: boolean;
  /** Where the story first names them in full. */
  paragraph: number;
  token: number;
  /** That full name opened its sentence, where a capital proves little ("See Sexton", "Interestingly Blocher"). */
  opensSentence: boolean;
}

/** A place where the story names someone outside quotes. */
export interface Mention {
  paragraph: number;
  token: number;
  person: Person;
}

export interface NameTable {
  bySurname: Map<string, Person[]>;
  byFull: Map<string, Person>;
  mentions: Mention[];
}

const FUNCTION = new Set([...CAPITALISED_FUNCTION_WORDS, ...DISCOURSE_WORDS]);
const ORGANISATION = new Set(ORGANISATION_WORDS);
const PLAIN = new Set(PLAIN_HONORIFICS);
const MAX_RUN = 6;

function nameKey(word: string): string {
  return word.toLowerCase().replace(/['’]s?$/, "");
}

/** Capitalised runs of a paragraph outside quotes: [from, to) token ranges. */
function runs(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      if (isCapitalised(t) || isNickname(tokens, j)) j++;
      else if (
        t.text === "." &&
        tokens[j - 1].text.length <= 2 &&
        j + 1 < tokens.length &&
        isCapitalised(tokens[j + 1])
      )
        j++;
      else if (t.text === "." && isHonorific(tokens[j - 1])) j++;
      else break;
    }
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** Most characters of a nickname in quotes inside a name. */
const MAX_NICKNAME = 12;

/** Token `j` is a nickname in quotes between two words of a name: George "Jay" Keyworth. */
function isNickname(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  if (t.kind !== "quote" || t.text.length > MAX_NICKNAME || !/^\p{Lu}[\p{L}.'’-]*$/u.test(t.text)) return false;
  return isCapitalised(tokens[j - 1]) && isCapitalised(tokens[j + 1]);
}

/** The words of a name as written, less a nickname in quotes: "George Keyworth". */
function nameText(text: string, tokens: readonly Token[]): string {
  const parts: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === "quote") parts.push([]);
    else parts[parts.length - 1].push(t);
  }
  return parts
    .filter((part) => part.length)
    .map((part) => spanText(text, part))
    .join(" ");
}

function describeBefore(p: Paragraph, from: number): string | null {
  let k = from;
  while (k > 0 && from - k < 6) {
    const t = p.tokens[k - 1];
    if (t.kind !== "word") break;
    if (!(isTitleWord(t) || isCapitalised(t) || /['’]s$/.test(t.text))) break;
    if (FUNCTION.has(t.lower) && !isTitleWord(t)) break;
    k--;
  }
  return k < from ? spanText(p.text, p.tokens.slice(k, from)) : null;
}

function describeAfter(p: Paragraph, to: number): string | null {
  const t = p.tokens;
  if (t[to]?.text !== "," || !["a", "an", "the"].includes(t[to + 1]?.lower ?? "")) return null;
  let k = to + 1;
  while (k < t.length && k - to < 14 && t[k].kind === "word") k++;
  return k > to + 2 && (t[k]?.text === "," || t[k]?.text === ".") ? spanText(p.text, t.slice(to + 1, k)) : null;
}

export function buildNameTable(paragraphs: readonly Paragraph[]): NameTable {
  const table: NameTable = { bySurname: new Map(), byFull: new Map(), mentions: [] };
  const genders = new Map<string, "male" | "female">();
  const singles: { p: Paragraph; from: number; a: number; title: number; to: number; modified: boolean }[] = [];
  for (const p of paragraphs) {
    for (const [from, to] of runs(p.tokens)) {
      let a = from;
      // "But", "Tuesday", "Said" open a sentence, not a name
      while (a < to && (FUNCTION.has(p.tokens[a].lower) || isCalendarWord(p.tokens[a]) || cueAt(p.tokens, a))) a++;
      // "Russian-born", "South Korean-born", "New York-based" describe the name after them
      const lead = a;
      a = afterModifier(p.tokens, a, to);
      const modified = a > lead;
      let title = a;
      for (let k = a; k < to - 1; k++) if (isTitleWord(p.tokens[k]) || p.tokens[k].text === ".") title = k + 1;
      if (title > a && p.tokens[title - 1].text !== "." && isHonorific(p.tokens[title - 1]) && to - title === 1) {
        const g = genderOf(p.tokens.slice(title - 1, title));
        if (g) genders.set(nameKey(p.tokens[title].text), g);
      }
      const words = p.tokens.slice(title, to).filter((t) => t.kind === "word");
      if (words.length === 1) singles.push({ p, from, a, title, to, modified });
      if (words.length < 2 || words.length > MAX_RUN) continue;
      const person = listPerson(table, p, from, a, title, to);
      table.mentions.push({ paragraph: p.index, token: title, person });
    }
  }
  // "Mr. Okafor" tells the gender of the one Okafor the story names, not of a whole family
  for (const list of table.bySurname.values())
    if (list.length === 1) list[0].gender ??= genders.get(list[0].surname) ?? null;
  for (const { p, from, a, title, to, modified } of singles) {
    // "Russian-born Durov" is the Durov named in full; "Botox-maker Allergan", named only so, is listed as "Allergan"
    const person =
      resolveName(table, p.tokens[title].text, p.index, title) ??
      (modified ? listPerson(table, p, from, a, title, to) : null);
    if (person && !person.organisation) table.mentions.push({ paragraph: p.index, token: title, person });
  }
  table.mentions.sort((x, y) => x.paragraph - y.paragraph || x.token - y.token);
  return table;
}

/** The person a run of capitalised words names, listed under the full name and surname the first time. */
function listPerson(table: NameTable, p: Paragraph, from: number, a: number, title: number, to: number): Person {
  const words = p.tokens.slice(title, to).filter((t) => t.kind === "word");
  const full = nameText(p.text, p.tokens.slice(title, to)).replace(/['’]s$/, "");
  const known = table.byFull.get(full.toLowerCase());
  if (known) return known;
  const inRun = title > a ? spanText(p.text, p.tokens.slice(a, title)) : null;
  const description =
    inRun && !isPlainHonorific(p.tokens, a, title)
      ? extendLeft(p, a, inRun)
      : (describeBefore(p, a) ?? describeAfter(p, to));
  const person: Person = {
    full,
    surname: nameKey(words[words.length - 1].text),
    first: words[0].lower,
    description,
    gender: genderOf(p.tokens.slice(from, to)),
    organisation: words.some((w) => ORGANISATION.has(w.lower)),
    paragraph: p.index,
    token: title,
    opensSentence: title === a && p.tokens[title].sentence !== (p.tokens[title - 1]?.sentence ?? -1),
  };
  table.byFull.set(full.toLowerCase(), person);
  const list = table.bySurname.get(person.surname) ?? [];
  list.push(person);
  table.bySurname.set(person.surname, list);
  return person;
}

function isPlainHonorific(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.slice(from, to).every((t) => t.text === "." || PLAIN.has(t.lower));
}

function extendLeft(p: Paragraph, from: number, inRun: string): string {
  const before = describeBefore(p, from);
  return before ? `${before} ${inRun}` : inRun;
}

/** The story names this person in full (not a name made up from a lone capitalised word). */
export function isListed(table: NameTable, person: Person): boolean {
  return table.bySurname.get(person.surname)?.includes(person) ?? false;
}

/**
 * Someone the story names but never in full ("Varga"), as a person of their own; an acronym or a
 * name with an organisation word ("CNN", "Harbor Authority") is an organisation.
 */
export function unlistedPerson(
  name: string,
  description: string | null,
  gender: Person["gender"],
  paragraph: number,
  token: number,
): Person {
  const words = name.split(" ");
  // "CNN", "AT&T", "F.A.A": capitals alone; "J.M. Berger" has initials and a name
  const acronym =
    words.some((w) => /^[\p{Lu}&]{2,}$/u.test(w)) || (words.length === 1 && /^[\p{Lu}&.]{2,}$/u.test(name));
  const organisation = acronym || words.some((w) => ORGANISATION.has(w.toLowerCase()));
  return {
    full: name,
    surname: nameKey(words[words.length - 1]),
    first: words[0].toLowerCase(),
    description,
    gender,
    organisation,
    paragraph,
    token,
    opensSentence: false,
  };
}

/**
 * The person a name refers to: the full name it is part of, else the nearest one named before it
 * whose gender does not contradict the mention's ("Mrs. Clinton" is not Bill Clinton).
 */
export function resolveName(
  table: NameTable,
  name: string,
  paragraph: number,
  token: number,
  gender: Person["gender"] = null,
): Person | null {
  const full = table.byFull.get(name.toLowerCase().replace(/['’]s$/, ""));
  if (full) return full;
  const words = name.split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const list = table.bySurname.get(nameKey(words[words.length - 1]));
  if (!list) return null;
  const first = words.length > 1 ? words[0].toLowerCase() : null;
  // the latest one named before; of names that opened their sentence, the first ("Interestingly Marsh" comes later)
  let best: Person | null = null;
  let doubtful: Person | null = null;
  let later: Person | null = null;
  for (const person of list) {
    if (first && person.first !== first) continue;
    if (gender && person.gender && person.gender !== gender) continue;
    if (person.paragraph > paragraph || (person.paragraph === paragraph && person.token >= token)) later ??= person;
    else if (person.opensSentence) doubtful ??= person;
    else best = person;
  }
  return best ?? doubtful ?? later;
}
