// From a source phrase to the speaker fields: a name resolves to the full name the story gives
// ("Marsh" → "Lena Marsh"), a pronoun to the person it stands for (the last speaker or the
// nearest earlier mention that agrees in gender), a nominal source ("the owner's lawyer") to itself.

import type { PronounKind } from "../../lexicon/speaker-words.js";
import type { Attribution } from "./attribution.js";
import type { ReportEvent } from "./lookback.js";
import { type NameTable, type Person, resolveName } from "./names.js";
import { subjectAtStart } from "./noun-phrase.js";
import { type Paragraph, sentenceOf } from "./paragraph.js";
import { readSpeakerPhrase, type SpeakerPhrase } from "./speaker-span.js";

export interface Speaker {
  /** The full name or organisation; null for a pronoun the story does not resolve. */
  speaker: string | null;
  mention: string;
  description: string | null;
  /** The person the speaker resolved to, if the story names them. */
  person: Person | null;
  /** The mention is a pronoun of this kind. */
  pronoun: PronounKind | null;
}

/** How many paragraphs back a pronoun may find its person. */
const PRONOUN_REACH = 3;
/** How many earlier name mentions a pronoun looks at. */
const MENTION_REACH = 40;
/** How many earlier reports a pronoun looks at. */
const EVENT_REACH = 40;

export function resolveSpeaker(
  paragraphs: readonly Paragraph[],
  names: NameTable,
  att: Attribution,
  history: readonly ReportEvent<Speaker>[][],
): Speaker | null {
  const p = paragraphs[att.paragraph];
  if (att.label) {
    const person = resolveName(names, att.label, att.paragraph, att.from);
    return {
      speaker: person?.full ?? att.label,
      mention: att.label,
      description: person?.description ?? null,
      person,
      pronoun: null,
    };
  }
  const phrase = readSpeakerPhrase(p.text, p.tokens, att.from, att.to);
  if (!phrase) return null;
  if (phrase.pronoun) {
    const person =
      sameSentencePerson(p, names, phrase.pronoun, att) ?? resolvePronoun(names, phrase.pronoun, att, history);
    const thing = person
      ? null
      : (sameSentenceThing(p, names, phrase.pronoun, att) ?? resolveThing(phrase.pronoun, att, history));
    // an unresolved pronoun names nobody: the mention keeps it, the speaker stays unknown
    const speaker = person ? person.full : thing;
    return {
      speaker,
      mention: phrase.mention,
      description: person?.description ?? null,
      person,
      pronoun: phrase.pronoun,
    };
  }
  if (phrase.name) {
    const person = resolveName(names, phrase.name, att.paragraph, att.from);
    return {
      speaker: person?.full ?? phrase.name,
      mention: phrase.mention,
      description: phrase.description ?? person?.description ?? null,
      person,
      pronoun: null,
    };
  }
  return {
    speaker: phrase.mention,
    mention: phrase.mention,
    description: phrase.description,
    person: null,
    pronoun: null,
  };
}

/** A person named earlier in the pronoun's own sentence: its subject, else the first one that agrees. */
function sameSentencePerson(p: Paragraph, names: NameTable, kind: string, att: Attribution): Person | null {
  if (kind !== "male" && kind !== "female" && kind !== "relative") return null;
  const [start] = sentenceOf(p, att.from);
  const subject = subjectAtStart(p.tokens, start, att.from);
  if (subject && subject[1] <= att.from && kind !== "relative") {
    const phrase = readSpeakerPhrase(p.text, p.tokens, subject[0], subject[1]);
    if (phrase?.name) {
      const person =
        resolveName(names, phrase.name, att.paragraph, subject[0]) ?? unlisted(phrase, att.paragraph, subject[0]);
      if (agrees(person, kind)) return person;
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
function sameSentenceThing(p: Paragraph, names: NameTable, kind: string, att: Attribution): string | null {
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
  const name = phrase.name ?? phrase.mention;
  const words = name.split(" ");
  return {
    full: name,
    surname: words[words.length - 1].toLowerCase(),
    first: words[0].toLowerCase(),
    description: phrase.description,
    gender: phrase.gender,
    organisation: false,
    paragraph,
    token,
  };
}

function agrees(person: Person, kind: string): boolean {
  if (person.organisation) return false;
  return person.gender === null || person.gender === kind;
}

function resolvePronoun(
  names: NameTable,
  kind: string,
  att: Attribution,
  history: readonly ReportEvent<Speaker>[][],
): Person | null {
  if (kind === "relative") return nearestMention(names, att, () => true, 0);
  if (kind !== "male" && kind !== "female") return null;
  // the last speaker, when they agree
  let seen = 0;
  for (let q = att.paragraph; q >= 0 && att.paragraph - q <= PRONOUN_REACH; q--) {
    const events = history[q] ?? [];
    for (let e = events.length - 1; e >= 0 && seen++ < EVENT_REACH; e--) {
      const ev = events[e];
      if (q === att.paragraph && ev.token >= att.from) continue;
      const person = ev.speaker.person;
      if (person && agrees(person, kind)) return person;
      if (person) break;
    }
  }
  return nearestMention(names, att, (person) => agrees(person, kind), PRONOUN_REACH);
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

/** "it" / "they": the last speaker that is not a person. */
function resolveThing(kind: string, att: Attribution, history: readonly ReportEvent<Speaker>[][]): string | null {
  if (kind !== "thing" && kind !== "plural") return null;
  let seen = 0;
  for (let q = att.paragraph; q >= 0 && att.paragraph - q <= PRONOUN_REACH; q--) {
    const events = history[q] ?? [];
    for (let e = events.length - 1; e >= 0 && seen++ < EVENT_REACH; e--) {
      const ev = events[e];
      if (q === att.paragraph && ev.token >= att.from) continue;
      if (ev.speaker.pronoun) continue;
      if (!ev.speaker.person || ev.speaker.person.organisation) return ev.speaker.speaker;
    }
  }
  return null;
}
