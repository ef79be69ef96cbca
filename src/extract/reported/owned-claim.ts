// A statement named by a speech noun that its speaker owns, its content a that-clause: "her claim
// that the pier was safe", "Ruiz's warning that the levy would fail". The noun phrase may stand
// anywhere in the reporter's sentence, so only a clause after "that" counts: not "his speech that
// night" (a time) nor "her remark that drew boos" (a relative clause). Tokens and the position of
// "that" in; the noun as cue, its owner and the content's range out.
import { REPORTING } from "../../lexicon/reporting.js";
import { type Cue, possessedCueBefore } from "../quotes/cues.js";
import { isTime, isVerbLike } from "../quotes/noun-phrase.js";
import { DASH_TOKENS, type Token } from "../quotes/tokens.js";
import { contentEnd } from "./content.js";

const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
/** Most tokens from "that" back to the owner: "her claim", "Ruiz's bold claim". */
const MAX_OWNED = 3;
/** Most tokens of the clause's subject before its verb ("that the migrants crossing the border are"). */
const MAX_SUBJECT = 10;
/** A quote whose last mark inside is a comma: `"learn nothing,"`. */
const QUOTE_WITH_COMMA = /,['’"”]*\s*$/;

export interface OwnedClaim {
  cue: Cue;
  /** Token range [from, to) of the owner ("her", "Ruiz's"). */
  owner: [number, number];
  /** Token range [from, to) of the content, "that" left out. */
  content: [number, number];
}

/** `i`: a "that" in the sentence [start, end). */
export function ownedClaim(t: readonly Token[], start: number, i: number, end: number): OwnedClaim | null {
  if (!COMPLEMENTIZER.has(t[i].lower) || i - start < 2 || i + 2 >= end) return null;
  const owned = possessedCueBefore(t, Math.max(start, i - MAX_OWNED), i);
  if (!owned || owned.cue.to !== i) return null;
  if (!opensClause(t, i + 1, end)) return null;
  // the noun phrase stands in the reporter's sentence, which goes on after the clause: the content
  // ends at its first comma ("her claim that the pier is safe, a view the council shares")
  let to = contentEnd(t, i + 1, end, true).end;
  // and at a dash ("his claim that … — while aides …") or a quote that ends in a comma ("her claim
  // that voters would "learn nothing," a view …")
  for (let k = i + 2; k < to; k++) {
    if (t[k].kind === "punct" && DASH_TOKENS.has(t[k].text) && t[k - 1].end < t[k].start) {
      to = k;
      break;
    }
    if (t[k].kind === "quote" && QUOTE_WITH_COMMA.test(t[k].text)) {
      to = k + 1;
      break;
    }
  }
  return { cue: owned.cue, owner: owned.owner, content: [i + 1, to] };
}

/** A clause opens at `from`: a subject that is no verb and no time, then a verb within a few words. */
function opensClause(t: readonly Token[], from: number, end: number): boolean {
  const first = t[from];
  if (first.kind !== "word" || isVerbLike(first) || isTime(first)) return false;
  for (let k = from + 1; k < end && k - from <= MAX_SUBJECT; k++) {
    if (t[k].kind === "quote" || t[k].text === "," || t[k].text === ";") return false;
    if (isVerbLike(t[k])) return true;
  }
  return false;
}
