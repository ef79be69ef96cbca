// The subject of a cue that follows a restrictive relative clause: "Officials who spoke with the
// Gazette said …", "Hawkins and others who want the pier shut said …", and one with no pronoun of its
// own ("An official she met in Lyon said …"). The phrase right before the cue sits inside the clause
// ("the Gazette", "Lyon"); the noun the clause restricts is the source. Tokens, the clause's reach and
// the cue in; the subject's token range out, or null.
import {
  CONJUNCTIONS,
  DETERMINERS,
  NOUN_PREPOSITIONS,
  PERSON_RELATIVE_PRONOUNS,
  PHRASE_PREPOSITIONS,
  SUBORDINATORS,
} from "../../lexicon/speaker-words.js";
import { cueAt } from "./cues.js";
import { isSubjectPronoun, isVerbLike, nounPhraseBefore } from "./noun-phrase.js";
import { isCapitalised, type Token } from "./tokens.js";

/** Relative pronouns that open a clause about a person or group ("that" may be a complementizer). */
const OPENS_RELATIVE = new Set(PERSON_RELATIVE_PRONOUNS);
/** Most tokens of a relative clause between its pronoun and the cue after it. */
const MAX_RELATIVE = 20;
const SUBORDINATOR = new Set(SUBORDINATORS);
/** Words before a pronoun that make it no relative clause's subject ("for she", "the"). */
const NOT_NOUN = new Set([
  ...DETERMINERS,
  ...PHRASE_PREPOSITIONS,
  ...NOUN_PREPOSITIONS,
  ...SUBORDINATORS,
  ...CONJUNCTIONS,
]);

/**
 * A clause inside the relative one, opened at `r` by a pronoun or a subordinator ("while she was
 * secretary of state", "when he yelled at the crowd"), has a verb of its own (a cue too) after `r` and
 * before the cue at `at`: the cue at `at` is not that clause's.
 */
function hasOwnVerb(t: readonly Token[], r: number, at: number): boolean {
  for (let k = r + 1; k < at; k++) if (isVerbLike(t[k]) || cueAt(t, k) !== null) return true;
  return false;
}

export function subjectBeforeRelative(t: readonly Token[], from: number, at: number): [number, number] | null {
  for (let r = at - 1; r > from && at - r <= MAX_RELATIVE; r--) {
    const w = t[r];
    // "…, a candidate who runs the firm, said": an aside closed by its comma is read elsewhere;
    // "who gained fame when he yelled": the cue belongs to a clause inside the relative one (not "whose
    // breach came while she was mayor said": that clause has its verb)
    if (w.kind === "quote" || w.kind === "punct") return null;
    if (SUBORDINATOR.has(w.lower) && !hasOwnVerb(t, r, at)) return null;
    // "who'd rather", "who've backed": the pronoun may carry a contracted auxiliary
    if (!OPENS_RELATIVE.has(w.text.replace(/['’]\p{L}+$/u, ""))) {
      if (isSubjectPronoun(w) && !hasOwnVerb(t, r, at)) return null;
      continue;
    }
    // "officials who said": the pronoun right before the cue is the source itself
    if (r === at - 1) return null;
    // the pronoun follows its noun directly: no comma ("Ruiz, who …" is an aside, read elsewhere)
    const noun = t[r - 1];
    if (noun.kind !== "word" || (cueAt(t, r - 1) && !isCapitalised(noun))) return null;
    const span = nounPhraseBefore(t, from, r);
    return span && span[1] === r ? span : null;
  }
  return null;
}

/**
 * "An official she met on camera said …": a relative clause with no pronoun of its own, its subject a
 * pronoun right after a lower-case noun and a verb right after it, before the cue at `at`: the noun
 * phrase before that pronoun. Not "In the speech she gave she said" (the pronoun next to the cue is its
 * subject).
 */
export function subjectBeforeBareRelative(t: readonly Token[], from: number, at: number): [number, number] | null {
  for (let r = at - 1; r > from && at - r <= MAX_RELATIVE; r--) {
    const w = t[r];
    if (w.kind !== "word" || SUBORDINATOR.has(w.lower) || OPENS_RELATIVE.has(w.lower)) return null;
    if (!isSubjectPronoun(w)) continue;
    const noun = t[r - 1];
    if (r + 1 >= at - 1 || !isVerbLike(t[r + 1]) || cueAt(t, r + 1) !== null) return null;
    if (noun?.kind !== "word" || noun.text !== noun.lower || isVerbLike(noun) || NOT_NOUN.has(noun.lower)) return null;
    if (isSubjectPronoun(noun)) return null;
    const span = nounPhraseBefore(t, from, r);
    return span && span[1] === r && DETERMINERS.includes(t[span[0]].lower) ? span : null;
  }
  return null;
}
