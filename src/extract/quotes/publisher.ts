// The source of a document named with a relative "that" before its cue: "Ruiz released an ad that
// says …" → Ruiz, who put the document out (the attribution PolNeAR credits); "a slide show that
// predicted …" with no one putting it out → the document and its "that" (speaker-span.ts reads it).
// A source phrase ending in "that" in; the source out.
import { ARTICLES, PUBLISHING_VERBS } from "../../lexicon/speaker-words.js";
import { type Attribution, mainSubject } from "./attribution.js";
import type { Paragraph } from "./paragraph.js";

const ARTICLE = new Set(ARTICLES);
const PUBLISHING = new Set(PUBLISHING_VERBS);

/** `source` ends in "that"; `from` is where the sentence's clause search starts. */
export function documentSource(p: Paragraph, from: number, source: Attribution): Attribution {
  const t = p.tokens;
  let d = source.from;
  while (d < source.to && !ARTICLE.has(t[d].lower)) d++;
  // "released data Monday morning that …": the object may come without an article
  if (d >= source.to - 1) d = source.from;
  const verb = t[d - 1];
  if (d >= source.to - 1 || d - 1 < from || !PUBLISHING.has(verb.text)) return source;
  const subject = mainSubject(p, from, d - 1, source.cue);
  return subject && subject.to < d ? { ...subject, rule: "clause" } : source;
}
