// Pronoun sources: "he" / "she" resolve to a person (the last speaker who agrees in gender, else the
// nearest earlier name that does), "it" / "they" to the last speaker that is not a person, and a
// relative pronoun ("Ruiz, who said") to the phrase it hangs from. Every search looks back over a
// bounded window: a few paragraphs, a few dozen reports or name mentions.
import type { PronounKind } from "../../lexicon/speaker-words.js";
import type { Attribution } from "./attribution.js";
import type { ReportEvent } from "./lookback.js";
import { type NameTable, type Person, resolveName, unlistedPerson } from "./names.js";
import { nounPhraseBefore, subjectAtStart } from "./noun-phrase.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { readSpeakerPhrase, type SpeakerPhrase } from "./speaker-span.js";

/** What an earlier report credits: enough for a pronoun to agree with it. */
export interface Credited {
  speaker: string | null;
  person: Person | null;
  pronoun: PronounKind | null;
}

/** What a pronoun stands for: a person the story names, or a nominal or organisation as written. */
export interface Antecedent {
  person: Person | null;
  speaker: string | null;
}

/** How many paragraphs back a pronoun may find its person. */
export const PRONOUN_REACH = 3;
/** How many earlier name mentions a pronoun looks at. */
const MENTION_REACH = 40;
/** How many earlier reports a pronoun looks at. */
const EVENT_REACH = 40;

export function resolvePronoun<S extends Credited>(
  p: Paragraph,
  names: NameTable,
  kind: PronounKind,
  att: Attribution,
  history: readonly ReportEvent<S>[][],
): Antecedent {
  if (kind === "relative") {
    const phrase = relativeAntecedent(p, names, att);
    if (phrase) return phrase;
  }
  const person = sameSentencePerson(p, names, kind, att) ?? lastPerson(names, kind, att, history);
  if (person) return { person, speaker: person.full };
  return { person: null, speaker: sameSentenceThing(p, names, kind, att) ?? lastThing(kind, att, history) };
}

/** The reports before the source, latest first, within the pronoun's reach. */
function* earlierReports<S>(att: Attribution, history: readonly ReportEvent<S>[][]): Generator<ReportEvent<S>> {
  let seen = 0;
  for (let q = att.paragraph; q >= 0 && att.paragraph - q <= PRONOUN_REACH; q--) {
    const events = history[q] ?? [];
    for (let e = events.length - 1; e >= 0 && seen++ < EVENT_REACH; e--) {
      if (q === att.paragraph && events[e].token >= att.from) continue;
      yield events[e];
    }
  }
}

/** "said Ruiz, who noted": the name right before the relative pronoun. */
function relativeAntecedent(p: Paragraph, names: NameTable, att: Attribution): Antecedent | null {
  const [start] = sentenceOf(p, att.from);
  const hi = p.tokens[att.from - 1]?.text === "," ? att.from - 1 : att.from;
  const span = nounPhraseBefore(p.tokens, start, hi);
  if (!span || span[1] !== hi) return null;
  const phrase = readSpeakerPhrase(p.text, p.tokens, span[0], span[1]);
  if (!phrase?.name) return null;
  const person = resolveName(names, phrase.name, att.paragraph, span[0]);
  return { person, speaker: person?.full ?? phrase.name };
}

/** A person named earlier in the pronoun's own sentence: its subject, else the first one that agrees. */
function sameSentencePerson(p: Paragraph, names: NameTable, kind: PronounKind, att: Attribution): Person | null {
  if (kind !== "male" && kind !== "female" && kind !== "relative") return null;
  const [start] = sentenceOf(p, att.from);
  const subject = subjectAtStart(p.tokens, start, att.from);
  if (subject && subject[1] <= att.from && kind !== "relative") {
    const phrase = readSpeakerPhrase(p.text, p.tokens, subject[0], subject[1]);
    if (phrase?.name) {
      // ("Prices have risen, she says": one capitalised word the story names nowhere else opens the
      // sentence; a capital there says nothing of a name)
      const lone = subject[1] - subject[0] === 1 && subject[0] === start;
      const person =
        resolveName(names, phrase.name, att.paragraph, subject[0]) ??
        (lone ? null : unlisted(phrase, att.paragraph, subject[0]));
      if (person && agrees(person, kind)) return person;
    }
  }
  const list = names.mentions;
  const first = firstMentionAtOrAfter(names, att.paragraph, start);
  for (let i = first; i < list.length && i - first < MENTION_REACH; i++) {
    const m = list[i];
    if (m.paragraph !== att.paragraph || m.token >= att.from) break;
    if (kind === "relative" ? !m.person.organisation : agrees(m.person, kind)) return m.person;
  }
  return null;
}

/** "it" / "they": the subject of the pronoun's own sentence, when that is a name or a noun phrase. */
function sameSentenceThing(p: Paragraph, names: NameTable, kind: PronounKind, att: Attribution): string | null {
  if (kind !== "thing" && kind !== "plural") return null;
  const [start] = sentenceOf(p, att.from);
  const span = subjectAtStart(p.tokens, start, att.from);
  if (!span || span[1] > att.from || span[0] === att.from) return null;
  const phrase = readSpeakerPhrase(p.text, p.tokens, span[0], span[1]);
  if (!phrase || phrase.pronoun) return null;
  if (phrase.name) return resolveName(names, phrase.name, att.paragraph, span[0])?.full ?? phrase.name;
  return phrase.mention;
}

/** A one-word name the story gives nowhere in full ("Varga"), as a person of its own. */
function unlisted(phrase: SpeakerPhrase, paragraph: number, token: number): Person {
  return unlistedPerson(phrase.name ?? phrase.mention, phrase.description, phrase.gender, paragraph, token);
}

function agrees(person: Person, kind: PronounKind): boolean {
  if (person.organisation) return false;
  return person.gender === null || person.gender === kind;
}

/** "he" / "she": the last speaker when they agree, else the nearest earlier name that does. */
function lastPerson<S extends Credited>(
  names: NameTable,
  kind: PronounKind,
  att: Attribution,
  history: readonly ReportEvent<S>[][],
): Person | null {
  if (kind === "relative") return nearestMention(names, att, () => true, 0);
  if (kind !== "male" && kind !== "female") return null;
  // each paragraph's latest speaker who is a person; one who disagrees sends the search a paragraph back
  let passed = -1;
  for (const ev of earlierReports(att, history)) {
    const person = ev.speaker.person;
    if (!person || ev.paragraph === passed) continue;
    if (agrees(person, kind)) return person;
    passed = ev.paragraph;
  }
  return nearestMention(names, att, (person) => agrees(person, kind), PRONOUN_REACH);
}

/** "it" / "they": the last speaker that is not a person. */
function lastThing<S extends Credited>(
  kind: PronounKind,
  att: Attribution,
  history: readonly ReportEvent<S>[][],
): string | null {
  if (kind !== "thing" && kind !== "plural") return null;
  for (const ev of earlierReports(att, history)) {
    if (ev.speaker.pronoun) continue;
    if (!ev.speaker.person || ev.speaker.person.organisation) return ev.speaker.speaker;
  }
  return null;
}

/** The latest name mention before the source, within `reach` paragraphs, that passes the test. */
function nearestMention(names: NameTable, att: Attribution, ok: (p: Person) => boolean, reach: number): Person | null {
  const list = names.mentions;
  const lo = firstMentionAtOrAfter(names, att.paragraph, att.from);
  for (let i = lo - 1; i >= 0 && lo - i <= MENTION_REACH; i--) {
    const m = list[i];
    if (att.paragraph - m.paragraph > reach) break;
    if (ok(m.person)) return m.person;
  }
  return null;
}

/** Index of the first name mention at or after (paragraph, token): a binary search. */
function firstMentionAtOrAfter(names: NameTable, paragraph: number, token: number): number {
  const list = names.mentions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = list[mid];
    if (m.paragraph < paragraph || (m.paragraph === paragraph && m.token < token)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
