// A source phrase as written ("Harbor Authority spokeswoman Lena Marsh", "the owner's lawyer", "he",
// "Tom Varga, an economist") split into what names the speaker, the proper name inside it
// (honorifics and titles stripped) and the description given with it.
import {
  ADVERBIAL_OPENERS,
  AUXILIARIES,
  CAPITALISED_FUNCTION_WORDS,
  COMMON_VERBS,
  CONJUNCTIONS,
  CONTRACTED_VERB_ENDINGS,
  DETERMINERS,
  DISCOURSE_WORDS,
  NAME_PARTICLES,
  NON_SOURCE_OPENERS,
  PLACE_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  POST_NAME_PREPOSITIONS,
  type PronounKind,
  REFLEXIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  SPEECH_NOUNS,
  SUBJECT_PRONOUNS,
} from "../../lexicon/speaker-words.js";
import {
  GENDERED_NOUNS,
  HONORIFICS,
  NAME_DESCRIPTORS,
  OFFICE_TITLES,
  ORGANISATION_WORDS,
  PLAIN_HONORIFICS,
  ROLE_TITLES,
} from "../../lexicon/titles.js";
import { isCalendarWord } from "./noun-phrase.js";
import { nounPhraseEnd, nounPhraseStart } from "./phrase-opener.js";
import { DASH_TOKENS, isCapitalised, isDottedInitials, type Token } from "./tokens.js";

export interface SpeakerPhrase {
  /** The words that name the speaker, as written ("Marsh", "he", "the ministry", "the owner's lawyer"). */
  mention: string;
  /** The proper name inside the mention, titles and honorifics stripped ("Lena Marsh"), or null. */
  name: string | null;
  /** A title or description given with it ("Harbor Authority spokeswoman"), or null. */
  description: string | null;
  /** The pronoun's kind when the mention is a pronoun. */
  pronoun: PronounKind | null;
  /** Gender an honorific or role word gives the speaker. */
  gender: "male" | "female" | null;
  /** Where the mention stands in the paragraph's text: [start, end). */
  at: [number, number];
  /** Who speaks through a mention that names their words ("the campaign's" in "the campaign's statement"). */
  owner?: string;
}

const DETERMINER = new Set(DETERMINERS);
const TITLE_WORDS = new Set([...OFFICE_TITLES.flatMap((t) => t.split(" ")), ...ROLE_TITLES, ...NAME_DESCRIPTORS]);
TITLE_WORDS.delete("of");
const PARTICLE = new Set(NAME_PARTICLES);
const PLAIN = new Set(PLAIN_HONORIFICS);
const ORGANISATION = new Set(ORGANISATION_WORDS);
const REFLEXIVE = new Set(REFLEXIVE_PRONOUNS);
const FUNCTION_WORD = new Set(CAPITALISED_FUNCTION_WORDS);
const POST_NAME = new Set(POST_NAME_PREPOSITIONS);
const PLACE = new Set(PLACE_PREPOSITIONS);
const SPEECH = new Set(SPEECH_NOUNS);
const CONTRACTED = new Set(CONTRACTED_VERB_ENDINGS);
const AUX = new Set(AUXILIARIES);
const COMMON = new Set(COMMON_VERBS);
const CONJ = new Set(CONJUNCTIONS);
/** Most words between an owner and what they wrote or said ("Ruiz's long Facebook post"). */
const MAX_SPEECH_MODIFIERS = 3;

export function isHonorific(t: Token): boolean {
  return t.kind === "word" && Object.hasOwn(HONORIFICS, t.lower);
}

export function isTitleWord(t: Token): boolean {
  return t.kind === "word" && (TITLE_WORDS.has(t.lower) || isHonorific(t));
}

/** "Russian-born", "Paris-based", "Iran-backed": a capitalised word with a lower-case tail. */
const COMPOUND_MODIFIER = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;
/** How far into a name run such a modifier may end: a place of up to two words before it ("Los Angeles-area"). */
const MAX_MODIFIER = 3;

/**
 * Where the name starts in a capitalised run [from, to) that may open with a modifier describing it
 * ("South Korean-born Monte Haines", "Lisbon-based Ferrovia"): after the modifier, else `from`. One
 * word of the run is always left for the name.
 */
export function afterModifier(tokens: readonly Token[], from: number, to: number): number {
  let start = from;
  for (let k = from; k < Math.min(from + MAX_MODIFIER, to - 1); k++)
    if (tokens[k].kind === "word" && COMPOUND_MODIFIER.test(tokens[k].text)) start = k + 1;
  return start;
}

/** Tokens of the phrase with parentheticals and edge punctuation dropped. */
function clean(tokens: readonly Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (t.kind === "quote") continue;
    if (t.text === "(" || t.text === "[") depth++;
    else if (t.text === ")" || t.text === "]") depth = Math.max(0, depth - 1);
    else if (depth === 0) out.push(t);
  }
  while (out.length && out[0].kind === "punct") out.shift();
  while (out.length && out[out.length - 1].kind === "punct" && out[out.length - 1].text !== ".") out.pop();
  // a final period belongs to an abbreviation only ("Jr.", "Gov.", "F.B.I."), never to the sentence
  const last = out[out.length - 2];
  if (out.length >= 2 && out[out.length - 1].text === "." && last.text.length > 3 && !isDottedInitials(last.text))
    out.pop();
  return out;
}

/** Where a run of tokens stands in its text: [start of the first, end of the last). */
function at(tokens: readonly Token[]): [number, number] {
  return [tokens[0].start, tokens[tokens.length - 1].end];
}

/** The phrase's text as written: the source characters between its first and last token. */
export function spanText(text: string, tokens: readonly Token[]): string {
  if (!tokens.length) return "";
  return text.slice(tokens[0].start, tokens[tokens.length - 1].end).replace(/\s+/g, " ");
}

function chunks(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [[]];
  for (const t of tokens) {
    if (t.text === "," || t.text === ";") out.push([]);
    else out[out.length - 1].push(t);
  }
  return out.filter((c) => c.length > 0);
}

/** The capitalised run that ends the chunk ("Lena Marsh" in "Harbor Authority spokeswoman Lena Marsh"). */
function finalNameRun(chunk: readonly Token[]): number {
  let i = chunk.length;
  while (i > 0) {
    const t = chunk[i - 1];
    const prev = chunk[i - 2];
    if (isCapitalised(t)) i--;
    else if (
      t.text === "." &&
      prev &&
      isCapitalised(prev) &&
      (prev.text.length <= 4 || isHonorific(prev) || isDottedInitials(prev.text))
    )
      i--;
    else if (PARTICLE.has(t.lower) && i < chunk.length && prev && isCapitalised(prev)) i--;
    else break;
  }
  return i;
}

/**
 * The part of a source phrase that holds the name: without a reflexive ("Cruz himself") or a
 * modifier after a full name ("Sen. Ana Ruiz of Nevada", "Tom Varga from the Harbor Institute").
 */
function nameHead(head: Token[]): Token[] {
  let end = head.length;
  if (end > 1 && REFLEXIVE.has(head[end - 1].lower)) end--;
  for (let i = 2; i < end; i++) {
    if (!POST_NAME.has(head[i].lower) || !isCapitalised(head[i - 1])) continue;
    const run = finalNameRun(head.slice(0, i));
    const words = head.slice(run, i).filter((t) => t.kind === "word" && !isTitleWord(t));
    if (words.length >= 2 && !words.some((t) => ORGANISATION.has(t.lower))) return head.slice(0, i);
  }
  return head.slice(0, end);
}

/** Reads a source phrase given as a token range of one paragraph. */
export function readSpeakerPhrase(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): SpeakerPhrase | null {
  const words = clean(tokens, from, to);
  if (!words.length) return null;
  const parts = chunks(words);
  if (!parts.length) return null;
  // "Now Bloomberg", "Said Dorothy Vance": the phrase opens past a discourse word or an inverted cue;
  // "their chants of": it ends before a word it dangles on
  const opens = nounPhraseStart(parts[0]);
  const whole = parts[0].slice(Math.max(0, opens), nounPhraseEnd(parts[0], Math.max(0, opens)));
  // "They've suggested", "He's comparing … and says": the pronoun before a contracted verb is the source
  const cut = contractedPronoun(whole[0]);
  if (cut > 0) {
    const w = whole[0];
    const pronoun = pronounKind(w.lower.slice(0, cut));
    return {
      mention: w.text.slice(0, cut),
      name: null,
      description: null,
      pronoun,
      gender: null,
      at: [w.start, w.start + cut],
    };
  }
  const rest = parts.slice(1).filter((c) => !(c.length === 1 && /^\d+$/.test(c[0].text)));
  const pronoun = whole.length === 1 ? pronounKind(whole[0].lower) : null;
  if (pronoun) return { mention: whole[0].text, name: null, description: null, pronoun, gender: null, at: at(whole) };
  // "a slide show that predicted": a relative "that" is the mention, as "who" is; the phrase it
  // stands for is the speaker
  const last = whole[whole.length - 1];
  if (whole.length > 1 && last.lower === "that" && rest.length === 0) {
    const antecedent = readWords(text, whole.slice(0, -1), rest);
    const owner = antecedent.name ? {} : { owner: antecedent.mention };
    return { ...antecedent, ...owner, mention: last.text, at: at([last]) };
  }
  // "Ruiz's statement", "the campaign's email to supporters": the owner speaks, the mention is as written
  const owned = ownerLength(whole);
  if (owned > 0) {
    const owner = readWords(text, whole.slice(0, owned), rest);
    return { ...owner, mention: spanText(text, whole), at: at(whole), owner: owner.mention.replace(/['’]s?$/, "") };
  }
  const read = readWords(text, whole, rest);
  // a phrase that opens on no noun phrase ("At the bottom", "came", "Rattling off", "Nothing") names
  // nobody, unless a name ends it ("as Ruiz")
  return opens < 0 && (read.name === null || read.name === whole[0].text) ? null : read;
}

/**
 * How many tokens of the phrase name the owner of a speech noun ("Ruiz's" in "Ruiz's Facebook post"),
 * or 0: a name or a determined noun with a possessive, then at most a few modifiers and the noun.
 */
function ownerLength(whole: readonly Token[]): number {
  for (let i = 0; i < whole.length - 1; i++) {
    const w = whole[i];
    const apostrophe = whole[i + 1]?.text === "’" || whole[i + 1]?.text === "'";
    const possessive = /['’]s$/.test(w.text) || (apostrophe && /s$/.test(w.text));
    if (w.kind !== "word" || !possessive) continue;
    if (Object.hasOwn(POSSESSIVE_PRONOUNS, whole[0].lower)) return 0;
    if (!(isCapitalised(w) || DETERMINER.has(whole[0].lower))) return 0;
    const after = apostrophe ? i + 2 : i + 1;
    for (let k = after; k < whole.length && k - after <= MAX_SPEECH_MODIFIERS; k++) {
      if (whole[k].kind !== "word") return 0;
      if (SPEECH.has(whole[k].lower)) return i + 1;
    }
    return 0;
  }
  return 0;
}

/** Words that, after a dash, open an aside or the next clause, not more of the source. */
const ASIDE_OPENERS = new Set([
  ...RELATIVE_PRONOUNS,
  ...CONJUNCTIONS,
  ...ADVERBIAL_OPENERS,
  ...DISCOURSE_WORDS,
  ...NON_SOURCE_OPENERS,
  "including",
]);

/**
 * A nominal source up to its first dash when what follows the dash is an aside or the next clause
 * ("the Post—even the devil can quote …", "figures — whose party was …"); as written otherwise
 * ("grounding in history -- a reader", where the words after the dash are the source).
 */
function beforeDash(whole: Token[]): Token[] {
  const k = whole.findIndex((t, i) => i > 0 && DASH_TOKENS.has(t.text));
  if (k < 0) return whole;
  const after = whole.slice(k + 1);
  // ("— and some Republicans —" joins a second source; a bare "— and" is the next clause's)
  const joined = CONJ.has(after[0]?.lower) && after.length > 1;
  const aside =
    after.length === 0 ||
    (ASIDE_OPENERS.has(after[0].lower) && !joined) ||
    after.some((t) => AUX.has(t.lower) || (t.kind === "word" && COMMON.has(t.lower)));
  return aside ? whole.slice(0, k) : whole;
}

/** A source that is its own mention and names nobody: a nominal phrase, an organisation as written. */
function nominal(
  text: string,
  whole: Token[],
  apposition: string | null,
  gender: SpeakerPhrase["gender"],
): SpeakerPhrase {
  const noun = beforeDash(whole);
  return { mention: spanText(text, noun), name: null, description: apposition, pronoun: null, gender, at: at(noun) };
}

/** The speaker fields of a phrase's first chunk (`whole`) and its appositions (`rest`). */
function readWords(text: string, whole: Token[], rest: Token[][]): SpeakerPhrase {
  // (the appositions' first and last tokens bound their text: no flattened copy of them all)
  const apposition = rest.length ? spanText(text, [rest[0][0], rest[rest.length - 1].at(-1) as Token]) || null : null;
  // a compound source ("Ruiz and Varga") or a nominal one ("the owner's lawyer", "officials") is its own name
  const compound = whole.some((t) => t.lower === "and" || t.lower === "&");
  const head = nameHead(whole);
  const runStart = finalNameRun(head);
  // a capitalised function word opening a sentence ("The", "But") is no name
  const functionWord = head.length - runStart === 1 && FUNCTION_WORD.has(head[runStart].lower);
  // "a poll released Monday": a day or month that ends the phrase is no name
  const calendar = runStart < head.length && head.slice(runStart).every((t) => isCalendarWord(t));
  // "a poll taken in Ohio", "officials in Kabul": a place after its preposition is not the speaker
  const place = runStart > 0 && PLACE.has(head[runStart - 1].lower);
  // a modifier, titles and honorifics inside the run go to the description ("Senate Majority Leader Ana Ruiz")
  let nameStart = afterModifier(head, runStart, head.length);
  for (let k = nameStart; k < head.length - 1; k++) if (isTitleWord(head[k])) nameStart = k + 1;
  while (nameStart < head.length - 1 && head[nameStart].text === ".") nameStart++;
  // "former Pennsylvania Gov." cut before "and …": titles with no name after them
  const titlesOnly = !head.slice(nameStart).some((t) => t.kind === "word");
  if (runStart >= head.length || compound || functionWord || calendar || place || titlesOnly) {
    return nominal(text, whole, apposition, genderOf(head));
  }
  const nameTokens = head.slice(nameStart);
  const prefix = head.slice(0, nameStart);
  const gender = genderOf(head);
  // "the White House", "the New York Post": a determiner and a name is an organisation as written
  if (prefix.length > 0 && prefix.every((t) => DETERMINER.has(t.lower))) return nominal(text, whole, apposition, null);
  const descTokens = prefix.filter((t, k) => !(k === 0 && DETERMINER.has(t.lower)));
  const plain = descTokens.every((t) => PLAIN.has(t.lower) || t.text === ".");
  const description = descTokens.length && !plain ? spanText(text, descTokens) : apposition;
  // an honorific right before the name stays in the mention ("Mr. Okafor", "Sen. Ruiz")
  let k = nameStart - 1;
  if (k >= 0 && head[k].text === ".") k--;
  const mentionStart = k >= 0 && isHonorific(head[k]) ? k : nameStart;
  const name = spanText(text, nameTokens).replace(/['’]s$/, "");
  const mention = whole.slice(mentionStart);
  return { mention: spanText(text, mention), name, description, pronoun: null, gender, at: at(mention) };
}

export function genderOf(tokens: readonly Token[]): "male" | "female" | null {
  for (const t of tokens) {
    const g =
      (Object.hasOwn(HONORIFICS, t.lower) ? HONORIFICS[t.lower] : null) ??
      (Object.hasOwn(GENDERED_NOUNS, t.lower) ? GENDERED_NOUNS[t.lower] : null);
    if (g) return g;
  }
  return null;
}

/** Length of the subject pronoun in a word with a contracted verb ("they've" -> 4), or 0. */
function contractedPronoun(w: Token): number {
  const m = /^(\p{L}+)['’](\p{L}+)$/u.exec(w.text);
  if (!m || !CONTRACTED.has(m[2].toLowerCase())) return 0;
  return Object.hasOwn(SUBJECT_PRONOUNS, m[1].toLowerCase()) ? m[1].length : 0;
}

/** The kind of a subject ("he") or possessive ("her") pronoun, or null for any other word. */
function pronounKind(lower: string): PronounKind | null {
  if (Object.hasOwn(SUBJECT_PRONOUNS, lower)) return SUBJECT_PRONOUNS[lower];
  if (Object.hasOwn(POSSESSIVE_PRONOUNS, lower)) return POSSESSIVE_PRONOUNS[lower];
  return null;
}
