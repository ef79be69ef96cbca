// "what X called "…"": a quote after "what", a subject and a naming verb is that subject's words (the
// subject named the thing so), not a thing named. Paragraph and quote token in, the subject as the
// quote's source with the naming verb as its cue out.
import { NAMING_AFTER_WHAT } from "../../lexicon/speaker-words.js";
import type { Attribution } from "./attribution.js";
import { cueAt } from "./cues.js";
import { trimToSubject } from "./noun-phrase.js";
import type { Paragraph } from "./paragraph.js";

/** Most words between "what" and the naming verb: "what many state lawmakers called". */
const MAX_WHAT_SUBJECT = 5;
const NAMING_VERB = new Set(NAMING_AFTER_WHAT);

/** The naming verb's subject after "what" before quote `k` as [from, verb), or null. */
export function whatNamer(p: Paragraph, k: number): [number, number] | null {
  const t = p.tokens;
  const verb = t[k - 1]?.text === "," ? k - 2 : k - 1;
  if (verb < 2 || t[verb].kind !== "word" || !NAMING_VERB.has(t[verb].lower)) return null;
  for (let i = verb - 1; i >= 0 && verb - i <= MAX_WHAT_SUBJECT + 1; i--) {
    if (t[i].kind !== "word" || t[i].sentence !== t[verb].sentence) return null;
    if (t[i].lower === "what") return i < verb - 1 ? [i + 1, verb] : null;
  }
  return null;
}

export function attributeWhatCalled(p: Paragraph, k: number): Attribution | null {
  const span = whatNamer(p, k);
  if (span === null) return null;
  const cue = cueAt(p.tokens, span[1]);
  // ("what one critic has dubbed "…"": the auxiliary is no part of the subject)
  const to = trimToSubject(p.tokens, span[0], span[1]);
  if (cue === null || to <= span[0]) return null;
  return { paragraph: p.index, from: span[0], to, cue, rule: "clause" };
}
