// The subject of a cue that follows a restrictive relative clause: "Officials who spoke with the
// Gazette said …", "Hawkins and others who want the pier shut said …". The phrase right before the cue
// sits inside the clause ("the Gazette"); the noun the clause restricts is the source. Tokens, the
// clause's reach and the cue in; the subject's token range out, or null.
import { PERSON_RELATIVE_PRONOUNS, SUBORDINATORS } from "../../lexicon/speaker-words.js";
import { cueAt } from "./cues.js";
import { isSubjectPronoun, nounPhraseBefore } from "./noun-phrase.js";
import { isCapitalised, type Token } from "./tokens.js";

/** Relative pronouns that open a clause about a person or group ("that" may be a complementizer). */
const OPENS_RELATIVE = new Set(PERSON_RELATIVE_PRONOUNS);
/** Most tokens of a relative clause between its pronoun and the cue after it. */
const MAX_RELATIVE = 20;
const SUBORDINATOR = new Set(SUBORDINATORS);

export function subjectBeforeRelative(t: readonly Token[], from: number, at: number): [number, number] | null {
  for (let r = at - 1; r > from && at - r <= MAX_RELATIVE; r--) {
    const w = t[r];
    // "…, a candidate who runs the firm, said": an aside closed by its comma is read elsewhere;
    // "who gained fame when he yelled": the cue belongs to a clause inside the relative one
    if (w.kind === "quote" || w.kind === "punct" || SUBORDINATOR.has(w.lower)) return null;
    // "who'd rather", "who've backed": the pronoun may carry a contracted auxiliary
    if (!OPENS_RELATIVE.has(w.text.replace(/['’]\p{L}+$/u, ""))) {
      if (isSubjectPronoun(w)) return null;
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
