import { LINE_PATTERNS, MAX_PHRASE_BLOCK, RELATED_MARKERS } from "../../lexicon/boilerplate.js";
import type { RemovedKind } from "../../story.js";

export interface Phrase {
  kind: RemovedKind;
  /** Nothing after this line belongs to the story. */
  endsStory: boolean;
}

/** The kind of chrome a whole block is, by the phrase lexicon; null when no pattern matches. */
export function matchPhrase(text: string): Phrase | null {
  if (text.length > MAX_PHRASE_BLOCK) return null;
  const t = text.replace(/^[•·▪●◦‣∙*|]\s*/, "").trim();
  for (const { kind, match, endsStory } of LINE_PATTERNS)
    if (match.test(t)) return { kind, endsStory: Boolean(endsStory) };
  return null;
}

export function phraseKind(text: string): RemovedKind | null {
  return matchPhrase(text)?.kind ?? null;
}

/** A heading that opens a list of other stories ("Next In World", "Also Read", "Related"). */
export function isRelatedMarker(text: string): boolean {
  if (text.length > 250) return false;
  const t = text.replace(/^[•·▪●◦‣∙*|#]+\s*/, "").trim();
  return RELATED_MARKERS.some((re) => re.test(t));
}
