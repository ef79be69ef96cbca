// A passive cue with no agent: its subject is what an unnamed speaker spoke of, with the reason or the
// charge after the cue ("The levy was announced on Friday" reports "The levy"; "Ruiz was criticized for
// closing the pier" reports "Ruiz … for closing the pier"). Tokens, the sentence and the participle in;
// the cue and the content's token ranges out, or null. Left alone: an agent after "by" (passive-agent.ts),
// a that-clause ("it was reported that …"), "was asked …" and "was told …" (their own rules), a naming
// participle ("is called the Old Quay"), an asking participle ("Ruiz was pressed on the tolls": its
// subject was asked), a cue that reports only with a clause ("was added"), one whose subject is the
// listener ("Ruiz was warned"), and a complement after the cue ("Ruiz was named the winner"), but for a
// declaring cue, which reports the subject and the complement ("Ruiz was declared the winner in Salem"
// reports "Ruiz … the winner in Salem").
import { REPORTING } from "../../lexicon/reporting.js";
import { DETERMINERS, POSSESSIVE_PRONOUNS } from "../../lexicon/speaker-words.js";
import { type Cue, cueLemma, plainCue } from "../quotes/cues.js";
import type { Token } from "../quotes/tokens.js";
import { contentEnd } from "./content.js";
import { passiveSubject } from "./passive-agent.js";

/** Words after the cue that open what was said of the subject: "for …", "of …", "with …". */
const REASON = new Set(REPORTING.en.passiveReasons);
const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
const OWN_RULE = REPORTING.en.passiveContentOpeners;
const NAMING = new Set(REPORTING.en.namingParticiples);
const CLAUSE_ONLY = new Set(REPORTING.en.clauseOnlyCues);
const DETERMINER = new Set(DETERMINERS);
/** Cues whose passive subject is the listener, not what was said: "Ruiz was warned", "crews were urged". */
const LISTENER = new Set([...REPORTING.en.listenerLemmas, ...REPORTING.en.infinitiveListenerLemmas]);
/** Asking participles: their passive subject is who was asked ("Ruiz was pressed on the tolls"). */
const ASKED = new Set(REPORTING.en.unnamedAskerForms);
const DECLARING = new Set(REPORTING.en.declaringLemmas);

/** Conjunctions that open an adverbial clause: "after Ruiz was declared the winner". */
const SUBORDINATOR = new Set(REPORTING.en.adverbialOpeners);
/** Most tokens between such a conjunction and the participle: "as the mayor was not yet declared". */
const MAX_SUBORDINATE = 8;

/** The subject of a passive at `i` inside an adverbial clause ("after Ruiz was declared …"), or null. */
function subordinateSubject(t: readonly Token[], start: number, i: number): [number, number] | null {
  for (let k = i - 2; k >= start && i - k <= MAX_SUBORDINATE; k--) {
    if (t[k].kind !== "word") return null;
    if (SUBORDINATOR.has(t[k].lower)) return passiveSubject(t, k + 1, i);
  }
  return null;
}

export interface UnnamedPassive {
  cue: Cue;
  pieces: [number, number][];
}

/** `i`: a past participle in the sentence [start, end). */
export function unnamedPassive(t: readonly Token[], start: number, i: number, end: number): UnnamedPassive | null {
  const w = t[i];
  if (w.kind !== "word") return null;
  // most words are no cue form at all, and passiveSubject wants one: done before any other look-up
  const lemma = cueLemma(w.lower);
  if (lemma === undefined) return null;
  const next = t[i + 1]?.lower ?? "";
  if (next === "by" || COMPLEMENTIZER.has(next)) return null;
  if (
    Object.hasOwn(OWN_RULE, w.lower) ||
    NAMING.has(w.lower) ||
    ASKED.has(w.lower) ||
    CLAUSE_ONLY.has(lemma) ||
    LISTENER.has(lemma)
  )
    return null;
  // "Ruiz was named the winner": a complement names what the subject became, not what was said of it;
  // after a declaring cue it is what was declared ("was declared the winner")
  const complement = DETERMINER.has(next) || Object.hasOwn(POSSESSIVE_PRONOUNS, next);
  if (complement && !DECLARING.has(lemma)) return null;
  const main = passiveSubject(t, start, i);
  const subject = main ?? (complement ? subordinateSubject(t, start, i) : null);
  if (!subject) return null;
  const cue = plainCue(t, i, i + 1);
  const pieces: [number, number][] = [subject];
  if (REASON.has(next) || complement) {
    // (an adverbial clause ends at its comma: "after Ruiz was declared the winner, Varga conceded")
    const stop = contentEnd(t, i + 1, end, main === null, true);
    if (stop.end > i + 2) pieces.push([i + 1, stop.end]);
  }
  return { cue, pieces };
}
