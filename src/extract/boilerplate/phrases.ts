// Block text -> the kind of chrome the phrase lexicon names it (read more, cookie prompt, menu entry...),
// or whether it heads a list of other stories.
import { LINE_PATTERNS, MAX_PHRASE_BLOCK, RELATED_MARKERS } from "../../lexicon/boilerplate.js";
import { isRemovedKind, type RemovedKind } from "../../story.js";
import { type CaseFreePattern, caseFree, testCaseFree } from "./case-free.js";
import { quickTest } from "./leading-any.js";

export interface Phrase {
  kind: RemovedKind;
  /** Nothing after this line belongs to the story. */
  endsStory: boolean;
}

/** The lexicon's patterns, their kinds checked once at load: a misspelt kind fails loudly. */
const PATTERNS = LINE_PATTERNS.map(({ kind, match, endsStory }) => {
  if (!isRemovedKind(kind)) throw new Error(`boilerplate lexicon: "${kind}" is not a removed kind`);
  const pattern = caseFree(match);
  return { match: pattern, quick: quickTest(pattern), phrase: { kind, endsStory: Boolean(endsStory) } as Phrase };
});
const MARKERS: readonly CaseFreePattern[] = RELATED_MARKERS.map(caseFree);

/** The kind of chrome a whole block is, by the phrase lexicon; null when no pattern matches. */
export function matchPhrase(text: string): Phrase | null {
  if (text.length > MAX_PHRASE_BLOCK) return null;
  const t = text.replace(/^[•·▪●◦‣∙*|]\s*/, "").trim();
  const lower = t.toLowerCase();
  for (const { match, quick, phrase } of PATTERNS) {
    // a pattern opening with `^.{0,n}` is tried only on lines that pass its quick test
    if (quick && !testCaseFree(quick, t, lower)) continue;
    if (testCaseFree(match, t, lower)) return phrase;
  }
  return null;
}

export function phraseKind(text: string): RemovedKind | null {
  return matchPhrase(text)?.kind ?? null;
}

/** A heading that opens a list of other stories ("Next In World", "Also Read", "Related"). */
export function isRelatedMarker(text: string): boolean {
  if (text.length > 250) return false;
  const t = text.replace(/^[•·▪●◦‣∙*|#]+\s*/, "").trim();
  const lower = t.toLowerCase();
  return MARKERS.some((m) => testCaseFree(m, t, lower));
}
