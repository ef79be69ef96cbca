// The object of a cue that stands before its source: a relative or indefinite pronoun ("the tax, which
// Ruiz proposed in May", "something the minister denied on Friday") is what was said, and the cue's
// content after it is a gap. In: the tokens, the index of the word before the source and where the cue's
// content would start; out: the pronoun's token range, the statement's content, or null.
import { REPORTING } from "../../lexicon/reporting.js";
import { NOUN_PREPOSITIONS, PHRASE_PREPOSITIONS, RELATIVE_PRONOUNS } from "../../lexicon/speaker-words.js";
import { isVerbLike } from "../quotes/noun-phrase.js";
import type { Token } from "../quotes/tokens.js";

const EN = REPORTING.en;
/** Relatives before a source that stand for its cue's object ("which officials said …", "whom Ruiz named"). */
export const OBJECT_RELATIVE: ReadonlySet<string> = new Set(EN.objectRelatives);
/** Pronouns that may stand for a cue's object: those relatives, "what" ("what we said"), "something". */
const OBJECT_GAP = new Set([...EN.objectRelatives, "what", ...EN.gapPronouns]);
/** Words after a cue whose object went before it: a preposition, "last", a conjunction, punctuation. */
const GAP_FOLLOWER = new Set([...EN.placePrepositions, ...EN.gapFollowers]);
/** Prepositions whose object the relative is ("to which Ruiz admitted", "with whom she clashed"). */
const PREPOSITION = new Set([...PHRASE_PREPOSITIONS, ...NOUN_PREPOSITIONS]);
const RELATIVE = new Set(RELATIVE_PRONOUNS);

/**
 * The pronoun at `before` is the object of a cue whose content would start at `from` (before `end`): a
 * phrase, a conjunction or the sentence's end follows the cue, so nothing after it was said. The range is
 * empty when the pronoun is a preposition's object, not the cue's.
 */
export function gapObject(t: readonly Token[], before: number, from: number, end: number): [number, number] | null {
  const w = t[before];
  if (w === undefined || w.kind !== "word" || !OBJECT_GAP.has(w.lower)) return null;
  if (from < end && !GAP_FOLLOWER.has(t[from].lower)) return null;
  // ("the facts to which Ruiz admitted": the relative is the preposition's object, the cue's a noun
  // before it: an empty range)
  // ("look at what Ruiz proposed": "what" holds its own noun, the cue's object still)
  const ofPreposition = OBJECT_RELATIVE.has(w.lower) && PREPOSITION.has(t[before - 1]?.lower ?? "");
  return ofPreposition ? [before, before] : [before, before + 1];
}

/** A source phrase [from, to) opens with such a pronoun, the cue's object: "something the minister", "whom the mayor". */
export function opensWithObject(t: readonly Token[], from: number, to: number): boolean {
  if (to - from < 2 || t[from].kind !== "word" || !OBJECT_GAP.has(t[from].lower)) return false;
  // not the subject of a relative or of a verb: "nothing that suggests …", "which get answered says …"
  const next = t[from + 1];
  return next.kind === "word" && !RELATIVE.has(next.lower) && !isVerbLike(next);
}
