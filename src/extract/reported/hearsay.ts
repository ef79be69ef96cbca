// A clause reported as hearsay by an adverb, with no source named: "The firm has reportedly hired a
// lobbyist" reports "The firm has hired a lobbyist"; "Reportedly, the talks stalled" reports "the talks
// stalled". Tokens and the adverb's position in; the cue and the content's token ranges (the clause
// without its adverb) out, or null. Left alone: a relative clause ("the mayor, who reportedly …"), a
// participle phrase (", reportedly winning …") and an adverb before a reporting verb ("reportedly said
// …", which the verb's own rules read).
import { REPORTING } from "../../lexicon/reporting.js";
import { AUXILIARIES, RELATIVE_PRONOUNS } from "../../lexicon/speaker-words.js";
import { type Cue, cueAt, plainCue } from "../quotes/cues.js";
import type { Token } from "../quotes/tokens.js";
import { contentEnd } from "./content.js";

const HEARSAY = new Set(REPORTING.en.hearsayAdverbs);
const RELATIVE = new Set(RELATIVE_PRONOUNS);
const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
/** Words that open the clause the adverb stands in: "while …", "with …", "and …". */
const CLAUSE_OPENER = new Set([...REPORTING.en.subordinators, "with", "and", "but", "or"]);
/** Auxiliaries and negations between a relative pronoun and the adverb: "who has reportedly …". */
const AUXILIARY = new Set(AUXILIARIES);
/** Most tokens of the subject before the adverb ("The woman who received the photos has"). */
const MAX_SUBJECT = 25;

export interface Hearsay {
  cue: Cue;
  pieces: [number, number][];
}

export function isHearsayAdverb(w: Token): boolean {
  return w.kind === "word" && HEARSAY.has(w.lower);
}

/** The hearsay clause around the adverb at `i` in the sentence [start, end), or null. */
export function hearsayClause(t: readonly Token[], start: number, i: number, end: number): Hearsay | null {
  const next = t[i + 1];
  if (next === undefined || i + 2 >= end || cueAt(t, i + 1)) return null;
  const cue = plainCue(t, i, i + 1);
  // "Reportedly, the talks stalled": the clause follows the adverb's comma
  if (i === start && next.text === ",") {
    const stop = contentEnd(t, i + 2, end);
    return stop.end > i + 2 ? { cue, pieces: [[i + 2, stop.end]] } : null;
  }
  let from = i;
  let opened = false;
  for (let k = i - 1; k >= start && i - k <= MAX_SUBJECT; k--) {
    const w = t[k];
    if (w.kind !== "word") break;
    // "Ruiz said the firm reportedly …": the clause is another statement's content
    if (cueAt(t, k)) return null;
    if (RELATIVE.has(w.lower)) {
      // "the mayor, who (has) reportedly …": the relative is the subject, the clause tells of a noun
      let between = true;
      for (let j = k + 1; j < i; j++) if (!AUXILIARY.has(t[j].lower)) between = false;
      if (between) return null;
    }
    if (CLAUSE_OPENER.has(w.lower) || COMPLEMENTIZER.has(w.lower)) {
      opened = true;
      break;
    }
    from = k;
  }
  if (from === i || (from > start && !opened && t[from - 1]?.kind === "word")) return null;
  // a clause opened inside the sentence ("With Ruiz reportedly weighing a run, …") ends at its comma
  const stop = contentEnd(t, i + 1, end, opened);
  if (stop.end <= i + 1) return null;
  return {
    cue,
    pieces: [
      [from, i],
      [i + 1, stop.end],
    ],
  };
}
