// Quotes of stories in languages other than English, attributed from the table of the story's
// language (src/lexicon/quote-languages.ts); the code knows no language, only the table's kinds.
//
//   paragraphs -> quoted stretches, joined across paragraphs  (marks.ts, continuation.ts)
//              -> the clause after the quote: cue then source ("…», a déclaré X"), or source then cue
//              -> else the clause before it: "selon X, …", "X sagte: „…“", "Xは「…」と述べた"
//              -> names: full names as introduced, surnames, pronouns and role nouns to the person meant
//              -> else the person named last (a dropped subject: "…», precisó.")
import {
  QUOTE_LANGUAGES,
  type QuoteLanguage,
  UNSPACED_QUOTE_LANGUAGES,
  type UnspacedQuoteLanguage,
} from "../../lexicon/quote-languages.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import type { QuoteFinding } from "../quotes.js";
import type { ParagraphSpan } from "../types.js";
import { joinContinuations } from "./continuation.js";
import { isMarkup } from "./filters.js";
import { analyseParagraph, type Paragraph } from "./paragraph.js";

export type IntlTable =
  | { kind: "spaced"; code: string; lang: QuoteLanguage }
  | { kind: "unspaced"; code: string; lang: UnspacedQuoteLanguage };

/** The attribution table of a language (primary subtag), or null to use the English rules. */
export function quoteLanguage(language: string): IntlTable | null {
  const code = language.toLowerCase().split(/[-_]/)[0];
  if (Object.hasOwn(QUOTE_LANGUAGES, code)) return { kind: "spaced", code, lang: QUOTE_LANGUAGES[code] };
  if (Object.hasOwn(UNSPACED_QUOTE_LANGUAGES, code))
    return { kind: "unspaced", code, lang: UNSPACED_QUOTE_LANGUAGES[code] };
  return null;
}

/** A source as the text names it. */
interface Source {
  kind: "name" | "pronoun" | "role" | "none";
  /** The words as written ("M. Darrigade", "elle", "o governante"). */
  mention: string | null;
  /** The name part ("Darrigade"), or the role noun. */
  key: string | null;
  cue: string | null;
}

interface Person {
  name: string;
  /** A role noun written before the name where it was introduced ("directora", "ministro"). */
  roleBefore: string | null;
}

/** Most people a story's table holds, and most mentions a role noun looks back over (linear on hostile text). */
const MAX_PEOPLE = 200;
const MAX_LOOKBACK = 200;
/** Longest stretch of text read on either side of a quote for its attribution. */
const MAX_CLAUSE = 300;

export function extractIntlQuotes(paragraphs: readonly string[], table: IntlTable): QuoteFinding[] {
  const paras = paragraphs.map((text, i) => analyseParagraph(text, i, paragraphs[i + 1]));
  const reader = readerOf(table);
  const people: Person[] = [];
  /** Index into `people` of each mention so far, in story order. */
  const mentions: number[] = [];
  let lastSpeaker: number | null = null;
  const seen = paras.map(() => 0);
  const out: QuoteFinding[] = [];

  const mentionUpTo = (p: number, offset: number) => {
    for (let q = 0; q <= p; q++) {
      const end = q < p ? paras[q].text.length : offset;
      if (seen[q] >= end) continue;
      for (const m of reader.people(paras[q], seen[q], end)) {
        // a single word counts only as the surname of someone named in full before
        const full = reader.isFullName(m.name);
        const known = full ? null : reader.resolveName(m.name, people);
        if (known !== null) mentions.push(known);
        else if (full) remember(m.name, m.roleBefore);
      }
      seen[q] = end;
    }
  };
  const byName = new Map<string, number>();
  const remember = (name: string, roleBefore: string | null): number => {
    let k = byName.get(name) ?? -1;
    if (k >= 0 && roleBefore && !people[k].roleBefore) people[k] = { ...people[k], roleBefore };
    if (k < 0) {
      const known = reader.resolveName(name, people);
      if (known !== null && name.split(/\s+/).length === 1) k = known;
      else if (people.length < MAX_PEOPLE) {
        people.push({ name, roleBefore });
        k = people.length - 1;
        byName.set(name, k);
      } else return -1;
    }
    if (k >= 0) mentions.push(k);
    return k;
  };

  for (const pieces of joinContinuations(paras)) {
    const first = paras[pieces[0].paragraph];
    const firstStretch = first.stretches[pieces[0].stretch];
    const lastPiece = pieces[pieces.length - 1];
    const last = paras[lastPiece.paragraph];
    const lastStretch = last.stretches[lastPiece.stretch];
    const content = pieces.map((x) => paras[x.paragraph].text.slice(...span(paras[x.paragraph], x.stretch)));
    const text = content.join(" ");
    if (!text.trim() || isMarkup(first, pieces[0].stretch)) continue;
    const before = clauseBefore(first, firstStretch.open, reader.sentenceEnd);
    const after = clauseAfter(last, lastStretch.after, reader.sentenceEnd);
    if (!reader.isQuote(text, before, after, pieces.length)) continue;

    mentionUpTo(pieces[0].paragraph, firstStretch.open);
    const known = (name: string) => reader.resolveName(name, people) !== null;
    // the source, and the clause it was read from (paragraph and where the clause starts there)
    let source = reader.after(after);
    let clause: Clause = { paragraph: lastPiece.paragraph, start: lastStretch.after, text: after };
    if (!source) {
      source = reader.before(before, known);
      clause = { paragraph: pieces[0].paragraph, start: firstStretch.open - before.length, text: before };
    }
    if (!source && pieces.length === 1 && lastSpeaker === null) {
      const later = last.text.slice(lastStretch.after, lastStretch.after + MAX_CLAUSE);
      source = reader.later(later);
      clause = { paragraph: lastPiece.paragraph, start: lastStretch.after, text: later };
    }
    let speaker: number | null = null;
    if (source?.kind === "name" && source.key) {
      const k = reader.resolveName(source.key, people) ?? remember(source.key, null);
      speaker = k >= 0 ? k : null;
    } else if (source?.kind === "role" && source.key)
      speaker = roleHolder(people, mentions, source.key, reader.officials);
    else speaker = mentions.length ? mentions[mentions.length - 1] : lastSpeaker;
    if (source?.kind === "none" && lastSpeaker !== null && speaker === null) speaker = lastSpeaker;
    if (speaker !== null) {
      mentions.push(speaker);
      lastSpeaker = speaker;
    }
    mentionUpTo(lastPiece.paragraph, Math.min(last.text.length, lastStretch.after + after.length));
    out.push({
      text,
      speaker: speaker !== null ? people[speaker].name : null,
      speakerMention: source?.mention ?? null,
      speakerDescription: null,
      cue: source?.cue ?? null,
      partial: /[\p{L}\p{N}]/u.test(before) && !/[:：]\s*$/.test(before),
      speakerAt: locate(clause, source?.mention ?? null),
      cueAt: locate(clause, source?.cue ?? null),
      pieces: pieces.map((x) => {
        const [start, end] = span(paras[x.paragraph], x.stretch);
        return { paragraph: x.paragraph, start, end };
      }),
    });
  }
  return out;
}

/** Each language's reader, built once: its regexes compile on the first story in that language. */
const READERS = new Map<string, Reader>();

function readerOf(table: IntlTable): Reader {
  let reader = READERS.get(table.code);
  if (!reader) {
    reader = table.kind === "spaced" ? spacedReader(table.lang, table.code) : unspacedReader(table.lang);
    READERS.set(table.code, reader);
  }
  return reader;
}

/** A stretch's content without the spaces French sets inside its guillemets. */
function span(p: Paragraph, stretch: number): [number, number] {
  const s = p.stretches[stretch];
  let start = s.start;
  let end = s.end;
  while (start < end && /\s/u.test(p.text[start])) start++;
  while (end > start && /\s/u.test(p.text[end - 1])) end--;
  return [start, end];
}

/** The person a role noun stands for: one introduced with that noun, else the last official named. */
function roleHolder(people: readonly Person[], mentions: readonly number[], role: string, officials: Set<string>) {
  const from = Math.max(0, mentions.length - MAX_LOOKBACK);
  for (let i = mentions.length - 1; i >= from; i--) if (people[mentions[i]].roleBefore === role) return mentions[i];
  if (officials.has(role)) {
    for (let i = mentions.length - 1; i >= from; i--) if (people[mentions[i]].roleBefore) return mentions[i];
  }
  return mentions.length ? mentions[mentions.length - 1] : null;
}

/** The text of the quote's sentence before its opening mark. */
/** A clause around a quote, where it stands in its paragraph. */
interface Clause {
  paragraph: number;
  start: number;
  text: string;
}

/** Where words read from a clause stand in the paragraph (their first occurrence in it). */
function locate(clause: Clause, words: string | null): ParagraphSpan | null {
  if (!words) return null;
  const at = clause.text.indexOf(words);
  if (at < 0) return null;
  return { paragraph: clause.paragraph, start: clause.start + at, end: clause.start + at + words.length };
}

function clauseBefore(p: Paragraph, open: number, sentenceEnd: RegExp): string {
  const from = Math.max(0, open - MAX_CLAUSE);
  const text = p.text.slice(from, open);
  let start = 0;
  sentenceEnd.lastIndex = 0;
  for (let m = sentenceEnd.exec(text); m; m = sentenceEnd.exec(text)) start = m.index + m[0].length;
  return text.slice(start);
}

/** The text of the quote's sentence after its closing mark, up to the next sentence or quote. */
function clauseAfter(p: Paragraph, after: number, sentenceEnd: RegExp): string {
  const text = p.text.slice(after, after + MAX_CLAUSE);
  sentenceEnd.lastIndex = 0;
  const m = sentenceEnd.exec(text);
  let end = m ? m.index + 1 : text.length;
  // the next quote ends the clause; a name in marks does not ("заявил "Интерфаксу" X")
  for (const s of p.stretches) {
    if (s.open < after || s.open - after >= end) continue;
    if (isNameInMarks(p.text.slice(s.start, s.end))) continue;
    end = s.open - after;
    break;
  }
  return text.slice(0, end);
}

/** A short capitalised stretch without sentence punctuation: a name in marks ("Ладога Авиа"), not speech. */
export function isNameInMarks(content: string): boolean {
  const t = content.trim();
  return /^\p{Lu}/u.test(t) && t.split(/\s+/).length <= 3 && !/[.,!?;:…]/u.test(t);
}

interface Reader {
  sentenceEnd: RegExp;
  officials: Set<string>;
  isQuote(text: string, before: string, after: string, pieces: number): boolean;
  /** The source the clause after the quote names. */
  after(clause: string): Source | null;
  /** The source the clause before the quote names; `known` tells a surname of someone named before. */
  before(clause: string, known: (name: string) => boolean): Source | null;
  /** A source in the sentences after a quote that opens a story ("«…». Così X commenta"). */
  later(text: string): Source | null;
  /** People the text names between two offsets of a paragraph, outside quotes. */
  people(p: Paragraph, from: number, to: number): { name: string; roleBefore: string | null }[];
  /** A name that can stand for a person on its own (not a lone surname). */
  isFullName(name: string): boolean;
  /** The person already known that a name or surname stands for, by index. */
  resolveName(name: string, people: readonly Person[]): number | null;
}

// ---------------------------------------------------------------------------------------------------
// Languages written with spaces and capitals: German, French, Spanish, Italian, Portuguese, Russian.

const WORD_END = "(?![\\p{L}\\p{M}\\p{N}])";

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A regex alternation of words as written in lower case or with a capital first letter ("sagte",
 * "Según"): case-sensitive, since a case-insensitive Unicode alternation costs V8 much to compile.
 */
function alternation(words: readonly string[]): string {
  const both = words.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1)]);
  return [...new Set(both)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex)
    .join("|");
}

function spacedReader(lang: QuoteLanguage, code: string): Reader {
  const stop = new Set(STOPWORDS[code] ?? []);
  const pronouns = new Set(lang.pronouns);
  const roles = [...lang.roles, ...lang.officials];
  const officials = new Set(lang.officials);
  const honorifics = new Set(lang.honorifics);
  const particles = new Set(lang.particles);
  const cues = new RegExp(`^[\\s,;:–—-]*(${alternation(lang.cues)})${WORD_END}`, "u");
  const anyCue = new RegExp(`(?:^|[\\s,;:–—-])(${alternation(lang.cues)})${WORD_END}`, "gu");
  const sourceFirst = new RegExp(`(?:^|[\\s,;:–—(])(${alternation(lang.sourceFirst)})${WORD_END}`, "gu");
  const backRef = new RegExp(`^[\\s.]*(?:${alternation(lang.backReferences)})${WORD_END}`, "u");
  const cap = "\\p{Lu}[\\p{L}\\p{M}'’-]*";
  const part = lang.particles.length ? `(?:(?:${alternation(lang.particles)})\\s+)?` : "";
  const nameRun = new RegExp(`${cap}(?:\\s+${part}${cap}){0,5}`, "gu");
  const sentenceEnd = /[.!?…](?=\s+(?:[\p{Lu}«„“"¿¡–—-]|$))/gu;

  /** Capitalised words that open a sentence or a source but are no part of a name. */
  const notName = new Set([...stop, ...honorifics, ...lang.sourceFirst, ...lang.backReferences, ...lang.pronouns]);
  const isRole = (word: string) => {
    const w = word.toLowerCase();
    return roles.some((r) => w === r || (w.length > r.length + 2 && w.endsWith(r)));
  };

  /** A run of capitalised words trimmed to a person's name: no leading function or role words. */
  const trimName = (run: string, before = ""): { name: string; dropped: string[] } | null => {
    const ws = run.split(/\s+/);
    const dropped: string[] = [];
    // "al Turismo Valentina Russo": after a preposition the first word belongs to what it governs
    if (ws.length > 2 && stop.has(lastWordOf(before))) dropped.push(ws.shift() as string);
    while (ws.length && (notName.has(ws[0].toLowerCase()) || isRole(ws[0]))) {
      dropped.push(ws.shift() as string);
    }
    while (ws.length && particles.has(ws[0].toLowerCase())) ws.shift();
    const caps = ws.filter((w) => !particles.has(w.toLowerCase()));
    if (!caps.length) return null;
    // keep the last maxNameWords capitalised words, with the particles among them
    let keep = ws.length;
    let n = 0;
    for (let i = ws.length - 1; i >= 0; i--) {
      if (!particles.has(ws[i].toLowerCase())) n++;
      if (n > lang.maxNameWords) break;
      keep = i;
    }
    dropped.push(...ws.slice(0, keep));
    const name = ws.slice(keep).join(" ");
    return { name, dropped };
  };

  /** The source at the start of a clause: a name, a pronoun, or a role noun after its determiner. */
  const sourceAt = (raw: string, cue: string | null): Source | null => {
    const text = raw.replace(/^[\s,;:–—-]+/u, "");
    const firstWord = /^[\p{L}\p{M}.'’-]+/u.exec(text)?.[0] ?? "";
    const bare = firstWord.replace(/\.$/, "");
    if (pronouns.has(bare.toLowerCase())) return { kind: "pronoun", mention: bare, key: null, cue };
    let rest = text;
    let honorific = "";
    if (honorifics.has(firstWord.toLowerCase())) {
      honorific = `${firstWord} `;
      rest = text.slice(firstWord.length).trimStart();
    }
    nameRun.lastIndex = 0;
    const run = nameRun.exec(rest);
    if (run && run.index === 0) {
      const t = trimName(run[0]);
      if (t) return { kind: "name", mention: `${honorific}${t.name}`, key: t.name, cue };
    }
    // "…, Laura Medina." / "…, o presidente da Fenprof, Rui Valadares,": an apposition names the source
    const appos = apposition(text);
    if (appos) return { kind: "name", mention: appos, key: appos, cue };
    // "l'assessora al Turismo Valentina Russo", "аналитик Виктор Мельников": a role, then the name
    const chunk = text.slice(0, Math.max(0, text.search(/[,.;]|$/u)));
    nameRun.lastIndex = 0;
    for (let m = nameRun.exec(chunk); m; m = nameRun.exec(chunk)) {
      const head = chunk.slice(0, m.index);
      const t = trimName(m[0], head);
      if (t?.name.includes(" ") && head.split(/\s+/).some((w) => isRole(w.replace(/^[\p{L}]+['’]/u, "")))) {
        return { kind: "name", mention: t.name, key: t.name, cue };
      }
    }
    const words = text.split(/\s+/, 4);
    for (const w of words.slice(0, 3)) {
      const clean = w.replace(/[,.;:]+$/, "");
      if (isRole(clean) && !/^\p{Lu}/u.test(clean)) return { kind: "role", mention: clean, key: roleKey(clean), cue };
    }
    return null;
  };

  const roleKey = (word: string): string => {
    const w = word.toLowerCase();
    return roles.find((r) => w === r) ?? roles.find((r) => w.endsWith(r)) ?? w;
  };

  /** A name set off by commas: ", Rui Valadares," or ", Laura Medina." */
  const apposition = (text: string): string | null => {
    const re = new RegExp(`,\\s+(${cap}(?:\\s+${part}${cap}){1,4})\\s*(?:[,.;)]|$)`, "gu");
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const t = trimName(m[1]);
      if (t?.name.includes(" ")) return t.name;
    }
    return null;
  };

  const inverted = (clause: string): Source | null => {
    if (!lang.invertedPronouns) return null;
    const w = /^[\s,;:–—-]*([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+){1,3})/u.exec(clause)?.[1];
    if (!w) return null;
    const suffix = lang.invertedPronouns.find((s) => w.toLowerCase().endsWith(s));
    if (!suffix) return null;
    const pronoun = suffix.replace(/^-(?:t-)?/, "");
    return { kind: "pronoun", mention: pronoun, key: null, cue: w };
  };

  return {
    sentenceEnd,
    officials,
    isQuote(text, before, after) {
      if (!isNameInMarks(text)) return true;
      // a name in marks is speech only when a cue stands right next to it
      return cues.test(after.slice(0, 40)) || /[:]\s*$/.test(before);
    },
    after(clause) {
      const inv = inverted(clause);
      if (inv) return inv;
      const m = cues.exec(clause);
      if (m) {
        const rest = clause.slice(m.index + m[0].length);
        const inv2 = inverted(rest);
        if (inv2) return { ...inv2, cue: m[1] };
        return sourceAt(rest, m[1]) ?? { kind: "none", mention: null, key: null, cue: m[1] };
      }
      // "…", en palabras de su portavoz, X: a source-first phrase of several words later in the clause
      sourceFirst.lastIndex = 0;
      for (let f = sourceFirst.exec(clause); f; f = sourceFirst.exec(clause)) {
        if (!f[1].includes(" ")) continue;
        const src = sourceAt(clause.slice(f.index + f[0].length), f[1]);
        if (src) return src;
      }
      // "…", Name cue: the source before its verb
      nameRun.lastIndex = 0;
      const lead = clause.replace(/^[\s,;:–—-]+/u, "");
      const run = nameRun.exec(lead);
      if (run && run.index === 0) {
        const tail = lead.slice(run[0].length);
        const c = cues.exec(tail);
        const t = trimName(run[0]);
        if (c && c.index === 0 && t) return { kind: "name", mention: t.name, key: t.name, cue: c[1] };
      }
      return null;
    },
    before(clause, known) {
      // "selon X, …" / "Segundo ele, …"
      sourceFirst.lastIndex = 0;
      for (let m = sourceFirst.exec(clause); m; m = sourceFirst.exec(clause)) {
        const rest = clause.slice(m.index + m[0].length);
        const src = sourceAt(rest, m[1]);
        if (src) return src;
      }
      // "X a assuré que « … »" / "X sagte: „…“": the last cue in the clause, its subject before it
      let cue: RegExpExecArray | null = null;
      anyCue.lastIndex = 0;
      for (let m = anyCue.exec(clause); m; m = anyCue.exec(clause)) cue = m;
      if (!cue) return null;
      const subject = clause.slice(0, cue.index + 1);
      const appos = apposition(subject);
      if (appos) return { kind: "name", mention: appos, key: appos, cue: cue[1] };
      nameRun.lastIndex = 0;
      let best: string | null = null;
      for (let m = nameRun.exec(subject); m; m = nameRun.exec(subject)) {
        const t = trimName(m[0], subject.slice(0, m.index));
        if (t && (t.name.includes(" ") || known(t.name))) best = t.name;
      }
      if (best) return { kind: "name", mention: best, key: best, cue: cue[1] };
      const after = clause.slice(cue.index + cue[0].length);
      return (
        sourceAt(subject, cue[1]) ?? sourceAt(after, cue[1]) ?? { kind: "none", mention: null, key: null, cue: cue[1] }
      );
    },
    later(text) {
      // the next sentence points back at the quote ("Così X commenta", "Ainsi parle X")
      const from = text.search(/[.!?…]\s/u);
      const next = from >= 0 ? text.slice(from + 1) : "";
      if (!backRef.test(next)) return null;
      const end = next.search(/[.!?](?:\s|$)/u);
      const sentence = end >= 0 ? next.slice(0, end + 1) : next;
      const appos = apposition(sentence);
      return appos ? { kind: "name", mention: appos, key: appos, cue: null } : null;
    },
    isFullName: (name) => name.includes(" "),
    people(p, from, to) {
      const out: { name: string; roleBefore: string | null }[] = [];
      const text = p.text;
      nameRun.lastIndex = from;
      for (let m = nameRun.exec(text); m && m.index < to; m = nameRun.exec(text)) {
        if (p.stretches.some((s) => m.index >= s.start && m.index < s.end)) continue;
        const beforeText = text.slice(Math.max(0, m.index - 120), m.index);
        const t = trimName(m[0], beforeText);
        if (!t) continue;
        // a role noun, or (German) a capitalised noun before a full name: "Verkehrsstadträtin Ulrike Sima"
        const droppedRole =
          t.dropped.some(isRole) || (m[0].split(/\s+/).length > lang.maxNameWords && t.dropped.length > 0);
        const roleWord =
          [...t.dropped].reverse().find(isRole) ??
          lastRole(beforeText) ??
          (droppedRole ? t.dropped[t.dropped.length - 1] : null);
        const afterText = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
        // "La Dirección General de Tráfico (DGT)": an article before it, or its initials after it
        const article = t.dropped.some((w) => stop.has(w.toLowerCase())) || stop.has(lastWordOf(beforeText));
        const personLike =
          t.name.includes(" ") &&
          !/^,\s*\d/.test(afterText) && // a dateline's place: "Ciudad de México, 11 nov"
          (!article || droppedRole) &&
          !initialsFollow(m[0], text.slice(m.index + m[0].length, m.index + m[0].length + 16)) &&
          (roleWord !== null ||
            (/^\s*[(,]/.test(afterText) && !stop.has(lastWordOf(beforeText))) ||
            /,\s*$/.test(beforeText) ||
            cues.test(afterText));
        if (personLike) out.push({ name: t.name, roleBefore: roleWord ? roleKey(roleWord) : null });
        else if (!t.name.includes(" ") && !stop.has(t.name.toLowerCase())) out.push({ name: t.name, roleBefore: null });
      }
      return out.filter((x) => x.name.includes(" ") || x.roleBefore === null);
    },
    resolveName(name, people) {
      const last = name.split(/\s+/).pop() ?? name;
      for (let i = people.length - 1; i >= 0; i--) {
        const words = people[i].name.split(/\s+/);
        if (people[i].name === name) return i;
        if (!name.includes(" ") && words.length > 1 && words.slice(1).some((w) => sameWord(w, last))) return i;
      }
      return null;
    },
  };

  function lastRole(text: string): string | null {
    const ws = text
      .split(/[\s,]+/)
      .filter(Boolean)
      .slice(-10);
    for (let i = ws.length - 1; i >= 0; i--) if (isRole(ws[i])) return ws[i];
    return null;
  }
}

/** "Dirección General de Tráfico (DGT)": the bracket after a name holds its initials. */
function initialsFollow(run: string, after: string): boolean {
  const m = /^\s*\((\p{Lu}{2,8})\)/u.exec(after);
  if (!m) return false;
  const initials = run
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join("");
  return initials.endsWith(m[1]) || m[1].startsWith(initials.slice(0, 2));
}

function lastWordOf(text: string): string {
  const m = /([\p{L}\p{M}]+)\s*$/u.exec(text);
  return m ? m[1].toLowerCase() : "";
}

/** A surname as written and as the story declines it ("Самсонов", "Самсонова"). */
function sameWord(known: string, written: string): boolean {
  if (known === written) return true;
  const a = known.toLowerCase();
  const b = written.toLowerCase();
  if (a.length < 4 || b.length < 4 || Math.abs(a.length - b.length) > 2) return false;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return common >= Math.max(a.length, b.length) - 2;
}

// ---------------------------------------------------------------------------------------------------
// Chinese and Japanese: names read from cues, titles and family names.

function unspacedReader(lang: UnspacedQuoteLanguage): Reader {
  const ends = lang.sentenceEnds.map(escapeRegex).join("|");
  const sentenceEnd = new RegExp(`(?:${ends})`, "gu");
  const cueList = [...lang.cues].sort((a, b) => b.length - a.length);
  const titles = [...lang.titles].sort((a, b) => b.length - a.length);
  const families = [...lang.familyNames].sort((a, b) => b.length - a.length);
  const pronouns = [...lang.pronouns].sort((a, b) => b.length - a.length);
  const followers = [...lang.quoteFollowers].sort((a, b) => b.length - a.length);
  const han = /^[\p{Script=Han}\p{Script=Katakana}ー]+$/u;

  /** A name at the end of `text` (Chinese: a family name and one or two more characters). */
  const nameBefore = (text: string): string | null => {
    for (const p of pronouns) if (text.endsWith(p)) return p;
    for (const len of [3, 2, 4]) {
      const cand = text.slice(-len);
      if (cand.length !== len || !han.test(cand)) continue;
      if (families.some((f) => cand.startsWith(f) && cand.length > f.length)) return cand;
    }
    return null;
  };

  /** A name at the start of `text` (after a title: "局长何晓峰介绍"). */
  const nameAfter = (text: string): string | null => {
    for (const f of families) {
      if (!text.startsWith(f)) continue;
      const rest = /^[\p{Script=Han}]{1,2}/u.exec(text.slice(f.length))?.[0] ?? "";
      if (!rest) continue;
      // a cue or a title right after two characters ends a name of two ("王伟说")
      const two = text.slice(0, f.length + 1);
      const after = text.slice(two.length);
      if (rest.length === 2 && (cueList.some((c) => after.startsWith(c)) || titles.some((t) => after.startsWith(t))))
        return two;
      return text.slice(0, f.length + rest.length);
    }
    return null;
  };

  /** A name written before a title, back to a possessive or a non-Han character ("神戸市の久保田誠一市長"). */
  const nameEndingAt = (text: string, end: number): string | null => {
    let start = end;
    while (start > 0 && end - start < 6 && han.test(text[start - 1]) && !lang.possessives.includes(text[start - 1]))
      start--;
    return end - start >= 2 ? text.slice(start, end) : null;
  };

  const stripTitles = (s: string): string => {
    for (const t of titles) if (s.endsWith(t) && s.length > t.length) return s.slice(0, -t.length);
    return s;
  };

  const cueIn = (clause: string): { at: number; cue: string } | null => {
    for (let i = 0; i < clause.length; i++) {
      for (const c of cueList)
        if (c.length > 1 || families.length) if (clause.startsWith(c, i)) return { at: i, cue: c };
    }
    return null;
  };

  const sourceFromTopic = (clause: string, cue: string | null): Source | null => {
    for (const marker of lang.topicMarkers) {
      const at = clause.indexOf(marker);
      if (at <= 0) continue;
      let subject = clause.slice(0, at);
      for (const pos of lang.possessives) {
        const k = subject.lastIndexOf(pos);
        if (k >= 0) subject = subject.slice(k + pos.length);
      }
      subject = subject.replace(/^[、，,\s]+/u, "");
      if (pronouns.includes(subject)) return { kind: "pronoun", mention: subject, key: null, cue };
      const name = stripTitles(subject);
      if (name && han.test(name)) return { kind: "name", mention: subject, key: name, cue };
    }
    return null;
  };

  return {
    sentenceEnd,
    officials: new Set(),
    isQuote(text, before, after, pieces) {
      if (followers.length) return followers.some((f) => after.startsWith(f)) || pieces > 1;
      // a cue right before the quote ("他说：“…”") or just after it ("“…”他说"), not "被称为“…”"
      const cued =
        /[：:]\s*$/.test(before) ||
        cueList.some((c) => before.replace(/[，,\s]+$/u, "").endsWith(c)) ||
        cueIn(after.slice(0, 8)) !== null;
      return cued || [...text].length >= lang.minQuoteChars;
    },
    after(clause) {
      if (followers.length) return null;
      const c = cueIn(clause.slice(0, 12));
      if (!c) return null;
      const name = nameBefore(clause.slice(0, c.at).replace(/[，,\s]+$/u, ""));
      if (!name) return { kind: "none", mention: null, key: null, cue: c.cue };
      return pronouns.includes(name)
        ? { kind: "pronoun", mention: name, key: null, cue: c.cue }
        : { kind: "name", mention: name, key: name, cue: c.cue };
    },
    before(clause) {
      if (lang.topicMarkers.length) return sourceFromTopic(clause, null);
      const c = cueIn(clause);
      if (!c) return null;
      const name = nameBefore(clause.slice(0, c.at));
      if (!name) return null;
      return pronouns.includes(name)
        ? { kind: "pronoun", mention: name, key: null, cue: c.cue }
        : { kind: "name", mention: name, key: name, cue: c.cue };
    },
    later: () => null,
    isFullName: (name) => name.length >= 2,
    people(p, from, to) {
      const out: { name: string; roleBefore: string | null }[] = [];
      const text = p.text;
      for (let i = from; i < to; i++) {
        const title = titles.find((t) => text.startsWith(t, i));
        if (!title) continue;
        const name =
          lang.titlePosition === "after"
            ? nameEndingAt(text, i)
            : nameAfter(text.slice(i + title.length, i + title.length + 6));
        if (name && !pronouns.includes(name)) out.push({ name, roleBefore: title });
        i += title.length - 1;
      }
      return out;
    },
    resolveName(name, people) {
      for (let i = people.length - 1; i >= 0; i--) {
        if (people[i].name === name) return i;
        if (people[i].name.startsWith(name) && name.length < people[i].name.length) return i;
      }
      return null;
    },
  };
}
