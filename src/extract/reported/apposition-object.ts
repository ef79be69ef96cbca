// A noun set in apposition to a clause and taken up as the object of a cue after it: "The council will
// close the pier, a plan the mayor has criticized", "…, a step that the union denied", "…, a move
// criticized by the union". The noun phrase ("a plan") stands for the clause and is what was said or
// spoken of; the source is the subject of the clause after it, or the agent after "by". The clause
// before the comma is the reporter's, not the content. In: the tokens, the source phrase the
// content-first rule read before the cue ("a plan the mayor", "a move") and the cue; out: the noun
// phrase's and the source's token ranges, or null when the sentence is not of that shape.
import { REPORTING } from "../../lexicon/reporting.js";
import {
  AUXILIARIES,
  DETERMINERS,
  NOUN_PREPOSITIONS,
  PERSON_RELATIVE_PRONOUNS,
  POSSESSIVE_PRONOUNS,
  THING_RELATIVE_PRONOUNS,
} from "../../lexicon/speaker-words.js";
import { GENDERED_NOUNS, OFFICE_TITLES, ROLE_TITLES } from "../../lexicon/titles.js";
import type { Cue } from "../quotes/cues.js";
import { isSubjectPronoun, isVerbLike } from "../quotes/noun-phrase.js";
import { sourceAfterCue } from "../quotes/source-phrase.js";
import { DASH_TOKENS, isCapitalised, type Token } from "../quotes/tokens.js";
import { isCueAdverb } from "./cue-adverb.js";

const EN = REPORTING.en;
/** Articles that open the apposition ("a plan", "an offer"). */
const APPOSITION = new Set(EN.objectAppositions);
/** Words after a cue whose object went before it: a preposition, "last", a conjunction, punctuation. */
const GAP_FOLLOWER = new Set([...EN.placePrepositions, ...EN.addresseePrepositions, ...EN.gapFollowers]);
const DETERMINER = new Set(DETERMINERS);
const AUXILIARY = new Set(AUXILIARIES);
/** Prepositions end the noun's words: "a source familiar with the talks" is a source, no apposition. */
const PREPOSITION = new Set([...NOUN_PREPOSITIONS, ...EN.placePrepositions]);
/** Nouns for people: "a spokeswoman Jane Ruiz said" names the source, it is no apposition to a clause. */
const PERSON = new Set([...OFFICE_TITLES, ...ROLE_TITLES, ...Object.keys(GENDERED_NOUNS)]);
/** Relatives between the noun and the clause's subject ("a claim that the union denied"). */
const RELATIVE = new Set(THING_RELATIVE_PRONOUNS);
/** Relatives of a person inside a source phrase ("a former Fed governor who argued"): no clause's subject. */
const WHO = new Set(PERSON_RELATIVE_PRONOUNS);
/** Most words of the noun phrase after its article ("a rare public rebuke"). */
const MAX_NOUN_WORDS = 3;

export interface AppositionObject {
  /** Token range [from, to) of the noun phrase: what was said or spoken of. */
  content: [number, number];
  /** Token range [from, to) of the source, empty (at the cue) when a passive names no agent. */
  source: [number, number];
}

/**
 * `from`, `to`: the source phrase read before `cue`, in the sentence from `start`. When it opens with an apposition after a comma or a
 * dash, the noun phrase and the source of the cue whose object it is.
 */
export function appositionObject(
  t: readonly Token[],
  start: number,
  from: number,
  to: number,
  cue: Cue,
  end: number,
): AppositionObject | null {
  const mark = t[from - 1];
  if (mark === undefined || (mark.text !== "," && !DASH_TOKENS.has(mark.text))) return null;
  if (!APPOSITION.has(t[from].text)) return null;
  // more than a name stands before the mark ("Ana Ruiz, a former aide …" describes a person)
  if (onlyName(t, start, from - 1)) return null;
  const head = nounEnd(t, from + 1, Math.min(to, cue.from));
  if (head < 0) return null;
  // "…, a move criticized by the union": a passive participle right after the noun, its agent the source
  if (head === cue.from) {
    if (t[cue.from + 1]?.lower !== "by" || !/(?:ed|said|told|written)$/.test(t[cue.from].lower)) return null;
    const agent = sourceAfterCue(t, cue.from + 2, end);
    return agent > cue.from + 2 ? { content: [from, head], source: [cue.from + 2, agent] } : null;
  }
  // "…, a plan the mayor has criticized", "…, a claim that the union denied": a subject of its own
  let subject = head;
  if (RELATIVE.has(t[subject].lower)) subject++;
  if (subject >= to || !opensSubject(t[subject])) return null;
  for (let k = subject; k < to; k++) if (WHO.has(t[k].lower)) return null;
  // the cue's object is the noun: nothing after the cue but a phrase of place, time or addressee
  let after = cue.to;
  while (after < end && isCueAdverb(t[after])) after++;
  if (after < end && !GAP_FOLLOWER.has(t[after].lower)) return null;
  return { content: [from, head], source: [subject, to] };
}

/**
 * From `i`, the lowercase words of a noun phrase after its article, no verb among them and no person's
 * title at its end: the token after its last word, or -1.
 */
function nounEnd(t: readonly Token[], i: number, limit: number): number {
  let k = i;
  while (k < limit && k - i < MAX_NOUN_WORDS) {
    const w = t[k];
    if (w.kind !== "word" || w.text !== w.lower || isVerbLike(w) || RELATIVE.has(w.lower)) break;
    if (DETERMINER.has(w.lower) || AUXILIARY.has(w.lower) || PREPOSITION.has(w.lower) || isSubjectPronoun(w)) break;
    k++;
  }
  if (k === i || PERSON.has(t[k - 1].lower)) return -1;
  return k;
}

/** `w` opens a clause's subject: a pronoun, a determiner, a possessive, a name ("the mayor", "Ruiz"). */
function opensSubject(w: Token): boolean {
  if (w.kind !== "word") return false;
  return (
    isSubjectPronoun(w) || DETERMINER.has(w.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower) || isCapitalised(w)
  );
}

/** Tokens [from, to) hold no lowercase word but a determiner: a name ("Ana Ruiz", "the BBC"). */
function onlyName(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (w.kind === "word" && w.text === w.lower && !DETERMINER.has(w.lower)) return false;
  }
  return true;
}
