// Where the content of a reported statement stands in its sentence: after its cue, past what still
// belongs to the cue ("said in a statement on Friday that …", "told reporters …"), up to the end of
// the sentence, a semicolon, or a participle that goes on with a second statement (", adding that …").
import { OBJECT_PRONOUNS } from "../../lexicon/quote-context.js";
import { REPORTING } from "../../lexicon/reporting.js";
import {
  AUXILIARIES,
  DETERMINERS,
  PHRASE_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
  SET_OFF_RELATIVE_PRONOUNS,
  SUBORDINATORS,
} from "../../lexicon/speaker-words.js";
import { type Cue, cueAt, cueLemma } from "../quotes/cues.js";
import { isCalendarWord, isIngForm, isSubjectPronoun, isTime, isVerbLike } from "../quotes/noun-phrase.js";
import { DASH_TOKENS, isCapitalised, quoteEndsWithComma, type Token } from "../quotes/tokens.js";
import { isCueAdverb } from "./cue-adverb.js";
import { relativeListenerTo } from "./listener-relative.js";
import { namedClauseEnds, pronounClauseEnds } from "./pronoun-clause.js";
import { refusalEnds } from "./refusal-end.js";
import { OBJECT_RELATIVE } from "./relative-object.js";
import { participleIsNextAct } from "./second-participle.js";

const EN = REPORTING.en;
const COMPLEMENTIZER = new Set(EN.complementizers);
const LISTENER_LEMMA = new Set(EN.listenerLemmas);
const LISTENER = new Set(EN.listeners);
const INFINITIVE_LISTENER = new Set(EN.infinitiveListenerLemmas);
const INFINITIVE_SUBJECT = new Set(EN.infinitiveSubjectLemmas);
const SETTING_PREPOSITION = new Set(EN.settingPrepositions);
const SETTING_NOUN = new Set(EN.settingNouns);
const CONTINUATION = new Set(EN.continuations);
const CONTRAST = new Set(EN.contrasts);
const CONTRAST_GOES_ON = new Set(EN.contrastGoesOn);
const ADDITION = new Set(EN.additions);
const SET_OFF_RELATIVE = new Set(SET_OFF_RELATIVE_PRONOUNS);
/** Words that open an adverbial clause: a contrast after "even" ("even as", "even though"), and the
 * reporter's clause that ends a listener ("told his aides as he left"). */
const ADVERBIAL_OPENER = new Set(EN.adverbialOpeners);
const TRAILING = new Set(EN.trailingParticiples);
const COORDINATOR = new Set(["and", "but"]);
const NEGATION = new Set(EN.negations);
const REFUSAL = new Set(EN.refusalVerbs);
/** Words after "and" that go on with a verb phrase or a relative clause, not a new subject ("and never called …"). */
const NOT_SUBJECT = new Set(EN.verbPhraseOpeners);
/** Auxiliaries between a subject and its cue ("others have said", "he would later tell"). */
const AUXILIARY = new Set(AUXILIARIES);
/** Most words of the subject of a coordinated statement ("and more than 4 in 10 voters said"). */
const MAX_NEW_SUBJECT = 7;
/** Most auxiliaries and adverbs between "and" and a second cue of the same source ("and has since said"). */
const MAX_AUXILIARIES = 3;
const DETERMINER = new Set(DETERMINERS);
/** Most words of a phrase that sets a cue ("in an interview with the local radio station"). */
const MAX_SETTING = 8;
/** Most tokens between a cue's tail and a "that" that still opens its content ("told … on Saturday that"). */
const MAX_LATE_THAT = 10;
/** Most words of a listener named after a cue ("told the Senate Armed Services Committee"). */
const MAX_LISTENER = 6;
/** Words that open a subordinate clause after "that" ("warned that if …", "that even as …"). */
const CLAUSE_SUBORDINATOR = new Set([...EN.subordinators, "even"]);
/** Words that open a subordinate clause or a question ("whether", "how"): no noun phrase runs through them. */
const SUBORDINATOR_OR_QUESTION = new Set(SUBORDINATORS);
const PARTICLES = EN.cueParticles;
const NOT_BEFORE_THAT = new Set(["to", "not", "so", "such", "many", "much"]);
const TIME_PREPOSITION = new Set(["on", "in", "at", "during", "by", "until", "since", "early", "late"]);
const TIME_ADVERB = new Set(EN.timeAdverbs);
const RELATIVE_TIME = new Set(EN.relativeTimes);
const TIME_UNIT = new Set(EN.timeUnits);
const OBJECT_SETTING = new Set(EN.objectSettingPrepositions);
const OBJECT_ADVERBIAL = new Set(EN.objectAdverbialPrepositions);
/** Words that say how much was said about a topic ("said little about …"), and their adverbs ("almost nothing"). */
const QUANTITY = new Set(EN.topicQuantities);
const QUANTITY_ADVERB = new Set(["almost", "very", "so", "too"]);
const ATTITUDE_CUE = new Set(EN.attitudeCues);
const ATTITUDE_TOPIC = new Set(EN.attitudeTopicOpeners);
/** Most words of an attitude before what it is about ("deep and lasting concern about"). */
const MAX_ATTITUDE = 3;
const OBJECT_APPOSITION = new Set(EN.objectAppositions);
/** Pronouns that stand for a whole statement before a clause that comments on it ("something Vale denied"). */
const GAP_PRONOUN = new Set(EN.gapPronouns);
/** The reporter's settings of a cue after its content, as lowercase word lists ("in an interview"). */
const TRAILING_SETTINGS = EN.trailingSettings.map((p) => p.split(" "));
/** Their first words, and the "in" of an act (settingActLength): contentEnd asks at every token, and most open none. */
const TRAILING_FIRST = new Set([...TRAILING_SETTINGS.map((p) => p[0]), "in"]);

/**
 * At `i` the reporter sets the cue after its content: "in an interview (with …)", "on condition of
 * anonymity"; not when a "that" follows, which makes it part of the content's own clause ("Ruiz admitted
 * in an interview that …"), nor after a cue of the content's own.
 */
function opensTrailingSetting(t: readonly Token[], from: number, i: number, end: number): boolean {
  if (!TRAILING_FIRST.has(t[i].text)) return false;
  const words = TRAILING_SETTINGS.find((p) => p.every((w, k) => t[i + k]?.lower === w && t[i + k].text === w));
  const length = words ? words.length : settingActLength(t, i);
  if (length === 0) return false;
  for (let k = i + length; k < end; k++) if (COMPLEMENTIZER.has(t[k].lower)) return false;
  // "why it was mentioned by Ruiz in an interview": a cue verb inside the content owns the setting
  for (let k = from; k < i; k++) if (t[k].kind === "word" && cueLemma(t[k].lower) !== undefined) return false;
  return true;
}

const SETTING_ACT = new Set(EN.trailingSettingNouns);
/** Most words between "in a(n)" and the act it names ("in a lengthy televised statement"). */
const MAX_ACT_WORDS = 2;

/** Tokens of "in a(n)", a word or two and a spoken or written act at `i` ("in a recent interview"), or 0. */
function settingActLength(t: readonly Token[], i: number): number {
  if (t[i].text !== "in" || (t[i + 1]?.text !== "a" && t[i + 1]?.text !== "an")) return 0;
  for (let k = i + 2; k < t.length && k - i - 2 <= MAX_ACT_WORDS; k++) {
    const w = t[k];
    if (w.kind !== "word" || w.text !== w.lower || isVerbLike(w)) return 0;
    if (SETTING_ACT.has(w.lower)) return k + 1 - i;
  }
  return 0;
}

/** A word that modifies the noun after it: "the", "his", "of" ("the past", "his first", "of all time"). */
function modifiesNext(w: Token | undefined): boolean {
  if (w?.kind !== "word") return false;
  return (
    DETERMINER.has(w.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower) || w.lower === "of" || w.lower === "all"
  );
}

/**
 * A time that opens at `i` after a cue's object: "Friday", "yesterday", "last week", "earlier this
 * month"; not a time inside the object ("in the past", "his first year", "of all time").
 */
function opensTime(t: readonly Token[], i: number): boolean {
  const w = t[i];
  if (!isTime(w) || modifiesNext(t[i - 1])) return false;
  if (isCalendarWord(w) || TIME_ADVERB.has(w.lower)) return true;
  const next = t[i + 1];
  return RELATIVE_TIME.has(w.lower) && next !== undefined && (TIME_UNIT.has(next.lower) || isCalendarWord(next));
}

/** Prepositions of the reason a cue's object is criticized or defended for ("over his stance", "for leaving"). */
const REASON_AFTER_TIME = new Set(EN.reasonPrepositions);

/**
 * After the time at `i` the object goes on with its reason: "blasted Ruiz on Monday over the tolls",
 * "defended himself on Saturday for leaving", so the time does not end it.
 */
function reasonAfterTime(t: readonly Token[], i: number): boolean {
  const after = RELATIVE_TIME.has(t[i].lower) ? i + 2 : i + 1;
  return REASON_AFTER_TIME.has(t[after]?.lower ?? "");
}

/** Most words after ", the" within which "and" or "or" makes the phrase one of a list ("the pier, the quay and …"). */
const MAX_LIST_LOOK = 24;
const LIST_COORDINATOR = new Set(EN.listCoordinators);

/**
 * At `i`, after a comma that follows a cue's object, "the" opens an apposition that runs to the sentence's
 * end ("cited the levy, the toll the council passed in May"): no comma closes it and no "and" or "or" soon
 * after makes it one of a list ("praised the crews, the divers and the pilots").
 */
function definiteApposition(t: readonly Token[], i: number, end: number): boolean {
  // (", the reports show": a verb after the noun makes it a clause's subject)
  if (t[i]?.text !== "the" || commaIn(t, i + 1, end) || opensClauseAt(t, i, end)) return false;
  for (let k = i + 1; k < end && k - i <= MAX_LIST_LOOK; k++) if (LIST_COORDINATOR.has(t[k].lower)) return false;
  return true;
}

/** Tokens [from, to) are all capitalised words: a name ("Ana Ruiz, the harbour master, …" keeps its apposition). */
function onlyCapitalised(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isCapitalised(t[k])) return false;
  return true;
}

/** A setting that opens at `i` after a cue's object: "at a rally", "in a statement", "during the debate". */
function opensSetting(t: readonly Token[], i: number, end: number): boolean {
  if (!OBJECT_SETTING.has(t[i].lower) || !modifiesNext(t[i + 1]) || t[i + 1].lower === "of") return false;
  return settingEnd(t, i, end) > 0;
}

/**
 * The one-word object at `from` is a name and the setting at `i` after it does not lead on to a reason:
 * "endorsed Ruiz during a call with reporters", not "criticized Ruiz at a rally over the tolls".
 */
function nameBeforeSetting(t: readonly Token[], from: number, i: number, end: number): boolean {
  if (!isCapitalised(t[from]) || isSubjectPronoun(t[from])) return false;
  const after = settingEnd(t, i, end);
  return after > 0 && !REASON_AFTER_TIME.has(t[after]?.lower ?? "");
}

/**
 * The reporter's adverbial opens at `i` after a cue's object: a preposition such as "through" or "before"
 * before a determiner, a possessive, a name or a participle ("through his lawyer", "before meeting Ruiz").
 */
function opensAdverbial(t: readonly Token[], i: number): boolean {
  const w = t[i];
  const next = t[i + 1];
  if (!OBJECT_ADVERBIAL.has(w.lower) || w.text !== w.lower || next?.kind !== "word") return false;
  if (DETERMINER.has(next.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, next.lower) || isCapitalised(next)) return true;
  return next.text === next.lower && isIngForm(next);
}

/** A dash that sets off a phrase: an em or en dash, or a hyphen after a space ("Ruiz -- a rival"). */
function isDash(t: readonly Token[], i: number): boolean {
  const w = t[i];
  if (w.kind !== "punct" || !DASH_TOKENS.has(w.text)) return false;
  return w.text !== "-" || (i > 0 && t[i - 1].end < w.start);
}

/** Most tokens inside a pair of dashes that sets off an aside within a content ("— including the cost —"). */
const MAX_DASH_ASIDE = 12;

/**
 * At `i` a dash opens an aside that a second dash closes before the content goes on ("called for all
 * candidates to lay out specifics — including the cost — of their plans"): the closing dash, or -1. A
 * lone dash, one whose pair ends the sentence, or a pair around an apposition sets off the reporter's own
 * comment and stays a cut.
 */
function closingDash(t: readonly Token[], i: number, end: number): number {
  // ("praised the crews — a rare gesture for her — and left": an apposition is the reporter's comment)
  if (!isDash(t, i) || OBJECT_APPOSITION.has(t[i + 1]?.lower ?? "")) return -1;
  for (let k = i + 2; k < end && k - i <= MAX_DASH_ASIDE; k++) {
    const w = t[k];
    if (isDash(t, k)) {
      // a double hyphen is one dash: "-" "-"
      const close = t[k + 1]?.text === "-" && t[k + 1].start === w.end ? k + 1 : k;
      return t[close + 1]?.kind === "word" && close + 2 < end ? close : -1;
    }
    if (w.kind !== "word" && w.text !== "," && w.text !== "-" && w.text !== "." && w.text !== "'") return -1;
  }
  return -1;
}

/**
 * At `i`, after a semicolon, a lower-case verb with no subject of its own (maybe after "and") opens one
 * more item of a list of the content's predicates ("; helped marshal the crews", "; and raised funds"),
 * after a clause content [from, …) that has a verb of its own.
 */
function listedPredicate(t: readonly Token[], i: number, from: number): boolean {
  // ("…; and raised money": the list's last item)
  const at = t[i]?.lower === "and" ? i + 1 : i;
  const w = t[at];
  if (w?.kind !== "word" || w.text !== w.lower || !isVerbLike(w) || AUXILIARY.has(w.lower)) return false;
  if (w.lower.endsWith("n't") || cueAt(t, at) !== null) return false;
  for (let k = from; k < i - 1; k++) if (isVerbLike(t[k])) return true;
  return false;
}

/** At `i` a contrast the reporter adds opens: "though …", "while …", "even as …"; not "but that …". */
function opensContrast(t: readonly Token[], i: number): boolean {
  const w = t[i];
  if (w?.kind !== "word" || w.text !== w.lower) return false;
  if (w.lower === "even") return ADVERBIAL_OPENER.has(t[i + 1]?.lower ?? "");
  return CONTRAST.has(w.lower) && !CONTRAST_GOES_ON.has(t[i + 1]?.lower ?? "");
}

/** Contrasts that open a subordinate clause ("while", "though"), not a coordinate one ("but", "yet"). */
const SUBORDINATE_CONTRAST = new Set(EN.contrasts.filter((w) => ADVERBIAL_OPENER.has(w)));

/** Token `i` opens a subordinate contrast of the reporter's own: "while others …", "though voters …". */
function opensSubordinateContrast(t: readonly Token[], i: number): boolean {
  return SUBORDINATE_CONTRAST.has(t[i]?.text ?? "") && opensContrast(t, i);
}

/** End of a phrase that says where or when the cue was spoken ("in a statement", "on Friday"), or -1. */
function settingEnd(t: readonly Token[], i: number, end: number): number {
  // "asked the network to donate the profits from the debate", "urged them to hack into the emails": an
  // infinitive opens the content, it is no setting
  if (!SETTING_PREPOSITION.has(t[i].lower) || isInfinitive(t, i)) return -1;
  let found = -1;
  for (let k = i + 1; k < end && k - i <= MAX_SETTING; k++) {
    const w = t[k];
    if (w.kind !== "word" && w.text !== "'" && w.text !== "’" && w.text !== "-") break;
    if (COMPLEMENTIZER.has(w.lower)) break;
    const bare = w.lower.replace(/['’]s$/, "");
    if (SETTING_NOUN.has(bare) && !/['’]s$/.test(w.lower)) found = k + 1;
  }
  return found;
}

/** "to" before a verb ("to stay"), not before a listener ("to a crowd", "to reporters", "to Ruiz"). */
export function isInfinitive(t: readonly Token[], k: number): boolean {
  const next = t[k + 1];
  if (t[k].lower !== "to" || next?.kind !== "word" || isCapitalised(next)) return false;
  return !DETERMINER.has(next.lower) && !Object.hasOwn(POSSESSIVE_PRONOUNS, next.lower) && !LISTENER.has(next.lower);
}

/**
 * `w`, after the listener of an "urge"-like cue, does not open a second noun phrase ("urged a boycott of
 * his speech" read "a boycott of" as the listener, "his speech" as what was urged).
 */
function goesOnAfterListener(w: Token | undefined): boolean {
  return w?.kind !== "word" || !(DETERMINER.has(w.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower));
}

/** At `k`, an infinitive: "to" before a verb, or "not to" ("urged them not to go"). */
function opensInfinitive(t: readonly Token[], k: number): boolean {
  const at = t[k]?.lower === "not" ? k + 1 : k;
  return t[at] !== undefined && isInfinitive(t, at);
}

/** End of the listener a "tell"-like cue names before its content ("told reporters", "told the AP"), or i. */
function listenerEnd(t: readonly Token[], i: number, end: number): number {
  const w = t[i];
  if (w.kind !== "word") return i;
  // ("told her closest aides": "her" before a noun's words is a possessive, not the listener)
  if (LISTENER.has(w.lower) && !possessiveListener(t, i)) return i + 1;
  // "warned that the crews are staying in port", "… that costs would rise", "… that if …": "that" before
  // a clause opens the content, no listener ("told that group the levy …" keeps one)
  if (COMPLEMENTIZER.has(w.lower) && opensThatClause(t, i + 1, end)) return i;
  let k = i;
  if (DETERMINER.has(w.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower)) {
    // "the committee that …", "a news conference that …": the phrase runs to "that" or a comma, or to
    // the next clause's subject ("told the council the budget …")
    for (let j = i + 1; j < end && j - i <= MAX_LISTENER; j++) {
      const x = t[j];
      // "urged a firm stand, saying …": a phrase that a participle cue follows is what was said, no listener
      if (x.text === "," && cueAt(t, j + 1)?.ing) return i;
      // "asked the agencies that ran the ferries to hold back the fares": a relative clause belongs to the
      // listener, and the infinitive after it opens the content
      const to = j > i + 1 ? relativeListenerTo(t, j, end) : -1;
      if (to > 0 && isInfinitive(t, to)) return to;
      // "urged the council to raise the cap": an infinitive opens the content
      if (COMPLEMENTIZER.has(x.lower) || x.text === "," || x.lower === "to" || x.lower === "not") return j;
      // "told the court in a filing": the setting after the listener is the cue's too
      if (settingEnd(t, j, end) > 0) return j;
      if (x.kind !== "word" && x.text !== "'" && x.text !== "’") break;
      // "warned the levy would fail": an auxiliary right after a plain noun phrase makes it a clause's
      // subject, no listener (not "asking the directors whether HP should …")
      if (j > i + 1 && AUXILIARY.has(x.lower) && plainWords(t, i + 1, j)) return i;
      if (j > i + 1 && (DETERMINER.has(x.lower) || isSubjectPronoun(x))) return j;
      // ("told his aides as he left": the reporter's adverbial clause ends the listener)
      if (j > i + 1 && ADVERBIAL_OPENER.has(x.text)) return j;
      if (isCapitalised(x)) k = j + 1;
    }
    return k > i ? nameTail(t, k, end) : k;
  }
  // a name or an organisation: "told CNN", "told Senator Ana Ruiz"
  while (k < end && k - i < MAX_LISTENER && (isCapitalised(t[k]) || (t[k].text === "." && k > i))) k++;
  // "told CBS's Morning show": a possessive name's programme or outlet goes on in lower case
  if (k > i && k < end && SETTING_NOUN.has(t[k].lower) && t.slice(i, k).some((x) => /['’]s$/.test(x.lower))) k++;
  return k > i ? nameTail(t, k, end) : k;
}

/** The words [from, to) open no clause or question: the words of one plain noun phrase. */
function plainWords(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (w.kind !== "word" || SUBORDINATOR_OR_QUESTION.has(w.lower)) return false;
  }
  return true;
}

/** At `i`, after "that", a clause: its subject's first word (a determiner, a pronoun, a name), a subordinator, or a noun and its verb. */
function opensThatClause(t: readonly Token[], i: number, end: number): boolean {
  const w = t[i];
  if (w?.kind !== "word") return false;
  if (DETERMINER.has(w.lower) || isSubjectPronoun(w) || isCapitalised(w) || CLAUSE_SUBORDINATOR.has(w.lower))
    return true;
  return opensClauseAt(t, i, end);
}

/** "her closest aides": a pronoun that is also a possessive, before a lower-case word that opens no clause. */
function possessiveListener(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  if (!Object.hasOwn(POSSESSIVE_PRONOUNS, t[i].lower) || next?.kind !== "word" || isCapitalised(next)) return false;
  if (DETERMINER.has(next.lower) || isSubjectPronoun(next) || COMPLEMENTIZER.has(next.lower)) return false;
  return !isVerbLike(next) && !ADVERBIAL_OPENER.has(next.lower) && next.lower !== "to" && next.lower !== "not";
}

/** Most tokens inside a bracketed abbreviation after a name ("(AP)", "(D-Ohio)"). */
const MAX_NAME_BRACKET = 4;

/**
 * End of what still belongs to a listener's name that ends at `k`: its abbreviation in brackets ("the
 * Associated Press (AP)") and a body after "of" ("Ana Ruiz of Harbour Radio"), or `k`.
 */
function nameTail(t: readonly Token[], k: number, end: number): number {
  if (t[k]?.text === "(" && isCapitalised(t[k + 1])) {
    for (let j = k + 2; j < end && j - k <= MAX_NAME_BRACKET; j++) if (t[j].text === ")") return j + 1;
    return k;
  }
  if (t[k]?.lower === "of" && t[k].text === "of" && isCapitalised(t[k + 1])) {
    let j = k + 1;
    while (j < end && j - k <= MAX_LISTENER && isCapitalised(t[j])) j++;
    return j;
  }
  return k;
}

/** Most adverbs between a cue and its preposition ("complained bitterly about", "called Wednesday for"). */
const MAX_PARTICLE_ADVERBS = 2;

/**
 * The cue with the preposition that belongs to it: "called" → "called for" (its content follows), and
 * the adverbs between them ("complained bitterly about").
 */
export function withParticle(t: readonly Token[], cue: Cue, lemma: string | undefined): Cue {
  let k = cue.to;
  while (k - cue.to < MAX_PARTICLE_ADVERBS && t[k] !== undefined && isCueAdverb(t[k])) k++;
  const next = t[k];
  const particles = lemma !== undefined && Object.hasOwn(PARTICLES, lemma) ? PARTICLES[lemma] : undefined;
  if (next?.kind !== "word" || !particles?.includes(next.lower)) return cue;
  const tail = t
    .slice(cue.to, k + 1)
    .map((w) => w.text)
    .join(" ");
  return { ...cue, to: k + 1, text: `${cue.text} ${tail}`, takesObject: true };
}

/** First token after what belongs to a cue: its adverbs, its setting and its listener ("told reporters"). */
export function cueTail(t: readonly Token[], cue: Cue, lemma: string | undefined, end: number): number {
  let i = cue.to;
  let listener = lemma !== undefined && LISTENER_LEMMA.has(lemma);
  for (let guard = 0; i < end && guard < 12; guard++) {
    const w = t[i];
    if (isCueAdverb(w)) {
      i++;
      continue;
    }
    const setting = settingEnd(t, i, end);
    if (setting > 0) {
      i = setting;
      continue;
    }
    if (listener) {
      listener = false;
      const k = listenerEnd(t, i, end);
      // "urged a boycott of the speech": no infinitive after the phrase, so it is the object
      if (k > i && !(INFINITIVE_LISTENER.has(lemma as string) && !goesOnAfterListener(t[k]))) {
        // "urged the council to act": the listener is the infinitive's subject and stays in the content
        if (INFINITIVE_SUBJECT.has(lemma as string) && opensInfinitive(t, k)) break;
        i = k;
        continue;
      }
    }
    // "said, in a statement, that …": a comma set off what belongs to the cue
    if (w.text === "," && i + 1 < end && (isCueAdverb(t[i + 1]) || settingEnd(t, i + 1, end) > 0)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}

/**
 * The "that" after a phrase the cue tail did not read, when a preposition opens it or the cue names a
 * listener ("said in Vale, Ohio, on Tuesday that …", "told foundation staff on Friday that …"), or `i`.
 */
function phraseBeforeThat(t: readonly Token[], i: number, end: number, listener: boolean): number {
  if (i >= end) return i;
  // "told a town hall in Salem, Ohio on Monday that …": the listener's place goes on past its comma
  const place = listener && t[i].text === "," && i > 0 && isCapitalised(t[i - 1]) && isCapitalised(t[i + 1]);
  if (t[i].kind !== "word" && !place) return i;
  const setting = place || (SETTING_PREPOSITION.has(t[i].lower) && !isInfinitive(t, i));
  if (!listener && !setting) return i;
  for (let k = i; k < end && k - i <= MAX_LATE_THAT; k++) {
    const w = t[k];
    // "that" opens a clause of some length, or a quote ("told supporters that "…""), not "that question";
    // before a verb it is a relative on the noun before it ("warned the crews of the storm that closed …")
    if (k > i && COMPLEMENTIZER.has(w.lower))
      return (k + 3 < end || t[k + 1]?.kind === "quote") && !(t[k + 1] && isVerbLike(t[k + 1])) ? k : i;
    if (k === i && setting) continue;
    // a place may hold commas: "in Vale, Ohio, that …"
    if (setting && (w.text === "," || w.text === ".")) continue;
    // "warned them to refrain from …", "tells so many lies that …"
    if (w.kind !== "word" || isVerbLike(w) || isSubjectPronoun(w) || NOT_BEFORE_THAT.has(w.lower) || cueAt(t, k))
      return i;
  }
  return i;
}

/**
 * After an attitude cue, the first token of what the attitude is about: past a bare attitude of a few
 * words and the preposition or "that" after it ("expressed deep concern about the levy"), or `i`. An
 * attitude with a determiner ("their support for …") or with nothing after it stays the content.
 */
function attitudeTopic(t: readonly Token[], i: number, end: number): number {
  for (let k = i; k < end && k - i <= MAX_ATTITUDE; k++) {
    const w = t[k];
    if (k > i && ATTITUDE_TOPIC.has(w.lower)) return k + 1 < end ? k + 1 : i;
    if (w.kind !== "word" || DETERMINER.has(w.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, w.lower)) return i;
    // the attitude's own word may look like a verb ("doubt", "support"); a later one opens a clause
    if (k > i && isVerbLike(w)) return i;
  }
  return i;
}

/** First token of the content after a cue: past what belongs to the cue and a leading "that". */
export function contentStart(t: readonly Token[], cue: Cue, lemma: string | undefined, end: number): number {
  let i = cueTail(t, cue, lemma, end);
  i = phraseBeforeThat(t, i, end, lemma !== undefined && LISTENER_LEMMA.has(lemma));
  // "said little about the plan", "said almost nothing about it": the topic after "about" is what was said
  let q = i;
  if (QUANTITY_ADVERB.has(t[q]?.lower ?? "")) q++;
  if (QUANTITY.has(t[q]?.lower ?? "") && t[q + 1]?.lower === "about" && q + 2 < end) return q + 2;
  if (lemma !== undefined && ATTITUDE_CUE.has(lemma)) i = attitudeTopic(t, i, end);
  if (t[i]?.text === "," && i + 1 < end && COMPLEMENTIZER.has(t[i + 1].lower)) i++;
  if (i < end && COMPLEMENTIZER.has(t[i].lower)) i++;
  else if (i < end && (t[i].text === ":" || t[i].text === ",")) i++;
  return i;
}

export interface ContentEnd {
  /** Token after the content. */
  end: number;
  /** A participle cue that goes on with the same source's statement (", adding that …"), or -1. */
  continuation: number;
}

/**
 * Where content that starts at `from` ends: the sentence end, a semicolon, a contrast the reporter adds
 * (", but …", not ", but that …"), the cue of another statement (", said X"), a statement nested after a
 * comma (", Varga told reporters …"), or a participle or coordinated cue that goes on with the same
 * source's statement (", adding that …", "and said …"). `clause`: the content ends
 * with its clause, at the first comma ("While Ruiz said …, she …"). `object`: the content is the
 * cue's object ("endorsed Ruiz"), which ends before a time, a setting ("at a rally"), a coordinated
 * verb, an apposition (", a deal that …") or a dash.
 */
export function contentEnd(
  t: readonly Token[],
  from: number,
  end: number,
  clause = false,
  object = false,
  noun = false,
  afterParticiple = false,
): ContentEnd {
  for (let i = from; i < end; i++) {
    const w = t[i];
    // "said they spoke at the hearings; helped marshal the crews; and …": a verb with no subject after a
    // semicolon goes on with the content's list of what its subject did
    if (w.text === ";" && !(i > from && listedPredicate(t, i + 1, from))) return { end: i, continuation: -1 };
    // "— including the cost —": an aside between two dashes sits inside the content, which goes on
    const dashed = i > from ? closingDash(t, i, end) : -1;
    if (dashed > 0) {
      i = dashed;
      continue;
    }
    // "said the pier was safe in an interview on Friday", "only on condition of anonymity": the content
    // ends before the reporter's setting of the cue (and before an "only" or "and" that leads into it)
    if (opensTrailingSetting(t, from, i, end)) {
      const lead = i > from && (t[i - 1].lower === "only" || COORDINATOR.has(t[i - 1].lower));
      return { end: lead ? i - 1 : i, continuation: -1 };
    }
    // "calling the plan reckless and vowing to fight it": after a participle cue, "and" before another
    // participle cue goes on with the source's next statement, not with what was said
    if (afterParticiple && i > from && COORDINATOR.has(w.lower) && opensParticiple(t, i + 1) && cueAt(t, i + 1))
      return { end: i, continuation: i + 1 };
    // ("recalling her visits and detailing her work": another participle is the source's next act, not what
    // was said; not one of a speech verb with no cue form, "pleading with them and begging …", nor one that
    // a participle in the content pairs with, "while also imposing limits and ensuring …")
    if (
      afterParticiple &&
      i > from &&
      COORDINATOR.has(w.lower) &&
      opensParticiple(t, i + 1) &&
      participleIsNextAct(t, from, i + 1)
    )
      return { end: i, continuation: -1 };
    // "endorsed Ruiz last week and has campaigned …": an object ends before the clause goes on
    if (
      object &&
      i > from &&
      ((opensTime(t, i) && !reasonAfterTime(t, i)) || (COORDINATOR.has(w.lower) && t[i + 1] && verbAfterAnd(t, i)))
    ) {
      // "asked about the tolls on Friday": the time's preposition goes with it
      const e = isTime(w) && i - 1 > from && TIME_PREPOSITION.has(t[i - 1].lower) ? i - 1 : i;
      return { end: e, continuation: -1 };
    }
    // "denied the charges and accused the paper": a noun phrase ends before the source's second verb (an
    // infinitive's verb phrase may go on: "vowed not to give up and fought on")
    if (noun && !object && i > from && COORDINATOR.has(w.lower) && secondVerb(t, from, i))
      return { end: i, continuation: -1 };
    // "praised the plan in a speech": an object ends before the setting of its cue
    // ("endorsed Ruiz during a call with reporters": a name alone is an object too, unless the setting
    // leads on to the reason, "criticized Ruiz at a rally over the tolls")
    if (object && (i > from + 1 || (i > from && nameBeforeSetting(t, from, i, end))) && opensSetting(t, i, end))
      return { end: i, continuation: -1 };
    // "denied the charges through his lawyer": and before the reporter's adverbial, when it has no verb
    // ("vowed to rebuild the pier before the season": an infinitive is a verb phrase, the time is its own)
    if ((object || noun) && i > from + 1 && opensAdverbial(t, i) && !isInfinitive(t, from) && verbless(t, from, i))
      return { end: i, continuation: -1 };
    // "rejected both objections, ruled the plan lawful": an object ends before a second verb of the source's
    if (object && i > from && w.text === "," && t[i + 1] && isVerbLike(t[i + 1]) && verbless(t, from, i))
      return { end: i, continuation: -1 };
    // "railed against the pact, a deal that …": and before the reporter's apposition
    if (
      object &&
      i > from &&
      w.text === "," &&
      (OBJECT_APPOSITION.has(t[i + 1]?.lower ?? "") ||
        (!onlyCapitalised(t, from, i) && definiteApposition(t, i + 1, end)))
    ) {
      return { end: i, continuation: -1 };
    }
    // "accused Vale of the closure, something Vale has denied": the reporter's comment on the whole statement
    if (i > from && w.text === "," && GAP_PRONOUN.has(t[i + 1]?.lower ?? "") && opensSubject(t[i + 2]))
      return { end: i, continuation: -1 };
    // "endorsed Ruiz — a rare step for the union": a dash sets off the reporter's comment on the object
    if (object && i > from && isDash(t, i)) return { end: i, continuation: -1 };
    // "the town will recover - though the ferries have stopped": a dash before a contrast ends it as a
    // comma does
    if (i > from && isDash(t, i) && opensContrast(t, i + 1)) return { end: i, continuation: -1 };
    // `… an interview with the "anchor (not) baby" — a play on words …`: a dash after a quote and before an
    // apposition ("a", "an") sets off the reporter's comment on the quote
    if (i > from && isDash(t, i) && t[i - 1].kind === "quote" && OBJECT_APPOSITION.has(t[i + 1]?.lower ?? ""))
      return { end: i, continuation: -1 };
    // `… were "about right," though voters …`: a contrast after a quote that ends in a comma ends it as a
    // comma does
    if (i > from && quoteEndsWithComma(w) && opensSubordinateContrast(t, i + 1))
      return { end: i + 1, continuation: -1 };
    if (COORDINATOR.has(w.lower) && i > from && i + 1 < end) {
      // "… and said …", "… and has since told …", "…, and warned that …": the same subject's second statement
      // ("and then tweeted", "but still feared": an adverb alone may open the content's own verb)
      let at = i + 1;
      if (AUXILIARY.has(t[at].lower))
        while (at + 1 < end && at - i <= MAX_AUXILIARIES && (AUXILIARY.has(t[at].lower) || isCueAdverb(t[at]))) at++;
      const cue = cueAt(t, at);
      // "said she made the call and thought voters would agree": a verb of thought goes on with the clause
      // content's own subject, it opens no second statement of the source's
      if (cue?.weak && !object && !noun) continue;
      // ("said she would visit the pier and tell the crews …": a bare verb goes on with the content's own)
      const bare = cue !== null && at === i + 1 && cueLemma(t[at].lower) === t[at].lower;
      if (cue && !bare && !cue.ing && !cue.sourceAfter && (t[i - 1].kind !== "punct" || t[i - 1].text === ","))
        return { end: i, continuation: at };
      // "acknowledged the fees but declined to list them": a refusal is the source's next act
      if (refusalEnds(t, from, i)) return { end: i, continuation: -1 };
      // "…, and three-quarters said …": another source's statement ("said both she and Ruiz promised …":
      // not when "and" only joins the names of a clause's subject, before it has a verb)
      if (newStatement(t, i + 1, end) && !subjectSoFar(t, from, i, object || noun)) return { end: i, continuation: -1 };
    }
    // "… said yes while 48 percent said no": a contrast that opens another, named source's statement
    // (not "while she was …", a clause of the content's own, nor "even though …")
    const contrast = CONTRAST.has(w.lower) && w.text === w.lower && t[i - 1]?.lower !== "even";
    if (i > from && contrast && !isSubjectPronoun(t[i + 1]) && newStatement(t, i + 1, end))
      return { end: i, continuation: -1 };
    // `… was "a disgrace," one of the pilots said the two cases differ`: after a quote that ends in a comma,
    // another statement with its own subject and cue ends the content as it does after a comma (not a quote
    // a colon opens: that is the next statement's, `… his wife: "She signed it," he told the paper`)
    if (i > from && quoteEndsWithComma(w) && t[i - 1].text !== ":" && i + 1 < end && nestedStatement(t, i + 1, end))
      return { end: i + 1, continuation: -1 };
    // `While Ruiz called the plan "a mess," the council …`: in a clause, a quote that ends in a comma
    // closes it as a comma does
    if (clause && i > from && quoteEndsWithComma(w) && i + 1 < end) return { end: i + 1, continuation: -1 };
    // `… a "fine plan," adding …`: a quote that ends in a comma closes the clause as a comma does
    // (only before a cue: the reporter's own words after such a quote mostly go on with the content)
    const quoted = quoteEndsWithComma(w) && t[i + 1]?.kind === "word" && cueAt(t, i + 1) !== null;
    if ((w.text !== "," && !quoted) || i + 1 >= end || thousands(t, i)) continue;
    // the content ends before the comma, or after the quote that holds it
    const at = quoted ? i + 1 : i;
    if (clause) return { end: at, continuation: -1 };
    const next = t[i + 1];
    const cue = cueAt(t, i + 1);
    // ", referring to …": a phrase that opens with a participle is one too
    const ing = cue !== null && (cue.ing || (cue.to - cue.from > 1 && !cue.sourceAfter && next.lower.endsWith("ing")));
    if (cue && !ing && !cue.sourceAfter) return { end: at, continuation: -1 };
    // "that Gov. Ana Ruiz, who must decide, has said nothing", "that the levy, however small, …": a
    // content that is only a subject so far goes on past the aside after it
    // (without "that" only a relative clause says so: "said his members, who lean left, would …")
    // (or a short aside closed by a comma before an auxiliary: "says the scandal, while troublesome, was …")
    const aside =
      COMPLEMENTIZER.has(t[from - 1]?.lower ?? "") ||
      RELATIVE_ON_SUBJECT.has(next.lower) ||
      asideBeforeAuxiliary(t, i + 1, end);
    // "said his partner Tom Lee, known as Captain Tom, painted …": a short aside after a content that is
    // only a subject so far closes with a comma before the subject's verb; the content goes on past both
    // (after "that" too: "said that Varga, an engineer, wrote …", where the verb is also a cue)
    const closed = !quoted ? asideBeforeVerb(t, i + 1, end) : -1;
    if (closed > 0 && onlySubject(t, from, i, object)) {
      i = closed;
      continue;
    }
    if (
      !quoted &&
      aside &&
      onlySubject(t, from, i, object) &&
      !(next.lower === "according" && t[i + 2]?.lower === "to")
    ) {
      // ("said the mayor, who is a Democrat, wrote the rules": the subject's verb after the relative
      // clause goes on with the content, even when it is a cue)
      const close = SET_OFF_RELATIVE.has(next.lower) ? relativeCloseBeforeVerb(t, i + 2, end) : -1;
      if (close > 0) i = close;
      continue;
    }
    // "that the levy, which the council passed in May, will …": a relative clause closed by a comma
    // before a verb describes the content's subject, and the content goes on past it
    if (
      !quoted &&
      !object &&
      !isInfinitive(t, from) &&
      SET_OFF_RELATIVE.has(next.lower) &&
      relativeCloseBeforeVerb(t, i + 2, end) > 0
    )
      continue;
    // "…, Varga told reporters …", "…, she also said …", "…, 12 have said …": another statement opens
    // its own clause after the comma, with a subject and a cue; the content ends before it, and the
    // nested statement is read as one of its own
    if (!quoted && nestedStatement(t, i + 1, end)) return { end: at, continuation: -1 };
    // ", but that …", ", but rather …": the same statement goes on
    if (
      CONTRAST.has(next.lower) &&
      !CONTRAST_GOES_ON.has(t[i + 2]?.lower ?? "") &&
      !asideInNounPhrase(t, i + 1, end) &&
      !butGoesOn(t, i + 1, object) &&
      !notButGoesOn(t, from, i)
    )
      return { end: at, continuation: -1 };
    // ", telling reporters that …": a participle cue goes on with the same source's statement;
    // ", prompting a rush …": a participle the reporter adds ends the content
    if (TRAILING.has(next.lower)) return { end: at, continuation: -1 };
    if (ing && !cue.weak && next.text === next.lower) return { end: at, continuation: i + 1 };
    // `"…," referring to …`, ", who is …": the reporter's own addition
    const participle = (quoted || t[i - 1]?.kind === "quote") && next.text.endsWith("ing") && next.text === next.lower;
    if (ADDITION.has(next.lower) || participle) {
      if (!CONTINUATION.has(next.lower)) return { end: at, continuation: -1 };
    }
    if (CONTINUATION.has(next.lower) || (next.lower === "and" && CONTINUATION.has(t[i + 2]?.lower ?? ""))) {
      return { end: at, continuation: next.lower === "and" ? i + 2 : i + 1 };
    }
    if (next.lower === "according" && t[i + 2]?.lower === "to") return { end: at, continuation: -1 };
    // "said they will not back her, as has the mayor", ", as was the case with …": the reporter's comparison
    if (next.text === "as" && AUXILIARY.has(t[i + 2]?.text ?? "")) return { end: at, continuation: -1 };
    // "said the threat is the levy, and he railed against …": a pronoun the content did not use
    if (!quoted && (pronounClauseEnds(t, from, i) || namedClauseEnds(t, from, i, end)))
      return { end: at, continuation: -1 };
    // "denied the report, which ran on Friday": a relative clause on a noun-phrase content is the reporter's
    if (object && !quoted && OBJECT_RELATIVE.has(next.lower) && verbless(t, from, i))
      return { end: at, continuation: -1 };
    // "said the levy would pass, a step the council had resisted": an apposition after a whole clause
    // is the reporter's comment on it, to the end ("that Ruiz, a former mayor, will run" went on above;
    // "named Ruiz, a rival, as her deputy": an apposition closed by a comma sits inside the content;
    // ", a crew member rescued him": a verb after the noun makes it a subject of a clause of its own;
    // "hired Ana Ruiz, a former aide": an apposition on a name mostly stays with it)
    if (
      !quoted &&
      !object &&
      t[i - 1].text === t[i - 1].lower &&
      OBJECT_APPOSITION.has(next.lower) &&
      !verbless(t, from, i) &&
      !commaIn(t, i + 2, end) &&
      !opensClauseAt(t, i + 1, end)
    )
      return { end: at, continuation: -1 };
    if (
      noun &&
      !quoted &&
      i - from > 1 &&
      (opensAdverbialPhrase(t, i + 1) || opensClauseAfterAnd(t, i + 1, end)) &&
      verbless(t, from, i)
    )
      return { end: at, continuation: -1 };
  }
  return { end, continuation: -1 };
}

const ADVERBIAL_AFTER_PHRASE = new Set([...EN.adverbialOpeners, ...EN.adverbialsAfterPhrase]);
/** Words after "as" that make it no adverbial of the reporter's (", as well as …"). */
const AS_PHRASE = new Set(EN.notAdverbialAfterOpener);
const LISTING = new Set(EN.listingParticiples);

/**
 * At `i`, after a comma, the reporter's adverbial phrase opens: a subordinator or a participle (", even
 * though …", ", reversing …"); not ", including …", which lists what the phrase before it holds.
 */
function opensAdverbialPhrase(t: readonly Token[], i: number): boolean {
  const w = t[i];
  if (w.kind !== "word" || w.text !== w.lower || LISTING.has(w.lower)) return false;
  // ("pointed to the vote, as proof of …": "as" before a noun phrase with no verb names the role of
  // what was said; "as the crowd cheered" opens the reporter's clause)
  if (w.lower === "as" && !verbSoon(t, i + 1)) return false;
  if (ADVERBIAL_AFTER_PHRASE.has(w.lower)) return !AS_PHRASE.has(t[i + 1]?.lower ?? "");
  // ("a kind, loving and loyal friend": an -ing word listed before "and" is one of a noun's adjectives;
  // "accused Ruiz of stalling, delaying, and hiding …": one before a comma is a gerund in a list)
  return isIngForm(w) && !LIST_END.has(t[i + 1]?.lower ?? "");
}

/** Most words after "as" within which a verb makes it open a clause ("as the crowd cheered"). */
const MAX_AS_SUBJECT = 4;

/** A verb or a subject pronoun stands within a few words from `i`: "the crowd cheered", "she left". */
function verbSoon(t: readonly Token[], i: number): boolean {
  for (let k = i; k < t.length && k - i < MAX_AS_SUBJECT; k++) {
    const w = t[k];
    if (w.kind !== "word") return false;
    if (isVerbLike(w) || isSubjectPronoun(w)) return true;
  }
  return false;
}

/** Words after an -ing word that make it one of a list ("kind, loving and loyal", "stalling, delaying, and …"). */
const LIST_END = new Set(["and", "or", ","]);

/** Most words of a contrast set off by commas between a noun's adjectives ("although brief"). */
const MAX_ADJECTIVE_ASIDE = 2;

/**
 * At `i`, after a comma, a contrast of a word or two closes with a comma before the noun it describes:
 * "a vital, though brief, visit" — the noun phrase and its content go on past it.
 */
function asideInNounPhrase(t: readonly Token[], i: number, end: number): boolean {
  if (t[i - 2]?.kind !== "word") return false;
  for (let k = i + 1; k < end && k - i <= MAX_ADJECTIVE_ASIDE + 1; k++) {
    const w = t[k];
    if (w.text === ",") {
      const noun = t[k + 1];
      return (
        k > i + 1 &&
        noun?.kind === "word" &&
        noun.text === noun.lower &&
        !isVerbLike(noun) &&
        !COORDINATOR.has(noun.lower) &&
        !DETERMINER.has(noun.lower) &&
        !isSubjectPronoun(noun)
      );
    }
    if (w.kind !== "word" || isVerbLike(w) || isSubjectPronoun(w) || DETERMINER.has(w.lower)) return false;
  }
  return false;
}

/** Most words of a new clause's subject after ", and" ("and the league's own board has …"). */
const MAX_SUBJECT_AFTER_AND = 8;

/** At `i`, after a comma, "and" or "but" opens a clause with a subject and a verb of its own (", and the town voted …"). */
function opensClauseAfterAnd(t: readonly Token[], i: number, end: number): boolean {
  if (!COORDINATOR.has(t[i].lower) || !opensSubject(t[i + 1])) return false;
  for (let k = i + 2; k < end && k - i <= MAX_SUBJECT_AFTER_AND; k++) {
    if (t[k].kind !== "word") return false;
    if (isVerbLike(t[k])) return true;
  }
  return false;
}

/** After "and" at `i`, a verb, or an adverb and a verb ("and has …", "and even questioned …"). */
function verbAfterAnd(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  if (next === undefined) return false;
  return isVerbLike(next) || (isCueAdverb(next) && t[i + 2] !== undefined && isVerbLike(t[i + 2]));
}

/** Words before "to" that leave an infinitive one ("not to", "never to"). */
const BEFORE_INFINITIVE = new Set(EN.negations);

/** At `i` "and" or "but" opens a verb of the source's after a noun phrase [from, i) ("the charges and sued"). */
function secondVerb(t: readonly Token[], from: number, i: number): boolean {
  // ("the crews but later admitted …": an adverb may stand before the verb)
  if (!verbAfterAnd(t, i) || !verbless(t, from, i)) return false;
  const to = BEFORE_INFINITIVE.has(t[from].lower) ? from + 1 : from;
  return t[to]?.lower !== "to";
}

/** Tokens [from, to) hold no verb, auxiliary or quote: a noun phrase ("the overthrow of the regime"). */
export function verbless(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t[k].kind === "quote" || isVerbLike(t[k])) return false;
  return true;
}

/** Most words of a clause's subject before "and" joins a second name to it ("both she and Ruiz …"). */
const MAX_JOINED_SUBJECT = 4;

/** Tokens [from, to) of a clause (not an object) are only the start of its subject: a few words, no verb. */
function subjectSoFar(t: readonly Token[], from: number, to: number, object: boolean): boolean {
  return !object && to - from <= MAX_JOINED_SUBJECT && verbless(t, from, to);
}

/** The comma at `i` separates thousands in a number ("2,383"): digits touch it on both sides. */
function thousands(t: readonly Token[], i: number): boolean {
  const a = t[i - 1];
  const b = t[i + 1];
  return (
    a !== undefined &&
    b !== undefined &&
    a.end === t[i].start &&
    t[i].end === b.start &&
    /\d$/.test(a.text) &&
    /^\d{3}/.test(b.text)
  );
}

/** Most words of an aside set off by commas after a content's subject ("however messy", "or the HB"). */
const MAX_ASIDE = 4;

/** At `i`, after a comma, a short aside closes with a comma before an auxiliary: "while troublesome, was …". */
function asideBeforeAuxiliary(t: readonly Token[], i: number, end: number): boolean {
  for (let k = i; k < end && k - i <= MAX_ASIDE; k++) {
    const w = t[k];
    if (w.text === ",") return k > i && AUXILIARY.has(t[k + 1]?.lower ?? "") && t[k + 1].text === t[k + 1].lower;
    if (w.kind !== "word" || AUXILIARY.has(w.lower)) return false;
  }
  return false;
}

/**
 * From `i`, after a comma, a short aside of a few words with no verb closes with a comma before a verb
 * ("known as Captain Tom, painted …", "AKA the Captain, wrote …"): that closing comma, or -1.
 */
function asideBeforeVerb(t: readonly Token[], i: number, end: number): number {
  for (let k = i; k < end && k - i <= MAX_ASIDE; k++) {
    const w = t[k];
    if (w.text === ",") {
      const verb = t[k + 1];
      if (k === i || verb?.kind !== "word" || verb.text !== verb.lower || isIngForm(verb)) return -1;
      const cue = cueAt(t, k + 1);
      return isVerbLike(verb) || (cue !== null && !cue.ing && !cue.sourceAfter) ? k : -1;
    }
    if (w.kind !== "word" || AUXILIARY.has(w.lower) || isSubjectPronoun(w)) return -1;
  }
  return -1;
}

/** Most tokens of a relative clause set off by commas inside a content ("which the council passed in May"). */
const MAX_RELATIVE = 16;

/**
 * From `i`, a relative clause closes with a comma and a verb follows it: "…, which opened in May, is …",
 * "…, who is a Democrat, wrote …" (a cue too): that comma, or -1.
 */
function relativeCloseBeforeVerb(t: readonly Token[], i: number, end: number): number {
  for (let k = i; k < end && k - i <= MAX_RELATIVE; k++) {
    if (t[k].text !== ",") continue;
    const w = t[k + 1];
    if (w === undefined || w.kind !== "word" || w.text !== w.lower || isIngForm(w)) return -1;
    return AUXILIARY.has(w.lower) || isVerbLike(w) || cueAt(t, k + 1) !== null ? k : -1;
  }
  return -1;
}

/** Most words of a noun phrase that a verb follows when it is a clause's subject ("a crew member rescued"). */
const MAX_APPOSITION_SUBJECT = 4;

/**
 * At `i` a noun phrase is a new clause's subject: a verb follows it before a relative opens ("a boss
 * invited her"; not "a move that the court upheld", "a change the crews opposed").
 */
function opensClauseAt(t: readonly Token[], i: number, end: number): boolean {
  for (let k = i + 1; k < end && k - i <= MAX_APPOSITION_SUBJECT; k++) {
    const w = t[k];
    if (w.kind !== "word" || RELATIVE_PRONOUNS.includes(w.lower) || DETERMINER.has(w.lower) || isSubjectPronoun(w))
      return false;
    if (isVerbLike(w)) return true;
  }
  return false;
}

/** Words after a participle that open its object or complement: "vowing to", "calling her", "saying that". */
const AFTER_PARTICIPLE = new Set([
  ...DETERMINERS,
  ...OBJECT_PRONOUNS,
  ...PHRASE_PREPOSITIONS,
  ...EN.complementizers,
  "how",
]);

/**
 * At `i` a lower-case participle opens a verb phrase with its object ("vowing to fight", "tweeting a
 * photo", "calling Ruiz"); not a participle before a noun in a list ("and rising costs", "heating oil").
 */
function opensParticiple(t: readonly Token[], i: number): boolean {
  const w = t[i];
  const next = t[i + 1];
  if (w?.kind !== "word" || w.text !== w.lower || !isIngForm(w)) return false;
  if (next === undefined) return false;
  return (
    next.kind === "quote" ||
    isCapitalised(next) ||
    AFTER_PARTICIPLE.has(next.lower) ||
    Object.hasOwn(POSSESSIVE_PRONOUNS, next.lower) ||
    isSubjectPronoun(next)
  );
}

/** Tokens [from, to) hold a comma. */
function commaIn(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (t[k].text === ",") return true;
  return false;
}

/** Most words of a content's subject that an aside after it still describes ("she and her sister"). */
const MAX_SUBJECT = 6;
const RELATIVE_ON_SUBJECT = new Set(["who", "whose"]);

/**
 * Tokens [from, at) after "that" and before a comma hold only a short subject and no verb ("said that
 * Gov. Ana Ruiz, who must decide, has …", "that the levy, however small, …"): the aside describes that
 * subject and the content goes on.
 */
function onlySubject(t: readonly Token[], from: number, at: number, object: boolean): boolean {
  if (object || at <= from) return false;
  let words = 0;
  for (let k = from; k < at; k++) {
    const w = t[k];
    // "Gov.", "O'Neil": the marks inside a name
    if (w.kind !== "word") {
      if (w.text !== "." && w.text !== "'" && w.text !== "’" && w.text !== "-") return false;
      continue;
    }
    if (isVerbLike(w) || ++words > MAX_SUBJECT) return false;
  }
  return words > 0;
}

/** The token at `k` is a percent sign after a count (", 32% say …"): it goes with the subject. */
function percentAfterCount(t: readonly Token[], k: number): boolean {
  return t[k].text === "%" && /^\d/.test(t[k - 1]?.text ?? "");
}

/** A clause with its own subject and reporting verb starts at `from`: "three-quarters said …". */
function newStatement(t: readonly Token[], from: number, end: number): boolean {
  // "and never called a donor", "and that she expects …": no subject opens a clause of its own
  if (!opensSubject(t[from])) return false;
  for (let k = from + 1; k < end && k - from <= MAX_NEW_SUBJECT; k++) {
    const w = t[k];
    if (percentAfterCount(t, k)) continue;
    if (w.kind !== "word") return false;
    const cue = cueAt(t, k);
    // "the recount process": a cue form after a determiner is a noun
    if (cue) return !cue.ing && !cue.sourceAfter && !cue.weak && !modifiesNext(t[k - 1]);
    // "and others have long said": an auxiliary or an adverb between the subject and its cue
    if (AUXILIARY.has(w.lower) || isCueAdverb(w)) continue;
    // "and look into the recount", "and patrols in the region and said", "and delegates who had
    // pledged": a verb, a second coordinator or a relative before the cue, so no subject of its own
    if (isVerbLike(w) || COORDINATOR.has(w.lower) || COMPLEMENTIZER.has(w.lower) || NOT_SUBJECT.has(w.lower))
      return false;
  }
  return false;
}

/**
 * Another statement opens its own clause at `from`, after a comma: a subject that opens as one does (a
 * name, a determiner, a pronoun, a number), then maybe auxiliaries and adverbs, then its cue ("Varga told
 * reporters …", "she also said …", "12 have said …"); not "including a provision they say …" (a relative
 * clause in a phrase), "they should change the rules rather than criticize …" (a verb after the
 * auxiliary) nor "when questioned …" (no subject).
 */
function nestedStatement(t: readonly Token[], from: number, end: number): boolean {
  const first = t[from];
  if (!opensSubject(first)) return false;
  const pronoun = isSubjectPronoun(first);
  const lower = first.lower;
  const opens = isCapitalised(first) || DETERMINER.has(lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, lower);
  if (!opens && !pronoun && !/^\d/.test(first.text)) return false;
  let verbal = false;
  for (let k = from + 1; k < end && k - from <= MAX_NEW_SUBJECT; k++) {
    const w = t[k];
    if (percentAfterCount(t, k)) continue;
    if (w.kind !== "word") return false;
    const cue = cueAt(t, k);
    // (", he said, the pier …", ", Ruiz said.": an attribution set off by commas reports the content
    // around it, it opens no statement of its own)
    if (cue) return !cue.ing && !cue.sourceAfter && !cue.weak && !modifiesNext(t[k - 1]) && t[cue.to]?.kind !== "punct";
    if (AUXILIARY.has(w.lower) || isCueAdverb(w)) {
      verbal = true;
      continue;
    }
    // a pronoun is the whole subject; a pronoun inside the phrase opens a relative clause
    if (verbal || pronoun || isSubjectPronoun(w) || isVerbLike(w) || !opensSubject(w) || COORDINATOR.has(w.lower))
      return false;
  }
  return false;
}

/** A word that may open the subject of a new clause: a name, a number, a determiner, a pronoun or a noun. */
function opensSubject(w: Token | undefined): boolean {
  if (w?.kind !== "word" || COMPLEMENTIZER.has(w.lower) || isVerbLike(w) || isCueAdverb(w)) return false;
  return !NOT_SUBJECT.has(w.lower);
}

/** Fewest words of a bracketed aside the reporter adds to a content ("(a claim the council denies)"). */
const MIN_ASIDE_WORDS = 4;

/** Words in tokens [from, to), those of quotes included. */
function wordCount(t: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    if (t[k].kind === "word") n++;
    else if (t[k].kind === "quote") n += t[k].text.split(/\s+/).filter(Boolean).length;
  }
  return n;
}

/**
 * The content [from, to) less the asides in brackets that the reporter adds to it ("the levy (which
 * the council passed in May) would hurt"), as ranges; a short bracket stays ("Sen. Ruiz (D-Ohio)").
 */
export function withoutAsides(t: readonly Token[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    if (t[k].text !== "(") continue;
    let close = k + 1;
    while (close < to && t[close].text !== ")" && t[close].text !== "(") close++;
    if (close >= to || t[close].text !== ")") continue;
    if (wordCount(t, k + 1, close) >= MIN_ASIDE_WORDS) {
      out.push([start, k]);
      start = close + 1;
    }
    k = close;
  }
  out.push([start, to]);
  return out;
}

/** Drops punctuation at the content's edges (a quote token stays: it is part of the words). */
export function trimEdges(t: readonly Token[], from: number, to: number): [number, number] {
  while (from < to && t[from].kind === "punct" && !/^[([]$/.test(t[from].text)) from++;
  while (to > from && t[to - 1].kind === "punct" && !/^[)\]]$/.test(t[to - 1].text)) to--;
  return [from, to];
}

/** Most auxiliaries, negations and adverbs between "but" and the verb it coordinates ("but would not have"). */
const MAX_BUT_AUXILIARIES = 3;

/**
 * At `i` (after a comma) "but" goes on with a verb phrase of the clause content's own subject ("said she
 * liked the plan, but found the fares too high"); not before a cue or a refusal, which the source's next
 * statement opens ("but declined to say", "but would not say when"), nor on an object content.
 */
function butGoesOn(t: readonly Token[], i: number, object: boolean): boolean {
  if (object || t[i].lower !== "but" || t[i + 1] === undefined || !isVerbLike(t[i + 1])) return false;
  let k = i + 1;
  while (
    k - i <= MAX_BUT_AUXILIARIES &&
    t[k + 1] !== undefined &&
    (AUXILIARY.has(t[k].lower) || NEGATION.has(t[k].lower) || isCueAdverb(t[k]))
  )
    k++;
  return cueAt(t, k) === null && !REFUSAL.has(t[k].lower);
}

/**
 * "said the plan was not opposed by the mayor, but by the council", "not a few stars, but the moon": after
 * a negation in the content, ", but" sets the right part against it and the content goes on; a pronoun
 * after "but" opens a clause of the reporter's (", but she expected …").
 */
function notButGoesOn(t: readonly Token[], from: number, i: number): boolean {
  if (t[i + 1]?.lower !== "but" || t[i + 2] === undefined) return false;
  const after = t[i + 2];
  if (after.kind !== "word" || isSubjectPronoun(after)) return false;
  for (let k = from; k < i; k++) if (NEGATION.has(t[k].lower) || t[k].lower.endsWith("n't")) return true;
  return false;
}
