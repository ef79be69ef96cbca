// From a source phrase to the speaker fields: a name resolves to the full name the story gives
// ("Marsh" → "Lena Marsh"), a pronoun to the person or thing it stands for (pronoun.ts), a nominal
// source ("the owner's lawyer") to itself.

import type { PronounKind } from "../../lexicon/speaker-words.js";
import type { ParagraphSpan } from "../types.js";
import type { Attribution } from "./attribution.js";
import type { ReportEvent } from "./lookback.js";
import { type NameTable, type Person, resolveName, unlistedPerson } from "./names.js";
import type { Paragraph } from "./paragraph.js";
import { resolvePronoun } from "./pronoun.js";
import { readSpeakerPhrase } from "./speaker-span.js";

export interface Speaker {
  /** The full name or organisation; null for a pronoun the story does not resolve. */
  speaker: string | null;
  mention: string;
  description: string | null;
  /** The person the speaker resolved to, if the story names them. */
  person: Person | null;
  /** The mention is a pronoun of this kind. */
  pronoun: PronounKind | null;
  /** Where the mention stands in its paragraph. */
  at: ParagraphSpan | null;
}

export function resolveSpeaker(
  paragraphs: readonly Paragraph[],
  names: NameTable,
  att: Attribution,
  history: readonly ReportEvent<Speaker>[][],
): Speaker | null {
  const p = paragraphs[att.paragraph];
  if (att.label) {
    const person = resolveName(names, att.label, att.paragraph, att.from);
    // the label opens the quote's content
    const start = p.text.indexOf(att.label, p.tokens[att.from].start);
    return {
      speaker: person?.full ?? att.label,
      mention: att.label,
      description: person?.description ?? null,
      person,
      pronoun: null,
      at: start < 0 ? null : { paragraph: att.paragraph, start, end: start + att.label.length },
    };
  }
  const phrase = readSpeakerPhrase(p.text, p.tokens, att.from, att.to);
  if (!phrase) return null;
  const at: ParagraphSpan = { paragraph: att.paragraph, start: phrase.at[0], end: phrase.at[1] };
  if (phrase.pronoun) {
    // an unresolved pronoun names nobody: the mention keeps it, the speaker stays unknown
    const { person, speaker } = resolvePronoun(p, names, phrase.pronoun, att, history);
    return {
      speaker,
      mention: phrase.mention,
      description: person?.description ?? null,
      person,
      pronoun: phrase.pronoun,
      at,
    };
  }
  if (phrase.name) {
    const listed = resolveName(names, phrase.name, att.paragraph, att.from, phrase.gender);
    // a name the story never gives in full is still someone a later "he" or "she" can stand for
    const person = listed ?? unlistedPerson(phrase.name, phrase.description, phrase.gender, att.paragraph, att.from);
    return {
      speaker: person.full,
      mention: phrase.mention,
      description: phrase.description ?? listed?.description ?? null,
      person,
      pronoun: null,
      at,
    };
  }
  return {
    speaker: phrase.owner ?? phrase.mention,
    mention: phrase.mention,
    description: phrase.description,
    person: null,
    pronoun: null,
    at,
  };
}
