// A cue coordinated with an earlier verb of its clause shares that clause's subject, several words
// back: "Ruiz admitted that …, but said …", "Varga talked about the storm, and said …", "The board
// declined to name them but said …". Tokens before a cue -> the coordinator before it, and the subject.
import { REPORTING } from "../../lexicon/reporting.js";
import { BETWEEN_SOURCE_AND_CUE, DETERMINERS } from "../../lexicon/speaker-words.js";
import type { Cue } from "../quotes/cues.js";
import { isSubjectPronoun, isVerbLike, subjectAtStart } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";
import { isCueAdverb } from "./cue-adverb.js";

const COORDINATOR = new Set(REPORTING.en.verbCoordinators);
const DETERMINER = new Set(DETERMINERS);
const SUBORDINATOR = new Set(REPORTING.en.subordinators);
/** Auxiliaries, negation and adverbs between the coordinator and the cue ("but would not say"). */
const BETWEEN = new Set([...BETWEEN_SOURCE_AND_CUE, "not", "never"]);
/** Most such words ("and has since also said"). */
const MAX_BETWEEN = 3;
/** Most opening phrases skipped before the subject ("There,", "Walking to the pier,"). */
const MAX_OPENERS = 2;
/** Most tokens of one such phrase. */
const MAX_OPENER = 25;

/** The coordinator ("and", "but", "yet", "then") before the cue, past its auxiliaries, or -1. */
export function coordinatorBefore(t: readonly Token[], start: number, cue: Cue): number {
  if (cue.ing) return -1;
  let k = cue.from;
  while (k - 1 > start && cue.from - k < MAX_BETWEEN && isBetween(t[k - 1])) k--;
  const c = k - 1;
  if (c <= start || t[c].kind !== "word" || !COORDINATOR.has(t[c].lower)) return -1;
  // "and then said", "but then added"
  return t[c].lower === "then" && c - 1 > start && COORDINATOR.has(t[c - 1].lower) ? c - 1 : c;
}

function isBetween(w: Token): boolean {
  return w.kind === "word" && (BETWEEN.has(w.lower.replace(/’/g, "'")) || isCueAdverb(w));
}

/**
 * The subject of the clause a coordinated cue goes on with: the first subject of the sentence (past
 * opening phrases set off by commas) that a verb follows before the coordinator, or null.
 */
export function coordinatedSubject(t: readonly Token[], start: number, cue: Cue): [number, number] | null {
  const c = coordinatorBefore(t, start, cue);
  if (c < 0) return null;
  let lo = start;
  for (let k = c - 1; k > start; k--) {
    if (t[k].text === ";" || t[k].text === ":") {
      lo = k + 1;
      break;
    }
  }
  for (let n = 0; n <= MAX_OPENERS && lo < c; n++) {
    // "As Ruiz toured the pier and defended …": the subordinator opens the clause, the subject follows
    if (t[lo].kind === "word" && SUBORDINATOR.has(t[lo].lower)) lo++;
    const span = subjectAtStart(t, lo, c);
    if (span && subjectOfVerb(t, span, c)) return span;
    // "There, the chairman …", "Walking to the pier, Varga …": skip the opening phrase to its comma
    let comma = lo;
    while (comma < c && comma - lo <= MAX_OPENER && t[comma].text !== ",") comma++;
    if (comma >= c || t[comma].text !== ",") return null;
    lo = comma + 1;
  }
  return null;
}

/** A subject that a verb of its own follows before the coordinator at `c`. */
function subjectOfVerb(t: readonly Token[], span: [number, number], c: number): boolean {
  const [a, b] = span;
  const first = t[a];
  if (b >= c || isVerbLike(first)) return false;
  // a name, a pronoun or a determined noun: not "such as when Ruiz …"
  if (first.text === first.lower && !isSubjectPronoun(first) && !DETERMINER.has(first.lower)) return false;
  for (let k = a; k < b; k++) if (t[k].kind === "quote") return false;
  const next = t[b];
  return next.kind === "word" && next.text === next.lower;
}
