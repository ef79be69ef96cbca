// Reporting cues among a paragraph's tokens: a verb form from the lexicon ("said", "adding") or a
// phrase ("according to", "pointed out"). Forms that double as nouns ("the report") need no
// determiner before them.
import {
  ADJECTIVE_DETERMINERS,
  CONTINUING_VERBS,
  CUE_NOUNS,
  CUE_PHRASES,
  CUE_VERBS,
  INFINITIVE_CLAUSE_OPENERS,
  NOUN_LIKE_CUE_FORMS,
  OBJECT_CUE_VERBS,
  PARTICIPLE_PHRASE_HEADS,
  PAST_LIKE_BASE_FORMS,
  PLURAL_NOUN_MODIFIERS,
  SOURCE_AFTER_CUE_PHRASES,
  TRAILING_CUE_FORMS,
  WEAK_CUE_FORMS,
} from "../../lexicon/cue-verbs.js";
import {
  BE_FORMS,
  DETERMINERS,
  LY_NOUNS,
  NOUN_OPENERS,
  NOUN_PREPOSITIONS,
  PERFECT_AUXILIARIES,
  PERSON_SUBJECT_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  SUBJECT_PRONOUNS,
} from "../../lexicon/speaker-words.js";
import { mapPacked } from "../../read/packed.js";
import type { Token } from "./tokens.js";

export interface Cue {
  /** Token range [from, to) of the cue. */
  from: number;
  to: number;
  /** The cue as written ("said", "according to"). */
  text: string;
  /** An -ing form ("saying", "calling"). */
  ing: boolean;
  /** The source follows the cue ("according to X"). */
  sourceAfter: boolean;
  /** A verb of thought rather than speech ("believes"). */
  weak: boolean;
  /** The words after it are its object, never its source ("called the plan", "denounced her record"). */
  takesObject: boolean;
}

const FORMS = new Map<string, string>();
for (const [lemma, forms] of Object.entries(CUE_VERBS)) for (const f of forms) FORMS.set(f, lemma);
const PHRASES = new Map<string, string[][]>();
for (const phrase of CUE_PHRASES) {
  const words = phrase.split(" ");
  const list = PHRASES.get(words[0]) ?? [];
  list.push(words);
  list.sort((a, b) => b.length - a.length);
  PHRASES.set(words[0], list);
}
/** Every word a cue starts with, a verb form or a phrase's first word: one look-up rules out most words. */
const CUE_START = new Set([...FORMS.keys(), ...PHRASES.keys()]);
const NOUN_LIKE = new Set(NOUN_LIKE_CUE_FORMS);
const CONTINUING = new Set(CONTINUING_VERBS);
const OBJECT_LEMMAS = new Set(OBJECT_CUE_VERBS);
const WEAK = new Set(WEAK_CUE_FORMS);
const SOURCE_AFTER = new Set(SOURCE_AFTER_CUE_PHRASES);
const PARTICIPLE_HEAD = new Set(PARTICIPLE_PHRASE_HEADS);
const DETERMINER = new Set(DETERMINERS);
const PREPOSITION = new Set(NOUN_PREPOSITIONS);
const BE = new Set(BE_FORMS);
/** "have", "has", "had": an -ing form right after one is a noun ("had a meeting"), never a cue. */
const HAVE = new Set(PERFECT_AUXILIARIES.filter((w) => w !== "having"));
const ADJECTIVE_DETERMINER = new Set(ADJECTIVE_DETERMINERS);
const NOUN_OPENER = new Set(NOUN_OPENERS);
const PAST_LIKE = new Set(PAST_LIKE_BASE_FORMS);
const LY_WORDS = new Set(LY_NOUNS);
const PLURAL_MODIFIER = new Set(PLURAL_NOUN_MODIFIERS);
/** Words that open the clause an infinitive cue reports ("to note that …", "to question whether …"). */
const CLAUSE_AFTER_INFINITIVE = new Set([...INFINITIVE_CLAUSE_OPENERS, ...PERSON_SUBJECT_PRONOUNS]);

/** The lemma of a cue verb form ("said" → "say"), if the lexicon has it. */
export function cueLemma(lower: string): string | undefined {
  return FORMS.get(lower);
}

/** The cue that starts at token i, if any. */
export function cueAt(tokens: readonly Token[], i: number): Cue | null {
  const t = tokens[i];
  if (continuedBaseForm(tokens, i)) {
    const takesObject = OBJECT_LEMMAS.has(t.lower);
    return { from: i, to: i + 1, text: t.text, ing: false, sourceAfter: false, weak: false, takesObject };
  }
  if (t.kind !== "word" || !CUE_START.has(t.lower)) return null;
  const phrases = PHRASES.get(t.lower);
  if (phrases) {
    for (const words of phrases) {
      let k = 1;
      while (k < words.length && i + k < tokens.length && tokens[i + k].lower === words[k]) k++;
      if (k === words.length) {
        if (NOUN_LIKE.has(t.lower) && i > 0 && determinedNoun(tokens[i - 1])) continue; // "at one point to"
        const sourceAfter = SOURCE_AFTER.has(words.join(" "));
        // as written: "According to"
        const text = mapPacked(tokens.slice(i, i + k), (w) => w.text).join(" ");
        // "…, pointing to a win": a phrase led by a participle is a participle cue
        const ing = PARTICIPLE_HEAD.has(words[0]);
        return { from: i, to: i + k, text, ing, sourceAfter, weak: false, takesObject: false };
      }
    }
  }
  if (!FORMS.has(t.lower)) return null;
  // "chief executive Ian Read said", "…," Read said': a capitalised form right before a cue is a name
  const next = tokens[i + 1];
  if (t.text !== t.lower && next?.kind === "word" && next.text === next.lower && FORMS.has(next.lower)) return null;
  if (NOUN_LIKE.has(t.lower) && i > 0 && looksLikeNoun(tokens, i)) return null;
  if (i > 0 && !t.lower.endsWith("ing") && BE.has(tokens[i - 1].lower)) return null; // a passive: "was questioned"
  if (i > 0 && t.lower.endsWith("ing") && HAVE.has(tokens[i - 1].lower)) return null; // a noun: "had meetings", "has nothing"
  if (i > 0 && isParticiple(t.lower) && ADJECTIVE_DETERMINER.has(tokens[i - 1].lower)) return null; // "the proposed wall"
  return {
    from: i,
    to: i + 1,
    text: t.text,
    ing: t.lower.endsWith("ing"),
    sourceAfter: false,
    weak: WEAK.has(t.lower),
    takesObject: OBJECT_LEMMAS.has(FORMS.get(t.lower) ?? ""),
  };
}

/** At i, a cue verb's base form after "continued to" ("continued to question"), though no listed form. */
function continuedBaseForm(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return (
    i >= 2 &&
    t.kind === "word" &&
    !FORMS.has(t.lower) &&
    Object.hasOwn(CUE_VERBS, t.lower) &&
    tokens[i - 1].lower === "to" &&
    CONTINUING.has(tokens[i - 2].lower)
  );
}

/** A determiner, a possessive or a number before a phrase's first word makes it a noun ("at one point to"). */
function determinedNoun(prev: Token): boolean {
  return DETERMINER.has(prev.lower) || /['’]s?$/.test(prev.lower) || /^\d/.test(prev.text);
}

function isParticiple(lower: string): boolean {
  return lower.endsWith("ed") || lower === "written";
}

/**
 * "an early tweet", "the conference call": an article and one modifier before a form that cannot be
 * a past tense or a verb agreeing with a singular subject ("the email read", "the ad states" report).
 */
function modifiedAfterArticle(tokens: readonly Token[], i: number): boolean {
  const article = tokens[i - 2];
  const modifier = tokens[i - 1];
  const form = tokens[i].lower;
  if (article?.kind !== "word" || !NOUN_OPENER.has(article.lower) || !/^\p{Ll}[\p{Ll}-]*$/u.test(modifier.text))
    return false;
  const adverb = modifier.lower.endsWith("ly") && !LY_WORDS.has(modifier.lower);
  const plural = modifier.lower.endsWith("s"); // "the critics call": a subject and its verb
  return !adverb && !plural && !/(?:ed|s)$/.test(form) && !PAST_LIKE.has(form);
}

function looksLikeNoun(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev.kind !== "word") return prev.text === "'" || prev.text === "’";
  if (DETERMINER.has(prev.lower) || /['’]s?$/.test(prev.lower) || modifiedAfterArticle(tokens, i)) return true;
  // "endless calls", "raised questions": a plural after a word that cannot be its subject
  if (PLURAL_MODIFIER.has(prev.text) && tokens[i].lower.endsWith("s")) return true;
  const next = tokens[i + 1];
  if (PREPOSITION.has(prev.lower) && !tokens[i].lower.endsWith("ing")) return !infinitiveCue(tokens, i);
  if (next === undefined || next.kind !== "word" || (next.lower !== "of" && next.lower !== "for")) return false;
  // "Ruiz calls for a freeze", "she calls for …": after a name or a pronoun the form is a verb
  // ("Republican claims of fraud" stays a noun)
  if (next.lower === "for" && (Object.hasOwn(SUBJECT_PRONOUNS, prev.lower) || /^\p{Lu}/u.test(prev.text))) return false;
  // "calling for a freeze": a participle is a verb
  return !tokens[i].lower.endsWith("ing");
}

/**
 * "went on to note that …", "wanted to question whether …": a base form after "to" with a clause
 * opening right after it is an infinitive verb ("in response to claims that …" is a noun: not a base form).
 */
function infinitiveCue(tokens: readonly Token[], i: number): boolean {
  const form = tokens[i].lower;
  const next = tokens[i + 1];
  return (
    tokens[i - 1].lower === "to" &&
    FORMS.get(form) === form &&
    next?.kind === "word" &&
    CLAUSE_AFTER_INFINITIVE.has(next.lower)
  );
}

const TRAILING = new Set(TRAILING_CUE_FORMS);
/** What may follow a trailing cue: punctuation or a preposition ("the ministry states in its report"). */
const AFTER_TRAILING = new Set([".", ",", ";", "in", "on", "at", "to", "during", "via"]);

/** A cue, or a noun-like verb form that reports only at the end of a source: `"…," the ad states.` */
export function trailingCueAt(tokens: readonly Token[], i: number): Cue | null {
  const cue = cueAt(tokens, i);
  if (cue) return cue;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (t.kind !== "word" || !TRAILING.has(t.lower) || (next && !AFTER_TRAILING.has(next.lower))) return null;
  return plainCue(tokens, i, i + 1);
}

/**
 * Tokens [from, to) as one cue with its source before it, no -ing form and not weak: a trailing "states",
 * a passive "announced", a phrase such as "drew sharp criticism" or "asked about".
 */
export function plainCue(tokens: readonly Token[], from: number, to: number, takesObject = false): Cue {
  const text = mapPacked(tokens.slice(from, to), (w) => w.text).join(" ");
  return { from, to, text, ing: false, sourceAfter: false, weak: false, takesObject };
}

/** Longest cue phrase, in words. */
const MAX_PHRASE = Math.max(...CUE_PHRASES.map((p) => p.split(" ").length));

/** The last cue that ends at or before token `to`, scanning back to token `from`; a phrase over it wins. */
export function lastCueBefore(tokens: readonly Token[], from: number, to: number): Cue | null {
  for (let i = to - 1; i >= from; i--) {
    const cue = cueAt(tokens, i);
    if (!cue || cue.to > to) continue;
    for (let j = i - 1; j >= from && i - j < MAX_PHRASE; j--) {
      const wider = cueAt(tokens, j);
      if (wider && wider.to >= cue.to && wider.to <= to) return wider;
    }
    return cue;
  }
  return null;
}

const NOUNS = new Set(CUE_NOUNS);

/**
 * A speech noun owned by its speaker right before token `to`: "her claim that", "Varga's warning".
 * Returns the cue and the owner's token range.
 */
export function possessedCueBefore(
  tokens: readonly Token[],
  from: number,
  to: number,
): { cue: Cue; owner: [number, number] } | null {
  for (let i = to - 1; i > from && to - i <= 12; i--) {
    const t = tokens[i];
    if (t.kind === "quote" || t.text === "." || t.text === ";") return null;
    if (t.kind !== "word" || !NOUNS.has(t.lower)) continue;
    // one adjective may stand between: "his famous remark"
    for (let o = i - 1; o >= from && i - o <= 2; o--) {
      const w = tokens[o];
      if (w.kind !== "word") break;
      const owner = Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower) || (/['’]s$/.test(w.text) && /^\p{Lu}/u.test(w.text));
      if (owner) {
        return { cue: plainCue(tokens, i, i + 1), owner: [ownerStart(tokens, o, from), o + 1] };
      }
    }
    return null;
  }
  return null;
}

/** A possessive name may run over several capitalised words: "Ana Ruiz's". */
function ownerStart(tokens: readonly Token[], o: number, from: number): number {
  let a = o;
  while (a - 1 >= from && a > o - 4 && tokens[a - 1].kind === "word" && /^\p{Lu}/u.test(tokens[a - 1].text)) a--;
  return a;
}
