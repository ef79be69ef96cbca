// Cue words in a sense that reports no statement: the idiom "all told" ("All told, 5 million people
// could qualify"), a participle after a preposition, which qualifies the noun after it ("a lead in
// pledged delegates", "with proposed cuts"), a form that makes a compound noun with its neighbour
// ("a conference call", "call centers"), an idiom ("safe to say"), an -ing form that names the
// source's work ("writing for the majority"), a cue that wants an infinitive
// without one ("storms threaten the coast"), a particle of
// another sense ("called off the talks"), a cue that reports only when refused ("a request for comment
// on", not "declined to comment on") and an -ing form after an article or a degree word, which is an
// adjective or a noun ("other telling signs", "the most promising path"), and an object that names
// another sense of the verb ("posted a record loss", object-sense.ts), and a cue with the main clause's
// verb right after it ("what Ruiz retweeted was false", gap-verb.ts).
// Tokens and the cue's position in, a yes or no out.
import { REPORTING } from "../../lexicon/reporting.js";
import { AUXILIARIES } from "../../lexicon/speaker-words.js";
import { cueLemma } from "../quotes/cues.js";
import type { Token } from "../quotes/tokens.js";
import { mainVerbAfter } from "./gap-verb.js";
import { objectOfOtherSense } from "./object-sense.js";

/** Prepositions after which a participle can only qualify a noun ("in pledged delegates"). */
const BEFORE_ADJECTIVE = new Set(REPORTING.en.participleNounPrepositions);
/** Words before an -ing form that make it an adjective or a noun ("other telling signs", "the highest calling"). */
const BEFORE_ING_NOUN = new Set(REPORTING.en.beforeIngNoun);
const { nounCompoundsBefore, nounCompoundsAfter, otherSenseParticles, workParticles, idiomsBeforeTo } = REPORTING.en;
const INFINITIVE_ONLY = new Set(REPORTING.en.infinitiveOnlyCues);
const REFUSED = new Set(REPORTING.en.refusedCues);
const REFUSAL = new Set(REPORTING.en.refusalVerbs);
const AUXILIARY = new Set(AUXILIARIES);
/**
 * Negations between an auxiliary and such a cue ("would not comment"), or between such a cue and its
 * infinitive ("threatened not to attend").
 */
const NEGATION = new Set(REPORTING.en.negations);
const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);

function listed(table: Readonly<Record<string, readonly string[]>>, lemma: string, w: Token | undefined): boolean {
  return w !== undefined && Object.hasOwn(table, lemma) && table[lemma].includes(w.lower);
}

/** The cue at `i` is used in a sense that reports nothing here. */
export function otherSense(t: readonly Token[], i: number): boolean {
  const w = t[i].lower;
  const before = t[i - 1];
  // "All told, …"
  if (w === "told" && before?.lower === "all" && t[i + 1]?.text === ",") return true;
  const lemma = cueLemma(w);
  if (lemma !== undefined) {
    if (listed(nounCompoundsAfter, lemma, t[i + 1]) || listed(otherSenseParticles, lemma, t[i + 1])) return true;
    // "Ruiz, writing for the majority, said …": the -ing form names the source's work
    if (w.endsWith("ing") && listed(workParticles, lemma, t[i + 1])) return true;
    // "posted a record loss", "claimed 40 percent of the vote"
    if (objectOfOtherSense(t, i, lemma)) return true;
    // "everything Ruiz retweeted was false": the verb after the cue is the main clause's
    if (mainVerbAfter(t, i, lemma)) return true;
    if (before?.text === before?.lower && listed(nounCompoundsBefore, lemma, before)) return true;
    // "it is safe to say …"
    if (before?.lower === "to" && listed(idiomsBeforeTo, lemma, t[i - 2])) return true;
    // "storms threaten the coast", "a threatening letter": no infinitive nor "that" after the cue
    if (INFINITIVE_ONLY.has(lemma)) {
      const next = NEGATION.has(t[i + 1]?.lower ?? "") ? t[i + 2] : t[i + 1];
      if (next?.lower !== "to" && !COMPLEMENTIZER.has(next?.lower ?? "")) return true;
    }
  }
  // "a request for comment on", "has no comment on": only "declined to comment", "would not comment" report
  if (REFUSED.has(w)) {
    const k = NEGATION.has(before?.lower ?? "") ? i - 2 : i - 1;
    const aux = t[k]?.kind === "word" && AUXILIARY.has(t[k].lower);
    if (!aux && !(before?.lower === "to" && REFUSAL.has(t[i - 2]?.lower ?? ""))) return true;
  }
  // "other telling signs", "most promising paths", "hours of questioning", "every railing"
  if (w.endsWith("ing") && before?.kind === "word" && BEFORE_ING_NOUN.has(before.lower)) return true;
  return (
    w.endsWith("ed") && before?.kind === "word" && before.text === before.lower && BEFORE_ADJECTIVE.has(before.lower)
  );
}
