// Reported statements in one paragraph: per sentence, the first cue that reports speech, its source
// (found by the quote attribution rules) and the content it reports, as token ranges. The shapes:
//   cue first     X said (that) …  /  X told reporters …  /  X said in a statement on Friday that …
//   content first …, X said.  /  …, said X, a spokesman.  /  The plan, X said, is dead.
//   according     According to X, …  /  …, according to X.
//   continuation  …, adding that …  (the same source goes on with a second statement)
// A statement whose content is only a quote is a quote, not reported speech.
import { REPORTING } from "../../lexicon/reporting.js";
import {
  AUXILIARIES,
  CLAUSELESS_PREPOSITIONS,
  DETERMINERS,
  DISCOURSE_WORDS,
  NOUN_PREPOSITIONS,
  PHRASE_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  RELATIVE_PRONOUNS,
} from "../../lexicon/speaker-words.js";
import { type AskedBy, askedBy } from "../quotes/asked-by.js";
import { type Attribution, mainSubject } from "../quotes/attribution.js";
import { cueSource } from "../quotes/cue-source.js";
import { type Cue, cueAt, cueLemma, plainCue } from "../quotes/cues.js";
import { isIngForm, isSubjectPronoun, isTime, isVerbLike } from "../quotes/noun-phrase.js";
import { type Paragraph, sentenceOf } from "../quotes/paragraph.js";
import { attributeAccording } from "../quotes/rule-according.js";
import { attributionAfterComma } from "../quotes/rule-after.js";
import { opensClause } from "../quotes/source-phrase.js";
import { isCapitalised, quoteEndsWithComma, type Token } from "../quotes/tokens.js";
import { goesOnAfterQuote, quoteBeforeSource } from "./after-quote.js";
import { closesSubjectApposition } from "./apposed-subject.js";
import { appositionObject } from "./apposition-object.js";
import { asideCue, asStatement } from "./as-source.js";
import { questionAt, unnamedQuestion } from "./asked-when.js";
import { opensBareClause } from "./bare-clause.js";
import {
  contentEnd,
  contentStart,
  cueTail,
  isInfinitive,
  trimEdges,
  verbless,
  withoutAsides,
  withParticle,
} from "./content.js";
import { coordinatedSubject, coordinatorBefore } from "./coordinated.js";
import { isCueAdverb } from "./cue-adverb.js";
import { hearsayClause, isHearsayAdverb } from "./hearsay.js";
import { describedSource, lateSource } from "./late-source.js";
import { madeStatement } from "./made-statement.js";
import { mostlyQuoted } from "./mostly-quoted.js";
import { opensUnsaidQuestion } from "./negated-question.js";
import { nestedEnd } from "./nested-end.js";
import {
  introducedQuote,
  onlyIntroducesBlock,
  onlyIntroducesQuote,
  onlyLead,
  onlyOpeningPhrase,
  onlySetting,
  onlySubjectPronoun,
  onlyTimeOrPlace,
  opensOnCue,
  quotedSentence,
} from "./not-content.js";
import { modifiesNoun } from "./noun-participle.js";
import { subjectAfterObject } from "./object-before-subject.js";
import { openingParticiple } from "./opening-participle.js";
import { otherSense } from "./other-senses.js";
import { ownedClaim } from "./owned-claim.js";
import { passiveWithoutAgent } from "./passive.js";
import { passiveAgent } from "./passive-agent.js";
import { unnamedPassive } from "./passive-subject.js";
import { proFormEnd } from "./pro-form.js";
import { receivedSpeech } from "./received-criticism.js";
import { gapObject, OBJECT_RELATIVE, opensWithObject } from "./relative-object.js";
import { noClauseAfter } from "./relative-tail.js";
import { shareSubject } from "./share-subject.js";
import { subjectBeforeModifier } from "./subject-aside.js";
import { mainClauseAt, openedBySubordinator } from "./subordinate-sentence.js";
import { beforeWebAddress } from "./web-address.js";

export interface Statement {
  attribution: Attribution;
  /** Token ranges [from, to) of the content, in order. */
  pieces: [number, number][];
}

const NOT_SPEECH = new Set(REPORTING.en.notSpeech);
const DETERMINER = new Set(DETERMINERS);
const RELATIVE = new Set([...RELATIVE_PRONOUNS, "where", "when"]);
/** Words after "The plan, Ruiz said," that tell more about the source, not the content: "who", "where". */
const ABOUT_SOURCE = new Set([...RELATIVE_PRONOUNS, "where"]);
const LIST_COORDINATOR = new Set(REPORTING.en.listCoordinators);
/** Auxiliaries after "and" that open a verb of the same subject ("endorsed and has campaigned"). */
const AUXILIARY = new Set(AUXILIARIES);
/** Words that join the reporter's own clause to an attribution (", Ruiz said, and she left"). */
const REPORTER_COORDINATOR = new Set(["and", "but", "or", "nor", "yet", "then"]);
/** Dashes that set off the reporter's apposition after a final cue ("…, X said -- a sign that …"). */
const DASH_AFTER_CUE = new Set(["—", "–"]);
const SUBORDINATOR = new Set(REPORTING.en.subordinators);
const NOT_CONTENT_OPENER = new Set(REPORTING.en.adverbialOpeners);
const AS_PHRASE = new Set(REPORTING.en.notAdverbialAfterOpener);
const NOT_CONTENT_PREPOSITION = new Set(REPORTING.en.placePrepositions);
const ADDRESSEE_PREPOSITION = new Set(REPORTING.en.addresseePrepositions);
const LISTENER_LEMMA = new Set(REPORTING.en.listenerLemmas);
const INTRANSITIVE = new Set(REPORTING.en.intransitiveLemmas);
const PREPOSITION = new Set([...PHRASE_PREPOSITIONS, ...NOUN_PREPOSITIONS, "by"]);
const DISCOURSE = new Set(DISCOURSE_WORDS);
const OPENING_PREPOSITION = new Set([...PHRASE_PREPOSITIONS, "after", "before", "during", "since", "by"]);
const CLAUSELESS_PREPOSITION = new Set(CLAUSELESS_PREPOSITIONS);
/** Most words of an opening phrase before a mid-sentence "according to" ("In the first quarter,"). */
const MAX_OPENING_PHRASE = 6;
const PASSIVE_BE = new Set(["is", "was", "has", "had"]);
/** "It" with "has" or "is" run into it, before "been" ("it's been reported"). */
const IT_HAS = new Set(["it's", "it’s"]);
const COMPLEMENTIZER = new Set(REPORTING.en.complementizers);
const CLAUSE_ONLY = new Set(REPORTING.en.clauseOnlyCues);
const TOPIC = REPORTING.en.topicCues;
const ACT_OBJECTS = REPORTING.en.actObjects;
/** Most words before a noun that names the cue's act ("a tough question"). */
const MAX_ACT_MODIFIERS = 2;
/** Words before such a noun: "a", "any", "tough" … */
const MODIFIER = new Set([...DETERMINERS, "any", "some", "several", "few", "more", "many", "tough", "hard", "pointed"]);
const CLAUSAL = new Set(REPORTING.en.clausalLemmas);
const CONSENT = new Set(REPORTING.en.consentLemmas);
const NAMING = new Set(REPORTING.en.namingParticiples);
const PARTICLES = REPORTING.en.cueParticles;
/** Words that open the noun a participle names: "a", "an", "another" ("and another called …"). */
const ARTICLE = new Set(["a", "an", "another"]);
/** Words that open a clause, not a noun, before a naming participle: "what Ruiz called …", "who …". */
const NOUN_CLAUSE_OPENER = new Set([...RELATIVE, "what"]);
/** Most words of a noun named by a participle after its article ("a new consulting firm called"). */
const MAX_NAMED_NOUN = 6;
const TOPIC_LEAD = new Set(["to", "with", "out"]);
const LISTENER_TOPIC = new Set(REPORTING.en.topicsAfterListener);
/** A quote that closes its own sentence or clause: "Stop!", "We will see,". */
const CLOSED_UTTERANCE = /[.!?,…]['’"”]?\s*$/;
const PASSIVE_ASKED = new Set(["was", "were", "is", "been", "being"]);
const PASSIVE_OPENERS = REPORTING.en.passiveContentOpeners;
/** Most tokens of an opening "according to" phrase past its source's head ("… of voters in Ohio,"). */
const MAX_ACCORDING_TAIL = 25;
/** Most tokens between a cue and the preposition of its topic ("spoke to the crews about …"). */
const MAX_LISTENER_BEFORE_TOPIC = 8;
/** Most tokens between a comma and the cue of a source that follows its content ("…, X, 58, said"). */
const MAX_SOURCE_CHUNK = 8;
/** Words after a passive's agent that open what it said or did ("asked by Ruiz whether …"). */
const AFTER_AGENT = new Set(["to", "whether", "if", "about", "as", "for", "of", "that", "on", "over"]);
/** Most tokens inside a parenthetical after a source's name ("(R-S.C.)"). */
const MAX_PARENTHETICAL = 10;
/** Most tokens before a content's end searched for its verb when a fallback reads its source. */
const MAX_CLAUSE_LOOK = 40;
/** Most tokens of a prepositional phrase after a final cue ("…, X said after meeting aides on Friday"). */
const MAX_TRAILING_PHRASE = 10;
/**
 * Most tokens of a statement's content. Wire sentences report far less (the longest content read from the
 * training stories has about 110 words); a sentence of statements run together with commas ("…, said X, a
 * guide who …, …, said X, …" thousands of times) would otherwise give each statement all the text before or
 * after its cue, and the story as many copies of the paragraph as it has cues.
 */
const MAX_CONTENT = 300;

/** "a website called Harbour Watch", "another called …", "the so-called levy": a naming participle after a noun, not a cue. */
function names(t: readonly Token[], i: number): boolean {
  const before = t[i - 1];
  if (!NAMING.has(t[i].lower) || before?.kind !== "word") return false;
  if (before.lower === "so") return true;
  // "a group of rabbis called for a boycott": the cue's own particle follows, no name
  const lemma = cueLemma(t[i].lower);
  const particles = lemma !== undefined && Object.hasOwn(PARTICLES, lemma) ? PARTICLES[lemma] : undefined;
  if (particles?.includes(t[i + 1]?.lower ?? "")) return false;
  if (isVerbLike(before) || /ly$/.test(before.lower)) return false;
  // a capitalised noun names the group only after a lowercase modifier ("a super PAC called …"), not as the
  // object of a preposition, the end of a name or the noun itself ("a spokesman for Ruiz called …", "a Democrat called …")
  const capitalised = before.text !== before.lower;
  if (capitalised) {
    const modifier = t[i - 2];
    if (modifier?.kind !== "word" || modifier.text !== modifier.lower) return false;
    if (PREPOSITION.has(modifier.lower) || ARTICLE.has(modifier.lower)) return false;
  }
  // the noun's article a few words back: "a consulting firm called …"
  for (let k = i - 1; k >= 0 && i - k <= MAX_NAMED_NOUN; k--) {
    if (t[k].kind !== "word") return false;
    if (ARTICLE.has(t[k].lower)) return true;
    // before a capitalised word, an auxiliary or a relative ends the noun: "a third would be what Ruiz called …"
    if (capitalised && (AUXILIARY.has(t[k].lower) || NOUN_CLAUSE_OPENER.has(t[k].lower))) return false;
  }
  return false;
}

/** "spoke (to the crews) about the tolls": the token after the topic's preposition, or -1. */
function topicAt(t: readonly Token[], from: number, end: number, words: readonly string[]): number {
  if (words.includes(t[from]?.lower ?? "")) return from + 1;
  // only a listener or a particle may stand between: "to the crews", "with reporters", "out"
  if (!TOPIC_LEAD.has(t[from]?.lower ?? "")) return -1;
  for (let k = from + 1; k < end && k - from <= MAX_LISTENER_BEFORE_TOPIC; k++) {
    if (t[k].kind !== "word" || isVerbLike(t[k])) return -1;
    // past a listener, "of" belongs to its noun ("to a gathering of donors"): only "about" opens a topic
    if (words.includes(t[k].lower) && LISTENER_TOPIC.has(t[k].lower)) return k + 1;
  }
  return -1;
}

/** The content at `from` follows a "that", a colon or a comma. */
function introduced(t: readonly Token[], from: number): boolean {
  const before = t[from - 1];
  return before !== undefined && (COMPLEMENTIZER.has(before.lower) || before.text === ":" || before.text === ",");
}

/** A cue that reports speech or writing, not thought or gesture. */
function speaks(cue: Cue, t: readonly Token[]): boolean {
  if (cue.weak) return false;
  const lemma = cueLemma(t[cue.from].lower);
  return lemma === undefined || !NOT_SPEECH.has(lemma);
}

/** `skip`: characters at the paragraph's start that are no sentence's words (the dateline). */
export function statementsIn(p: Paragraph, skip = 0): Statement[] {
  const out: Statement[] = [];
  for (let s = 0; s + 1 < p.sentenceStarts.length; s++) {
    let start = p.sentenceStarts[s];
    const end = p.sentenceStarts[s + 1];
    while (start < end && p.tokens[start].start < skip) start++;
    inSentence(p, start, end, out);
  }
  return out;
}

function inSentence(p: Paragraph, start: number, end: number, out: Statement[]): void {
  const t = p.tokens;
  // the content of a statement is searched once for statements nested in it ("Ruiz said Varga told
  // her …"): `inside` is where that content ends, `used` the cues already read
  let inside = -1;
  const used = new Set<number>();
  for (let i = start; i < end; i++) {
    if (t[i].kind !== "word" || used.has(i)) continue;
    if ((t[i].lower === "it" || IT_HAS.has(t[i].lower)) && i + 3 < end) {
      const next = impersonal(p, i, end, out);
      if (next >= 0) {
        i = next - 1;
        continue;
      }
    }
    if (t[i].lower === "as") {
      // "As the Gazette reported, …" / "…, as Ruiz noted."
      const leading = leadsSentence(t, start, i);
      const as = asStatement(t, start, i, end, leading);
      if (as) {
        push(
          p,
          { paragraph: p.index, from: as.source[0], to: as.source[1], cue: as.cue, rule: "clause" },
          [as.content],
          out,
        );
        i = (leading ? as.content[1] : end) - 1;
        continue;
      }
      // "The ad - as Ruiz noted in her column - promises …": the aside's cue reports nothing after it
      if (!leading) {
        const aside = asideCue(t, start, i, end);
        if (aside >= 0) used.add(aside);
      }
    }
    if (t[i].lower === "as" && leadsSentence(t, start, i)) {
      const next = asReportedBy(p, i, end, out);
      if (next >= 0) {
        i = next - 1;
        continue;
      }
    }
    if (i > start && PASSIVE_ASKED.has(t[i - 1].lower) && Object.hasOwn(PASSIVE_OPENERS, t[i].lower)) {
      const next = passiveAsked(p, start, i, end, out);
      if (next >= 0) {
        i = next - 1;
        continue;
      }
    }
    // "her claim that the pier was safe": a speech noun with its owner and a that-clause
    const claim = ownedClaim(t, start, i, end);
    if (claim) {
      const { cue, owner, content } = claim;
      push(p, { paragraph: p.index, from: owner[0], to: owner[1], cue, rule: "clause" }, [content], out);
      // the clause is read once: "her claim that … her claim that …" stays linear
      i = Math.max(i, content[1] - 1);
      continue;
    }
    // "…, Ruiz said when asked about the tolls": a question whose asker is not named
    const question = unnamedQuestion(t, start, i, end);
    if (question) {
      const { cue: asked, from, to, asker } = question;
      const [a, b] = asker ?? [i, i];
      push(
        p,
        { paragraph: p.index, from: a, to: b, cue: asked, rule: asker ? "clause" : "subject" },
        [[from, to]],
        out,
      );
      i = to - 1;
      continue;
    }
    // "The meeting was first reported by the Gazette": the agent is the source, the subject the content
    const passive = i < inside || t[i + 1]?.lower !== "by" ? null : passiveAgent(t, start, i, end);
    if (passive) {
      const { cue, source, content } = passive;
      push(p, { paragraph: p.index, from: source[0], to: source[1], cue, rule: "after" }, [content], out);
      i = source[1] - 1;
      continue;
    }
    // "The plan has drawn criticism from the unions": the subject is what was spoken of
    const received = i < inside ? null : receivedSpeech(t, start, i, end);
    if (received) {
      const { cue, source, pieces } = received;
      const [from, to] = source ?? [i, i];
      push(p, { paragraph: p.index, from, to, cue, rule: source ? "after" : "subject" }, pieces, out);
      i = Math.max(i, pieces[pieces.length - 1][1] - 1, to - 1);
      continue;
    }
    // "Ruiz made several statements about the levy": the topic of the speech the subject made
    const made = i < inside ? null : madeStatement(t, start, i, end);
    if (made) {
      const { cue, source, content } = made;
      push(p, { paragraph: p.index, from: source[0], to: source[1], cue, rule: "subject" }, [content], out);
      i = Math.max(i, content[1] - 1);
      continue;
    }
    // "The levy was announced on Friday": with no agent, the speaker goes unnamed
    const unnamed = i < inside || t[i + 1]?.lower === "by" ? null : unnamedPassive(t, start, i, end);
    if (unnamed) {
      const { cue, pieces } = unnamed;
      push(p, { paragraph: p.index, from: i, to: i, cue, rule: "subject" }, pieces, out);
      i = Math.max(i, pieces[pieces.length - 1][1] - 1);
      continue;
    }
    // "The firm has reportedly hired a lobbyist": the clause without its adverb, from an unnamed source
    const hearsay = i < inside || !isHearsayAdverb(t[i]) ? null : hearsayClause(t, start, i, end);
    if (hearsay) {
      push(p, { paragraph: p.index, from: i, to: i, cue: hearsay.cue, rule: "subject" }, hearsay.pieces, out);
      i = hearsay.pieces[hearsay.pieces.length - 1][1] - 1;
      continue;
    }
    const cue = cueAt(t, i);
    if (!cue || !speaks(cue, t) || modifiesNoun(t, i) || names(t, i) || otherSense(t, i)) continue;
    // each rule returns the token after the statement it found, or -1
    let next = -1;
    if (t[i].lower === "asked" && (i === start || (i === start + 1 && t[start].lower === "when")))
      next = unaskedBy(p, i, end, cue, out);
    if (next >= 0) {
      // "Asked whether …, most voters said yes": the answer's clause starts after the question, which is
      // no content of its own
      start = next;
      i = next - 1;
      continue;
    }
    const nested = i < inside;
    // inside a statement, only a statement of its own: not "it was absurd to blame the crew"
    if (nested && t[i - 1]?.lower === "to") continue;
    // "After saying the pier was unsafe, Ruiz closed it": the main subject said it
    const opening = nested ? null : openingParticiple(p, start, cue, end);
    if (opening) {
      const [from, to] = opening.source;
      push(p, { paragraph: p.index, from, to, cue, rule: "subject" }, [opening.content], out);
      i = opening.content[1];
      continue;
    }
    if (cue.sourceAfter) next = nested ? -1 : according(p, start, end, i, out);
    else if (!nested) next = contentFirst(p, start, end, cue, out);
    if (next < 0 && !cue.sourceAfter && !(cue.ing && i === start)) {
      // not "Speaking to reporters, …"
      const share = cue.ing ? null : shareSubject(t, start, i);
      let att = share
        ? { paragraph: p.index, from: share[0], to: share[1], cue, rule: "clause" as const }
        : cueSource(p, start, cue, end - 1);
      if (!share && (!att || !plausibleSource(t, att)))
        att = asideSource(p, start, cue) ?? thenSource(p, start, cue) ?? coordinatedSource(p, start, cue) ?? att;
      // ("…, and said …": a subject read after the cue is no source of a coordinated cue)
      else if (!share && att && att.from >= cue.from) att = coordinatedSource(p, start, cue) ?? att;
      // ("something the minister denied": the pronoun is the cue's object, not the source's first word)
      if (att && opensWithObject(t, att.from, att.to)) att = { ...att, from: att.from + 1 };
      // ("outrageous things the candidate had said": a noun phrase before the subject is the cue's object)
      else if (att && att.to <= cue.from) {
        const subject = subjectAfterObject(t, att.from, att.to, cue.from);
        if (subject > att.from) att = { ...att, from: subject };
      }
      const found = out.length;
      if (att && att.from < cue.from) next = cueFirst(p, att, end, out, false, start);
      if (next >= 0 && !nested) {
        for (let k = found; k < out.length; k++) used.add((out[k].attribution.cue as Cue).from);
        inside = next;
        next = -1;
      }
    }
    if (next >= 0) i = Math.max(i, next - 1);
  }
}

/** "Tom Varga, director of X, said": the subject before an aside the noun-phrase reader stops at. */
function asideSource(p: Paragraph, start: number, cue: Cue): Attribution | null {
  const span = subjectBeforeModifier(p.tokens, start, cue);
  return span ? { paragraph: p.index, from: span[0], to: span[1], cue, rule: "subject" } : null;
}

/** "Ruiz paused, then said …": a cue after ", then" shares the subject of the verb before it. */
function thenSource(p: Paragraph, start: number, cue: Cue): Attribution | null {
  const t = p.tokens;
  if (cue.ing || t[cue.from - 1]?.lower !== "then" || t[cue.from - 2]?.text !== ",") return null;
  const subject = mainSubject(p, start, cue.from - 2, cue);
  // the subject's own verb stands between it and the comma: "Ruiz paused", not "Ruiz, then …"
  return subject && subject.to < cue.from - 2 ? subject : null;
}

/** "Ruiz declined to name them but said …": a coordinated cue shares its clause's subject. */
function coordinatedSource(p: Paragraph, start: number, cue: Cue): Attribution | null {
  const span = coordinatedSubject(p.tokens, start, cue);
  return span ? { paragraph: p.index, from: span[0], to: span[1], cue, rule: "subject" } : null;
}

/**
 * X said (that) … : the content runs from after the cue to the end of the sentence or its clause.
 * `clauseFrom`: where the source's clause starts (past an opening question: `Asked whether "…," voters said`).
 */
function cueFirst(
  p: Paragraph,
  att: Attribution,
  end: number,
  out: Statement[],
  continued = false,
  clauseFrom = 0,
): number {
  const t = p.tokens;
  const before = t[att.from - 1];
  // `"…" he said on Sunday`: the attribution of the quote before it (`"…," he said, adding that …` goes on)
  // (`"…" Ruiz added, but said …`: a cue coordinated with the source's own verb is no quote's cue)
  const coordinated = coordinatorBefore(t, att.to, att.cue as Cue) > att.to;
  // (`"…," the head of the harbour and ferry agency told …`: past the rest of the source's noun phrase)
  const quote = quoteBeforeSource(t, att.from, clauseFrom);
  if (!continued && !coordinated && quote >= 0) {
    if (!goesOnAfterQuote(p, att, quote, end)) return -1;
  }
  let clause = before !== undefined && SUBORDINATOR.has(before.lower);
  const subordinate = clause && before.lower !== "as";
  // "X, who said …, did" / "voters who said …": a relative clause's statement ends at its first comma,
  // and so does one whose source follows the relative ("the vote, which she has said was a mistake, was …")
  const relativeSource = att.to - att.from === 1 && RELATIVE.has(t[att.from].lower);
  if (relativeSource) clause = true;
  if (before !== undefined && OBJECT_RELATIVE.has(before.lower)) clause = true;
  // "So while he and his staff go out of their way to assure …, the campaign …": a subordinator that opens
  // the sentence, with no comma before the source, makes the statement's clause a subordinate one, which
  // ends before the main clause
  const subordinateSentence = !clause && !continued && openedBySubordinator(t, clauseFrom, att.from);
  if (!plausibleSource(t, att)) return -1;
  // "In a video posted to her account, …": a preposition's object with a participle after it, no clause
  if (opensWithPreposition(p, att)) return -1;
  // "Ruiz was declared the winner": a passive's subject is no source
  if (passiveWithoutAgent(t, att.cue as Cue)) return -1;
  // "a protest on Monday demanding …": a time is no source
  let timeOnly = true;
  for (let k = att.from; k < att.to; k++) if (!isTime(t[k])) timeOnly = false;
  if (timeOnly) return -1;
  // the statement, then each one that goes on with it (", adding that …", "and said …")
  let current = att;
  let found = -1;
  for (;;) {
    let lemma = cueLemma(t[(current.cue as Cue).from].lower);
    let cue = withParticle(t, current.cue as Cue, lemma);
    current = { ...current, cue };
    let from = contentStart(t, cue, lemma, end);
    // "argued that, while the tax …, workers …": an aside set off after "that" opens the content
    const aside = t[from]?.text === "," && COMPLEMENTIZER.has(t[from - 1]?.lower ?? "") && t[from + 1]?.kind === "word";
    if (aside) from++;
    // "spoke for an hour", "spoke on condition of anonymity": only a topic is what such a cue reports
    // ("spoke of …" took its preposition already)
    const topic = lemma !== undefined && Object.hasOwn(TOPIC, lemma) ? TOPIC[lemma] : null;
    // ("Until Ruiz spoke, the talks …": a comma after such a cue ends its clause, it opens no content)
    const opened = introduced(t, from) && t[from - 1].text !== ",";
    if (topic && !opened && !topic.includes(t[cue.to - 1].lower)) {
      const at = topicAt(t, from, end, topic);
      if (at < 0) return found;
      from = at;
    }
    // ", adding the town must be ready": a participle after a comma reports a clause without "that"
    const bare = cue.ing && t[cue.from - 1]?.text === "," && opensBareClause(t, from, end);
    // "Talks are continuing, he said.": the comma opens the attribution of the sentence, not a content
    const clauseOnly = CLAUSE_ONLY.has(lemma ?? cue.text.toLowerCase());
    if (clauseOnly && t[from - 1]?.text === "," && closingAttribution(t, from, end)) return found;
    if (clauseOnly && !introduced(t, from) && !bare) {
      // "continued to insist that …": the speech verb after "to" is the cue; "continues to grow" is none
      const inner = t[from]?.lower === "to" && from + 1 < end ? cueAt(t, from + 1) : null;
      // ("continues to maintain a lead": the inner cue in another sense reports nothing either)
      if (!inner || !speaks(inner, t) || inner.ing || inner.sourceAfter || otherSense(t, from + 1)) return found;
      cue = inner;
      lemma = cueLemma(t[cue.from].lower);
      from = contentStart(t, cue, lemma, end);
      current = { ...current, cue };
    }
    // "lurid jokes and groping", "calls and emails": a cue right before "and" and a word that is no
    // verb is a noun in a list, it reports nothing
    if (from === cue.to && LIST_COORDINATOR.has(t[from]?.lower ?? "") && t[from + 1]?.kind === "word") {
      const next = t[from + 1];
      if (!isVerbLike(next) && !AUXILIARY.has(next.lower) && cueAt(t, from + 1) === null) return found;
    }
    // "Until Ruiz spoke, the talks stalled": the comma closes the subordinate clause, what follows is
    // the reporter's ("As Ruiz said, the pier is safe" reports it)
    if (subordinate && from === cue.to + 1 && t[cue.to].text === ",") return found;
    // "the tax, which Ruiz proposed in May, …", "something she has denied and …": the pronoun before the
    // source is the cue's object, what was said, so a phrase or a conjunction right after the cue is none
    const gap = gapObject(t, att.from - 1, from, end);
    if (gap && gap[1] > gap[0]) {
      push(p, current, [gap], out);
      return Math.max(found, cue.to);
    }
    if (gap) return found;
    // "spoke at a memorial", "wrote to the council": a place or an addressee is not what was said
    if (lemma && INTRANSITIVE.has(lemma) && from < end && NOT_CONTENT_PREPOSITION.has(t[from].lower)) return found;
    // "agreed to a truce": "to" before a noun phrase names what was accepted, nothing was said
    if (lemma && CONSENT.has(lemma) && t[from]?.lower === "to" && !isInfinitive(t, from)) return found;
    // "chanted as police diverted cars": an adverbial clause is not what was said ("as far as …" is)
    // ("argued that although …" is: the complementizer opened the content)
    const opener =
      from < end && NOT_CONTENT_OPENER.has(t[from].lower) && !COMPLEMENTIZER.has(t[from - 1].lower) && !aside;
    // ("would not say when the pier reopens": a denied cue's "when" asks what went unsaid)
    if (opener && !AS_PHRASE.has(t[from + 1]?.lower ?? "") && !opensUnsaidQuestion(t, cue, from)) return found;
    // `yelled "Stop!" as he left`: a whole utterance quoted right after its cue is what was said, and
    // a quote only (`said "it gets me mad" every time …` goes on with the sentence: reported)
    // (`said "We will build the pier" before the vote`: a sentence quoted whole, its capital and its
    // words say so)
    if (t[from]?.kind === "quote" && (CLOSED_UTTERANCE.test(t[from].text) || quotedSentence(t[from]))) return found;
    // ", referring to the new survey, …": what a participle phrase points at ends at its comma
    const pointed = cue.to - cue.from > 1 && t[cue.to - 1].lower === "to" && t[cue.from].lower.endsWith("ing");
    const noun = !(lemma !== undefined && CLAUSAL.has(lemma)) && !introduced(t, from);
    // "told reporters that the pier is safe and has …": after "that" the content is a clause, no object
    const object =
      cue.takesObject &&
      !COMPLEMENTIZER.has(t[from - 1]?.lower ?? "") &&
      !(lemma !== undefined && LISTENER_LEMMA.has(lemma) && from > cue.to);
    let stop = contentEnd(t, from, end, clause || pointed, object, noun, cue.ing);
    // "…, who admitted the pier was her third choice, behind the quay and the beach.": no main clause goes
    // on after the relative clause's comma, so the content runs on as a main clause's would
    if (relativeSource && !pointed && t[stop.end]?.text === "," && noClauseAfter(t, stop.end + 1, end))
      stop = contentEnd(t, from, end, false, object, noun, cue.ing);
    if (subordinateSentence) {
      const main = mainClauseAt(t, from, stop.end);
      if (main >= 0) stop = { end: main, continuation: -1 };
    }
    // "said as much on Monday": a pro-form is all that was said
    const pro = proFormEnd(t, from, stop.end);
    if (pro >= 0) stop = { ...stop, end: pro };
    // "a plan endorsed by the council.": the agent of a passive participle is not what was said
    if (t[from]?.lower === "by" && agentOnly(t, from + 1, stop.end)) return found;
    // "He vowed to rebuild the pier, Ruiz said.": the attribution that closes the content is not its
    // own (it reports the whole sentence)
    const closing = closingAttributionIn(p, from, stop.end);
    if (closing >= 0) stop = { end: closing, continuation: -1 };
    // "said the pier was safe as Varga said it was not": the content ends before a statement of its own
    const nested = nestedEnd(t, from, stop.end, end);
    if (nested < stop.end) stop = { end: nested, continuation: -1 };
    // "said in Leith on Tuesday", "wrote to the council": a place, a time or an addressee with no
    // clause in it is no statement either
    const clausal = lemma !== undefined && CLAUSAL.has(lemma);
    const first = t[from]?.lower ?? "";
    if (
      clausal &&
      (NOT_CONTENT_PREPOSITION.has(first) || (ADDRESSEE_PREPOSITION.has(first) && !isInfinitive(t, from))) &&
      !introduced(t, from) &&
      verbless(t, from, stop.end)
    )
      return found;
    // "asked him a question after the debate": the object names the asking, not what was asked
    if (namesAct(t, from, stop.end, lemma)) return found;
    push(p, current, [[from, stop.end]], out);
    found = stop.end;
    const next = stop.continuation >= 0 ? cueAt(t, stop.continuation) : null;
    if (!next) return stop.continuation >= 0 ? stop.continuation : found;
    // ("Ruiz criticised Varga for vowing to fight on and said …": the outer statement goes on with "said"
    // first; the nested one, read after it, does not give it a second source)
    if (readCue(out, next.from)) return found;
    current = { ...current, cue: next };
  }
}

/** A statement of the paragraph already read the cue at token `i`. */
function readCue(out: readonly Statement[], i: number): boolean {
  for (const s of out) if (s.attribution.cue?.from === i) return true;
  return false;
}

/** ", adding that …": the same source goes on with a second statement. */
/** The content [from, to) opens with a noun that names the cue's own act: "a question", "tough questions". */
function namesAct(t: readonly Token[], from: number, to: number, lemma: string | undefined): boolean {
  const nouns = lemma !== undefined && Object.hasOwn(ACT_OBJECTS, lemma) ? ACT_OBJECTS[lemma] : null;
  // ("wrote that the speech had run long": after "that" the noun opens a clause, what was said)
  if (!nouns || COMPLEMENTIZER.has(t[from - 1]?.lower ?? "")) return false;
  for (let k = from; k < to && k - from <= MAX_ACT_MODIFIERS; k++) {
    const w = t[k];
    if (nouns.includes(w.lower)) return true;
    // "asked whether the question …": a clause opens, the noun is in it
    if (w.kind !== "word" || w.text !== w.lower || isVerbLike(w) || !MODIFIER.has(w.lower)) return false;
  }
  return false;
}

function continuation(p: Paragraph, att: Attribution, at: number, end: number, out: Statement[]): number {
  const cue = cueAt(p.tokens, at);
  return cue ? cueFirst(p, { ...att, cue }, end, out, true) : at;
}

/** The words from `from` to the sentence's end are a source and its cue: "he said.", "the mayor told us." */
function closingAttribution(t: readonly Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < end && k - from <= MAX_SOURCE_CHUNK; k++) {
    const cue = t[k].kind === "word" ? cueAt(t, k) : null;
    if (!cue) continue;
    if (cue.ing || cue.sourceAfter) return false;
    for (let r = cueTail(t, cue, cueLemma(t[k].lower), end); r < end; r++) if (t[r].kind !== "punct") return false;
    return true;
  }
  return false;
}

/**
 * Tokens [from, to) after "by" name an agent only: no verb, gerund or quote, nor a word that opens
 * what the agent said or did ("asked by Ruiz whether …", "criticized by many for …").
 */
function agentOnly(t: readonly Token[], from: number, to: number): boolean {
  if (from >= to) return false;
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (w.kind === "quote" || isVerbLike(w) || AFTER_AGENT.has(w.lower)) return false;
    if (w.kind === "word" && w.text === w.lower && w.lower.endsWith("ing")) return false;
  }
  return true;
}

/** The comma before a final attribution (", Ruiz said.") at the end of a content [from, to), or -1. */
function closingAttributionIn(p: Paragraph, from: number, to: number): number {
  const t = p.tokens;
  for (let k = to - 1; k > from && to - k <= MAX_SOURCE_CHUNK + MAX_TRAILING_PHRASE; k--) {
    if (t[k].kind === "quote") return -1;
    if (t[k].text !== ",") continue;
    if (k + 1 >= to) return -1;
    const att = attributionAfterComma(t, p.index, k + 1, to, true);
    const cue = att?.cue as Cue | undefined;
    if (!cue || !att || att.from <= k || !speaks(cue, t)) return -1;
    // ("said the mayor, a Democrat, wrote the rules": the comma closes an apposition on the content's subject)
    if (closesSubjectApposition(t, from, k)) return -1;
    // a source opens with a name, a determiner or a pronoun: not ", un-redacted copy of the report."
    const first = t[att.from];
    const named = isCapitalised(first) || DETERMINER.has(first.lower) || isSubjectPronoun(first);
    return named || Object.hasOwn(POSSESSIVE_PRONOUNS, first.lower) ? k : -1;
  }
  return -1;
}

/**
 * The source is the object of the preposition that opens its sentence and the cue a participle after it
 * ("In a video posted to her account, …", "In a statement released Monday, …"): a phrase, no clause. A
 * source ending in a name has a clause of its own ("At the moment Ruiz announced her run, …").
 */
function opensWithPreposition(p: Paragraph, att: Attribution): boolean {
  const t = p.tokens;
  const before = t[att.from - 1];
  if (before === undefined || !CLAUSELESS_PREPOSITION.has(before.lower) || (att.cue as Cue).ing) return false;
  return sentenceOf(p, att.from)[0] === att.from - 1 && !isCapitalised(t[att.to - 1]);
}

/** A source phrase a cue can have: not "lead a program" (called …), nor "Sanders by" (pledged …). */
function plausibleSource(t: readonly Token[], att: Attribution): boolean {
  const first = t[att.from];
  const last = t[att.to - 1];
  if (isVerbLike(first) || (first.text === first.lower && first.lower.endsWith("ing") && !modifiesHead(t, att)))
    return false;
  return !(last.kind === "word" && PREPOSITION.has(last.lower));
}

/**
 * "hacking experts", "polling firms": the -ing word opening a source modifies the plain noun that ends
 * it, not a verb with its object ("praising the plan", "leading Ruiz").
 */
function modifiesHead(t: readonly Token[], att: Attribution): boolean {
  if (att.to - att.from !== 2) return false;
  // the phrase opens its clause: "But hacking experts say", "where polling firms say", not "kept
  // leading crews said"
  const before = t[att.from - 1];
  if (before?.kind === "word" && before.sentence === t[att.from].sentence && !CLAUSE_LEAD.has(before.lower))
    return false;
  const head = t[att.from + 1];
  return head.kind === "word" && head.text === head.lower && !isVerbLike(head) && !DETERMINER.has(head.lower);
}

/** Tokens of a short parenthetical that ends right before `i` ("(R-S.C.)"), or 0. */
function parentheticalBefore(t: readonly Token[], i: number, start: number): number {
  if (t[i - 1]?.text !== ")") return 0;
  for (let k = i - 2; k >= start && i - 1 - k <= MAX_PARENTHETICAL; k--) {
    if (t[k].text === "(") return i - k;
    if (t[k].text === ")" || t[k].kind === "quote") return 0;
  }
  return 0;
}

/** …, X said.  /  …, said X.  /  The plan, X said, is dead. */
function contentFirst(p: Paragraph, start: number, end: number, cue: Cue, out: Statement[]): number {
  const t = p.tokens;
  // the content ends at a comma (or a quote ending in one) before the source: [start, to)
  let to = -1;
  let source = -1;
  let quoted = false;
  // "…, Sen. Ana Ruiz (R-S.C.) said": a parenthetical right before the cue counts no tokens
  const reach = MAX_SOURCE_CHUNK + parentheticalBefore(t, cue.from, start);
  for (let k = cue.from; k >= start && cue.from - k <= reach; k--) {
    if (t[k].text === "," || t[k].text === "—") {
      to = k;
      source = k + 1;
      break;
    }
    // `"…," Ruiz said`: the quote before its source is the content
    if (t[k].kind === "quote") {
      // `"…," said Ruiz` is a quote; `The plan is "…," said Ruiz` a statement holding one
      if (k === cue.from - 1 && k === start) return -1;
      to = k + 1;
      source = k + 1;
      quoted = true;
      break;
    }
    if (t[k].text === ":" || t[k].text === ";") return -1;
  }
  let att = to > start ? attributionAfterComma(t, p.index, source, end) : null;
  // "…, Ana Ruiz, the harbour master, wrote in a memo.": a source the quote rules do not read
  if ((!att || att.cue?.from !== cue.from) && !quoted) {
    const late = lateSource(t, start, cue);
    // the content is a clause of its own: not only the subject ("Ana Ruiz, the port's director said")
    // nor a subordinate clause ("Not long after Ruiz spoke, …")
    if (late && !verbless(t, Math.max(start, late.comma - MAX_CLAUSE_LOOK), late.comma) && !opensAdverbial(t, start)) {
      to = late.comma;
      att = { paragraph: p.index, from: late.from, to: late.to, cue, rule: "after" };
    }
  }
  // "…, said Ana Ruiz, a harbour expert who has written books.": the relative clause closes the sentence
  let described = false;
  if ((!att || att.cue?.from !== cue.from) && !quoted && to > start) {
    // (the bounded look at the source first: the content may be long)
    const named = describedSource(t, to, cue, end);
    if (named && !verbless(t, Math.max(start, to - MAX_CLAUSE_LOOK), to)) {
      att = { paragraph: p.index, from: named[0], to: named[1], cue, rule: "after" };
      described = true;
    }
  }
  // "And yet, aides say, the plan is dead": what they say follows them (the cue-first rule takes it)
  if (to <= start || (!quoted && onlyLead(t, start, to))) return -1;
  if (!att || att.cue?.from !== cue.from) return -1;
  // "…, a plan the mayor has criticized": the apposition's noun is the cue's object, what was said; the
  // clause before the comma is the reporter's
  const apposed = quoted ? null : appositionObject(t, start, att.from, att.to, cue, end);
  if (apposed) {
    const [from, to] = apposed.source;
    push(p, { ...att, from, to }, [apposed.content], out);
    return Math.max(cue.to, to);
  }
  // "…, whom the mayor praised": the pronoun is the cue's object, the statement's content (read cue first)
  if (opensWithObject(t, att.from, att.to)) return -1;
  // "X, who represents Ohio, said the plan failed": no quote marks vouch for an inverted source, and
  // one that holds a verb or opens with a pronoun is the content of a statement whose cue comes first
  if (!quoted && att.from >= cue.to && !invertedSource(t, att)) return -1;
  // "Ruiz said the mayor, a Democrat, wrote the rules": the comma closes an apposition on the subject of
  // the content of a cue before it, and the verb after it is that subject's, no inverted cue
  if (!quoted && att.from >= cue.to && closesSubjectApposition(t, start, to)) return -1;
  // "But Megan Varga, a teacher, said parents …": a content with no verb is the subject, not what was said
  // (the bounded subject first: the content before the cue may be the whole of a long sentence)
  if (!quoted && att.from >= cue.to && subjectBeforeModifier(t, start, cue) && verbless(t, start, to)) return -1;
  // the cue closes its clause: ", Ruiz said." / ", Ruiz told reporters on Friday, adding …"
  let after = adverbAfterComma(t, cue.to, cueTail(t, cue, cueLemma(t[cue.from].lower), end));
  if (after < att.to) after = att.to;
  if (described) after = end;
  const lemma = cueLemma(t[cue.from].lower);
  const tail = after;
  after = trailingPhraseEnd(t, after, end, lemma !== undefined && LISTENER_LEMMA.has(lemma));
  // "X said that …, he should have insisted on keeping the ferry": a phrase with a verb in it after the cue
  // is what that cue reports, so the statement before the comma is not its content
  if (!quoted && after > tail && cueBefore(t, start, to) && verbIn(t, tail, after)) return -1;
  const closing =
    after >= end ||
    t[after].text === ";" ||
    (t[after].kind === "punct" && after + 1 >= end) ||
    reportersAddition(t, after, end);
  // ", Ruiz said, "…"": the quote after it is what Ruiz said; not a fragment that goes on with a clause
  // cut by the source ("The plan, Ruiz said, “is dead”": the subject before the source is the content's;
  // after a comma or as a purpose ("…, and also, Ruiz said, "to …"", "To warn them, it says, "hold …"")
  // the words before are the reporter's)
  const introduces =
    t[after]?.text === "," &&
    t[after + 1]?.kind === "quote" &&
    (!continuesSentence(t[after + 1]) || isInfinitive(t, start) || t.slice(start, to).some((w) => w.text === ","));
  // after a quote the attribution rules already said where the source ends
  if (!quoted && ((!closing && t[after].text !== ",") || introduces)) return -1;
  // `Ruiz said that "…," one of the pilots said the two cases differ`: a cue with a clause of its own after
  // it reports that clause, and the words before the quote are a statement with a cue of their own
  if (quoted && !closing && t[after].kind === "word" && cueBefore(t, start, to - 1)) return -1;
  // `Ruiz was blunt: "We lost," she said.`: a quote set off by a colon, or by a comma after a clause
  // of the reporter's, is what was said, and a quote only
  if (quoted && introducedQuote(t, start, to - 1)) return -1;
  const pieces: [number, number][] = [[start, to]];
  let next = -1;
  if (after + 1 < end && t[after].text === ",") {
    const stop = contentEnd(t, after, end);
    if (stop.continuation >= 0) next = stop.continuation;
    // "The plan, Ruiz said, is dead": the rest of a content cut by its attribution, up to what ends it;
    // `"…," Ruiz said, citing …`: after a quote, what follows its source is the reporter's own
    else if (!quoted) {
      const rest = restAfterSource(t, after + 1, stop.end);
      if (rest < stop.end) pieces.push([rest, stop.end]);
    }
  }
  // "In a speech last July, he said …", "Then, last week, Ruiz called.": the phrase before the source
  // opens the sentence, it is not what was said
  if (!quoted && onlyOpeningPhrase(t, start, to)) {
    if (pieces.length === 1) return -1;
    // ("In the long run, economists say, costs will fall": what was said is the clause after the source;
    // "Pivoting too soon, they say, hurt the recovery": a phrase the rest's verb follows is its subject)
    if (!isVerbLike(t[pieces[1][0]])) pieces.shift();
  }
  push(p, att, pieces, out);
  if (next >= 0) return continuation(p, att, next, end, out);
  return pieces.length > 1 ? end : after;
}

/**
 * The cue's tail [from, to) holds a comma and an adverb, and words follow it ("…, she says, especially in
 * the north"): the adverb opens the rest of the content cut by the attribution, which ends at that comma.
 * Else `to`.
 */
function adverbAfterComma(t: readonly Token[], from: number, to: number): number {
  if (t[to]?.kind !== "word") return to;
  for (let k = from; k + 1 < to; k++) if (t[k].text === "," && isCueAdverb(t[k + 1])) return k;
  return to;
}

/**
 * What follows a final cue at `i` is the reporter's own, so the cue closes the content before it: an
 * adverbial clause ("…, Ruiz told aides as she left the hall") or a dash and an apposition ("…, the
 * office reported on Tuesday -- a finding that …").
 */
function reportersAddition(t: readonly Token[], i: number, end: number): boolean {
  const w = t[i];
  // a double hyphen is a dash: "-" "-"
  const dash = DASH_AFTER_CUE.has(w.text) ? 1 : w.text === "-" && t[i + 1]?.text === "-" ? 2 : 0;
  const next = t[i + Math.max(dash, 1)];
  if (next === undefined || i + Math.max(dash, 1) + 1 >= end || next.kind !== "word") return false;
  if (w.kind === "word") return NOT_CONTENT_OPENER.has(w.lower) && !AS_PHRASE.has(next.lower) && !isVerbLike(next);
  return dash > 0 && (DETERMINER.has(next.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, next.lower));
}

/** A quote that opens in lower case goes on with the reporter's sentence: `"nothing" had changed`, `“is dead”`. */
function continuesSentence(w: Token): boolean {
  return w.kind === "quote" && /^\p{Ll}/u.test(w.text);
}

/**
 * Where the rest of a content cut by its attribution starts, from the token after the comma, or `to`
 * when what follows is not the content's: "is dead" ("The plan, Ruiz said, is dead"), "Ohio's levy
 * failed" ("Like the tolls, Ruiz said, Ohio's levy failed"), "the plan failed" after "that" ("It is no
 * surprise, Ruiz said, that …"), "because he …" or "so the towns …" (the statement runs on to its
 * sentence's end), "and it has …"; not "who …" nor "where …", which tell about the source, nor "and she
 * left", the reporter's own clause.
 */
function restAfterSource(t: readonly Token[], from: number, to: number): number {
  const w = t[from];
  // a quote that goes on with the content: `… said, "nothing" had changed`
  if (w.kind !== "word") return continuesSentence(w) ? from : to;
  if (COMPLEMENTIZER.has(w.lower)) return Math.min(from + 1, to);
  if (ABOUT_SOURCE.has(w.lower)) return to;
  // "…, Marsh said, and she left the quay": a new subject after "and" is the reporter's own clause ("…,
  // Marsh said, and it has sailed twice since": "it" names no speaker, the statement goes on)
  const pronoun = t[from + 1];
  return REPORTER_COORDINATOR.has(w.lower) && isSubjectPronoun(pronoun) && pronoun.lower !== "it" ? to : from;
}

/**
 * End of a phrase that opens with a preposition after a final cue and closes its clause ("…, Ruiz said
 * after meeting the council on Friday, because …"), or with a determiner after a cue that names a
 * listener (`listener`: "…, he told the court."), or `i`.
 */
function trailingPhraseEnd(t: readonly Token[], i: number, end: number, listener: boolean): number {
  if (i >= end) return i;
  const w = t[i].lower;
  // "…, Ruiz said in a speech to the delegates." / "…, he told the court.": an addressee or a
  // listener that ends the sentence, not a content ("To" in a headline's title case is no addressee)
  const addressee = ADDRESSEE_PREPOSITION.has(t[i].text) && !isInfinitive(t, i);
  // ("…, the board warned that fares would rise": "that" opens the cue's own content, no listener)
  const heard = listener && !COMPLEMENTIZER.has(w) && (DETERMINER.has(w) || Object.hasOwn(POSSESSIVE_PRONOUNS, w));
  const place = NOT_CONTENT_PREPOSITION.has(w);
  if (!place && !addressee && !heard) return i;
  for (let k = i + 1; k < end && k - i <= MAX_TRAILING_PHRASE; k++) {
    const w = t[k];
    if (w.kind === "punct" && k + 1 >= end) return k;
    if (w.text === ",") return place ? k : i;
    // "…, she said at a rally — a sign …": a dash closes the place as a comma would
    if (place && (DASH_AFTER_CUE.has(w.text) || (w.text === "-" && t[k + 1]?.text === "-"))) return k;
    // `…, he said on "Meet the Press."`: a title quoted at the sentence's end is the place's name
    if (place && w.kind === "quote" && (k + 1 >= end || (t[k + 1].kind === "punct" && k + 2 >= end))) return k + 1;
    if (w.kind !== "word" || COMPLEMENTIZER.has(w.lower) || isSubjectPronoun(w) || cueAt(t, k)) return i;
  }
  return i;
}

/** A source after its cue ("…, said Tom Varga, an economist"): a noun phrase, not a clause ("said she was"). */
function invertedSource(t: readonly Token[], att: Attribution): boolean {
  if (isSubjectPronoun(t[att.from])) return false;
  // only its name counts: "said Wilcox, a Republican who founded …" names a source
  for (let k = att.from; k < att.to && t[k].text !== ","; k++) if (isVerbLike(t[k])) return false;
  return true;
}

/** Most words before an adverbial clause's opener: "Not long after …", "Only when …". */
const MAX_BEFORE_OPENER = 3;

/** The sentence opens with an adverbial clause: "After the vote, …", "Not long after Ruiz spoke, …". */
function opensAdverbial(t: readonly Token[], start: number): boolean {
  for (let k = start; k < t.length && k - start < MAX_BEFORE_OPENER; k++) {
    if (t[k].kind !== "word") return false;
    if (NOT_CONTENT_OPENER.has(t[k].lower)) return true;
  }
  return false;
}

/** A cue of speech among the words [from, to) before a quote ("Ruiz said that "…""). */
function cueBefore(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const cue = t[k].kind === "word" ? cueAt(t, k) : null;
    if (cue && !cue.ing && !cue.sourceAfter && !cue.weak) return true;
  }
  return false;
}

/** A verb among the words [from, to), an -ing form included ("on keeping the ferry"). */
function verbIn(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isVerbLike(t[k]) || isIngForm(t[k])) return true;
  return false;
}

/** "It was announced on Friday that …": a passive cue whose source the sentence does not name. */
function impersonal(p: Paragraph, i: number, end: number, out: Statement[]): number {
  const t = p.tokens;
  let k = i + 1;
  // "it's been reported that …"
  if (IT_HAS.has(t[i].lower)) {
    if (t[k].lower !== "been") return -1;
  } else if (!PASSIVE_BE.has(t[k].lower)) return -1;
  // "it has been said": "it has said" is a source of its own
  else if (t[k + 1].lower === "been") k++;
  else if (t[k].lower !== "is" && t[k].lower !== "was") return -1;
  const lemma = cueLemma(t[k + 1].lower);
  if (lemma === undefined || NOT_SPEECH.has(lemma) || !/ed$|^said$|^told$/.test(t[k + 1].lower)) return -1;
  const cue = plainCue(t, k + 1, k + 2);
  const from = contentStart(t, cue, lemma, end);
  // only "… that …": "it was reported to the police" names no statement
  if (from >= end || !COMPLEMENTIZER.has(t[from - 1].lower)) return -1;
  const stop = contentEnd(t, from, end);
  push(p, { paragraph: p.index, from: i, to: i, cue, rule: "subject" }, [[from, stop.end]], out);
  return stop.end;
}

/** "(When) asked whether the pier would reopen, …": a question whose asker the sentence does not name. */
function unaskedBy(p: Paragraph, i: number, end: number, cue: Cue, out: Statement[]): number {
  const t = p.tokens;
  let comma = i + 1;
  // (`Asked whether Ruiz "is fit to serve," most voters said …`: a quote closing with a comma ends it too)
  while (comma < end && comma - i <= MAX_ACCORDING_TAIL && t[comma].text !== "," && !quoteEndsWithComma(t[comma]))
    comma++;
  if (comma < end && quoteEndsWithComma(t[comma])) comma++;
  else if (comma >= end || t[comma].text !== ",") return -1;
  if (comma < i + 3) return -1;
  // "Asked by a reporter whether …, Ruiz said": the asker is the question's source
  const asker = askedBy(t, i, comma);
  if (asker) return pushAsked(p, asker, cue, comma, out);
  // "When asked at the hearing about the levy, …": the question opens past a setting
  const k = questionAt(t, i + 1, comma);
  const opener = k < 0 ? i + 1 : k;
  const from = t[opener].lower === "about" ? opener + 1 : opener;
  push(p, { paragraph: p.index, from: i, to: i, cue, rule: "subject" }, [[from, comma]], out);
  return comma;
}

/** "asked by X whether …": the asker is the source of the question, which runs to `to`; returns `to`. */
function pushAsked(p: Paragraph, asker: AskedBy, cue: Cue, to: number, out: Statement[]): number {
  const [from, end] = asker.source;
  push(p, { paragraph: p.index, from, to: end, cue, rule: "clause" }, [[asker.question, to]], out);
  return to;
}

/**
 * "Ruiz was asked about the tolls" / "… whether the pier would reopen" / "… to reopen the pier", "Crews
 * were told that …": a question or a statement whose speaker is not named.
 */
function passiveAsked(p: Paragraph, start: number, i: number, end: number, out: Statement[]): number {
  const t = p.tokens;
  if (t[i + 1] === undefined || i + 2 >= end) return -1;
  // "was asked by the host whether …": the asker is the question's source
  const asker = t[i].lower === "asked" ? askedBy(t, i, end) : null;
  if (asker) {
    const q = asker.question;
    return pushAsked(p, asker, plainCue(t, i, i + 1), contentEnd(t, q, end, false, t[q].lower === "about").end, out);
  }
  // "was told that the pier was closed", "was asked to release the speeches", "was asked in May if …"
  const opens = PASSIVE_OPENERS[t[i].lower].includes(t[i + 1].lower);
  const k = opens ? i + 1 : t[i].lower === "asked" ? questionAt(t, i + 1, end) : -1;
  if (k < 0) return -1;
  const about = t[k].lower === "about";
  const cue = plainCue(t, i, about && k === i + 1 ? i + 2 : i + 1, about);
  const from = about || COMPLEMENTIZER.has(t[k].lower) ? k + 1 : k;
  // "When voters were asked who …, the mayor led": the question ends with its subordinate clause
  let lead = start;
  while (lead < i && DISCOURSE.has(t[lead].lower)) lead++;
  const clause = lead < i - 1 && SUBORDINATOR.has(t[lead].lower);
  const stop = contentEnd(t, from, end, clause, about);
  push(p, { paragraph: p.index, from: i, to: i, cue, rule: "subject" }, [[from, stop.end]], out);
  return stop.end;
}

/** "As reported by the Gazette, …": a passive cue whose source follows "by", its content the comma's clause. */
function asReportedBy(p: Paragraph, i: number, end: number, out: Statement[]): number {
  const t = p.tokens;
  const cue = i + 2 < end ? cueAt(t, i + 1) : null;
  if (!cue || cue.ing || cue.sourceAfter || !speaks(cue, t) || t[cue.to]?.lower !== "by") return -1;
  let comma = cue.to + 1;
  while (comma < end && comma - i <= MAX_ACCORDING_TAIL && t[comma].text !== ",") comma++;
  if (comma >= end || t[comma].text !== "," || comma === cue.to + 1) return -1;
  const stop = contentEnd(t, comma + 1, end);
  push(p, { paragraph: p.index, from: cue.to + 1, to: comma, cue, rule: "according" }, [[comma + 1, stop.end]], out);
  return stop.end;
}

/** According to X, …  /  …, according to X(, …). */
function according(p: Paragraph, start: number, end: number, i: number, out: Statement[]): number {
  const t = p.tokens;
  let att = attributeAccording(p, i);
  if (!att || att.cue?.from !== i) return -1;
  const pieces: [number, number][] = [];
  // ("It has not gone unnoticed: according to polls, …": after a colon the phrase opens a clause of its own)
  if (!leadsSentence(t, start, i) && !afterOpeningPhrase(t, start, i) && t[i - 1]?.text !== ":") {
    // "The plan, according to officials, would cost …": the content goes on after the source's comma
    // ("He left because, according to Ruiz, the crews …": an unfinished content goes on at the source's
    // first comma, unless a verb follows the source's apposition: "…, according to Ruiz, a pilot, was …")
    const cut = unfinished(t, start, i);
    let resume = resumesAt(t, att.from, att.to);
    if (resume < 0 && cut && !resumesAfter(t, att.to)) resume = firstComma(t, att.from, att.to);
    if (resume > 0) att = { ...att, to: resume };
    // "That's according to exit polls.": the pronoun stands for what the sentence before says
    if (onlyPointsBack(t, start, i)) return -1;
    pieces.push([start, i]);
    const next = t[att.to + 1];
    if (att.to < end && (resumesAfter(t, att.to) || (cut && t[att.to].text === "," && next))) {
      pieces.push([att.to + 1, end]);
    } else if (
      att.to + 1 < end &&
      t[att.to].text === "," &&
      (REPORTER_COORDINATOR.has(next.lower) || RELATIVE.has(next.lower))
    ) {
      // "…, according to a count, but the rival has vowed to …", "…, according to Salem, where officials
      // have accused …": the clause after the source is read on
      push(p, att, pieces, out);
      return att.to;
    }
  } else {
    // "According to a poll of voters in Ohio, …": the content follows the phrase's comma
    let comma = i + 2;
    while (comma < end && comma - i <= MAX_ACCORDING_TAIL && t[comma].text !== ",") comma++;
    if (comma >= end || t[comma].text !== ",") return -1;
    // the source ends at that comma: what follows it is the content, not an apposition
    if (att.to > comma) att = { ...att, to: comma };
    pieces.push([comma + 1, end]);
  }
  push(p, att, pieces, out);
  return end;
}

/**
 * After "…, according to X," the content cut by the source goes on with its verb ("The plan, according to
 * officials, would cost …"); an apposition (", a former aide"), a participle (", taking …") or a name (",
 * Ohio") after a whole clause is the reporter's, about the source.
 */
function resumesWithVerb(w: Token): boolean {
  return isVerbLike(w) && !w.lower.endsWith("ing");
}

/**
 * The words [from, i) before ", according to X," are no whole statement: an opening phrase with no verb
 * ("Over the long term, according to …, the deficits …") or a clause cut after a word that wants more
 * ("He left the country after, according to him, …", "… because, according to Ruiz, …").
 */
function unfinished(t: readonly Token[], from: number, i: number): boolean {
  const last = t[i - 1]?.text === "," ? t[i - 2] : t[i - 1];
  if (last?.kind !== "word") return false;
  return verbless(t, from, i) || SUBORDINATOR.has(last.lower) || COMPLEMENTIZER.has(last.lower);
}

/** A comma at `i` and a verb after it: the content cut by an "according to" phrase goes on there. */
function resumesAfter(t: readonly Token[], i: number): boolean {
  const next = t[i + 1];
  return t[i]?.text === "," && next !== undefined && resumesWithVerb(next);
}

/** The first comma in tokens (from, to), or -1. */
function firstComma(t: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (t[k].text === ",") return k;
  return -1;
}

/**
 * The comma in a source phrase [from, to) after which the content it cut goes on ("officials, would
 * cost …", "Ross, a former envoy, was …": a verb before any relative pronoun, not an apposition), or -1.
 */
function resumesAt(t: readonly Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    if (t[k].text !== ",") continue;
    const first = t[k + 1];
    if (first.kind !== "word" || DETERMINER.has(first.lower) || Object.hasOwn(POSSESSIVE_PRONOUNS, first.lower))
      continue;
    for (let j = k + 1; j < to && t[j].text !== ","; j++) {
      if (t[j].kind !== "word" || RELATIVE.has(t[j].lower) || opensClause(t[j])) break;
      if (isVerbLike(t[j])) return k;
    }
  }
  return -1;
}

/**
 * Only a short phrase that opens with a preposition or an adverb, and its comma, stand before `i`:
 * "In addition, according to …", "Separately, according to …" (not the subject: "The plan, according to").
 */
function afterOpeningPhrase(t: readonly Token[], start: number, i: number): boolean {
  const first = t[start];
  if (i - start > MAX_OPENING_PHRASE + 1 || t[i - 1]?.text !== "," || first.kind !== "word") return false;
  if (!OPENING_PREPOSITION.has(first.lower) && !DISCOURSE.has(first.lower) && !/ly$/.test(first.lower)) return false;
  for (let k = start; k < i - 1; k++)
    if (t[k].kind !== "word" || isVerbLike(t[k]) || isSubjectPronoun(t[k])) return false;
  return true;
}

/** Words that may stand right before a clause's subject: "But", "and", "where", "because". */
const CLAUSE_LEAD = new Set([...DISCOURSE_WORDS, ...REPORTER_COORDINATOR, ...SUBORDINATOR, ...RELATIVE]);

/** Words that point back to the sentence before ("That's", "This is"): no statement of their own. */
const POINTS_BACK = new Set(["that", "this", "that's", "that’s", "it's", "it’s", "is", "was", "it"]);

/** Tokens [from, to) hold only a pronoun and a copula that point back, with no comma after them: "That's", "This is". */
function onlyPointsBack(t: readonly Token[], from: number, to: number): boolean {
  if (to <= from || t[to - 1].kind !== "word") return false;
  const words = t.slice(from, to).filter((w) => w.kind === "word");
  return words.length <= 2 && words.length <= 2 && words.every((w) => POINTS_BACK.has(w.lower));
}

/** "According to" opens the sentence, maybe after a conjunction ("But according to …"). */
function leadsSentence(t: readonly Token[], start: number, i: number): boolean {
  for (let k = start; k < i; k++) if (t[k].kind === "word" && !DISCOURSE.has(t[k].lower)) return false;
  return true;
}

/** Words that modify a verb's degree or order: with the cue's adverbs, all a content of nothing holds. */
const DEGREE_ADVERB = new Set(["first", "more", "less", "most", "back"]);

/** The content holds only adverbs: "first", "more radically", "too". */
function onlyAdverbs(t: readonly Token[], pieces: readonly [number, number][]): boolean {
  for (const [from, to] of pieces)
    for (let k = from; k < to; k++) {
      const w = t[k];
      if (w.kind === "quote" || (w.kind === "word" && !isCueAdverb(w) && !DEGREE_ADVERB.has(w.lower))) return false;
    }
  return true;
}

const CONTENT_PREPOSITIONS = REPORTING.en.contentPrepositions;

/** The prepositions a cue takes for its topic or target ("comment on", "blame on"): they open its content. */
function ownPrepositions(t: readonly Token[], cue: Cue | null): readonly string[] {
  if (!cue) return [];
  const lemma = cueLemma(t[cue.from].lower) ?? cue.text.toLowerCase();
  return [
    ...(Object.hasOwn(PARTICLES, lemma) ? PARTICLES[lemma] : []),
    ...(Object.hasOwn(CONTENT_PREPOSITIONS, lemma) ? CONTENT_PREPOSITIONS[lemma] : []),
  ];
}

/** Adds the statement unless its content is empty, only a quote (then it is a quote) or over MAX_CONTENT tokens. */
function push(p: Paragraph, attribution: Attribution, ranges: [number, number][], out: Statement[]): void {
  const t = p.tokens;
  let length = 0;
  for (const [a, b] of ranges) length += b - a;
  if (length > MAX_CONTENT) return;
  const pieces: [number, number][] = [];
  let words = false;
  for (const range of ranges) {
    for (const [a, b] of withoutAsides(t, range[0], range[1])) {
      // ("… violates DNC rules pic.twitter.com/…": the link of an embedded post ends it)
      const [from, to] = trimEdges(t, a, beforeWebAddress(t, a, b));
      if (to <= from) continue;
      pieces.push([from, to]);
      for (let k = from; k < to; k++) if (t[k].kind === "word") words = true;
    }
  }
  if (!pieces.length || !words) return;
  // "Rubio responded first, …", "some firms might respond more radically": adverbs only, nothing said
  if (onlyAdverbs(t, pieces)) return;
  // "fired back in March", "as I mentioned above": when or where, not what
  if (pieces.length === 1 && onlyTimeOrPlace(t, pieces[0][0], pieces[0][1])) return;
  // "criticized on social media", "described in blistering terms": where or how, not what
  if (pieces.length === 1 && onlySetting(t, pieces[0][0], pieces[0][1], ownPrepositions(t, attribution.cue))) return;
  // "She drew sharp criticism" gives "She": a subject cut from its verb, nothing said
  if (pieces.length === 1 && onlySubjectPronoun(t, pieces[0][0], pieces[0][1])) return;
  // "… when he yelled said the plan would fail": the content opens on the sentence's own cue
  if (opensOnCue(t, pieces[0][0], pieces[0][1])) return;
  // `called him "the worst mayor in our history"`: a quote but for a word, a quote only
  if (mostlyQuoted(t, pieces)) return;
  // "told the crowd: "…"": the quote is the statement
  if (pieces.length === 1 && onlyIntroducesQuote(t, pieces[0][0], pieces[0][1])) return;
  // "said about the plan:" and a quote in the next paragraph: the words only introduce it
  if (pieces.length === 1 && onlyIntroducesBlock(t, pieces[0][0], pieces[0][1])) return;
  out.push({ attribution, pieces });
}
