// Reported speech: which reporting cues report speech or writing (as against thought or gesture), and
// the words between a cue and the content it reports ("said in a statement on Friday that …", "told
// reporters …"). One table per language, keyed by BCP 47 tag; the cue verbs themselves are in
// cue-verbs.ts. Data only; src/extract/reported/ reads it.

export interface ReportingLexicon {
  /**
   * Cue lemmas (cue-verbs.ts) that describe thought, feeling or gesture, or a sound whose object is a noise or
   * an event ("shouted insults", "interrupted the speech"): they report no statement (quotes still take them).
   */
  notSpeech: readonly string[];
  /** Words that open the content and are not part of it ("said that …"). */
  complementizers: readonly string[];
  /** Cue lemmas whose object is the listener, not the content ("told reporters the pier was safe"). */
  listenerLemmas: readonly string[];
  /**
   * Of those, the cue lemmas whose listener goes on only with an infinitive, "that" or a question ("urged
   * the council to act"): with none, the noun phrase after them is their object ("urged a boycott").
   */
  infinitiveListenerLemmas: readonly string[];
  /**
   * Cue lemmas whose listener, when an infinitive follows it, is that infinitive's subject and so part of
   * what was said ("urged the council to act" reports "the council to act"), not a listener set apart.
   */
  infinitiveSubjectLemmas: readonly string[];
  /** Words that name listeners after a cue or after "to" ("said to reporters", "told journalists"). */
  listeners: readonly string[];
  /** Prepositions that open a phrase saying where or when the cue was spoken ("in a statement", "on Friday"). */
  settingPrepositions: readonly string[];
  /** Nouns that end such a phrase: the channel or occasion of a statement ("statement", "interview"). */
  settingNouns: readonly string[];
  /**
   * Phrases of the reporter's that set the cue after its content ("said the pier was safe in an interview
   * on Friday", "spoke on condition of anonymity because …"): the content ends before them.
   */
  trailingSettings: readonly string[];
  /**
   * Nouns of a spoken or written act that, after "in a(n)" and a word or two, set the cue after its content
   * as those phrases do ("defended the plan in a recent interview", "in a lengthy statement").
   */
  trailingSettingNouns: readonly string[];
  /** Single words between a cue and its content that belong to neither ("also", "Thursday", "later"). */
  cueAdverbs: readonly string[];
  /** Participles after a comma that go on with the same source's statement (", adding that …"). */
  continuations: readonly string[];
  /** Words after a comma that open the reporter's own clause, ending the content (", but …"). */
  contrasts: readonly string[];
  /** Words after such a contrast that keep the same statement going (", but that …", ", but rather …"). */
  contrastGoesOn: readonly string[];
  /**
   * Words that join a second verb to the subject of the first ("Ruiz admitted …, but said …", "denied the
   * charge and said …", "paused, then added …"): the second cue shares that subject.
   */
  verbCoordinators: readonly string[];
  /** Words that deny a cue ("would not say", "never said"); a word ending in "n't" does too. */
  negations: readonly string[];
  /** Verbs that refuse the cue after their "to" ("declined to say when"). */
  refusalVerbs: readonly string[];
  /**
   * Cue words that report only when refused or after an auxiliary: "declined to comment on the deal",
   * "would not comment on it" (not "a request for comment on", "has no comment on").
   */
  refusedCues: readonly string[];
  /** Words after "and" that open a verb phrase or a relative clause, not the subject of a new clause ("and never called"). */
  verbPhraseOpeners: readonly string[];
  /** Time words that stand alone after a cue's object ("praised the plan yesterday"). */
  timeAdverbs: readonly string[];
  /** Words that open a time with a unit after them ("last week", "earlier this month"). */
  relativeTimes: readonly string[];
  /** Words after such a word that complete the time ("week", "year", "this" in "earlier this month"). */
  timeUnits: readonly string[];
  /** Prepositions that open a setting after a cue's object ("endorsed Ruiz at a rally in Ohio"). */
  objectSettingPrepositions: readonly string[];
  /**
   * Prepositions that open the reporter's adverbial after a cue's object with no verb, whatever noun
   * follows ("denied the charges through his lawyer", "praised the plan before a meeting"); "of", "about",
   * "for" and "to" stay with the object ("the closure of the pier", "calls for a freeze").
   */
  objectAdverbialPrepositions: readonly string[];
  /**
   * Words after a comma that open the reporter's adverbial phrase after a content with no verb (besides the
   * adverbial openers and participles): "denounced the closure, even though …", "…, despite the vote".
   */
  adverbialsAfterPhrase: readonly string[];
  /** Participles after such a comma that list what the phrase holds, no adverbial ("…, including …"). */
  listingParticiples: readonly string[];
  /** Words after a comma that open the reporter's apposition to a cue's object (", a deal that …"). */
  objectAppositions: readonly string[];
  /** Participles after a comma that open the reporter's own addition, ending the content (", citing …"). */
  trailingParticiples: readonly string[];
  /** Cue lemmas often used without content ("spoke at a memorial", "wrote to the council"). */
  intransitiveLemmas: readonly string[];
  /**
   * Cue lemmas (or phrases) with a second, non-speech sense ("continues to grow", "went on television",
   * "added a caveat", "maintains a lead"): they report a statement only with "that", a colon or comma,
   * content before them, or a speech verb after "to" ("continued to insist that …").
   */
  clauseOnlyCues: readonly string[];
  /**
   * Cue lemmas that report a statement only with an infinitive or "that" after them ("threatened to
   * quit", "threatened not to attend"); with an object they name no speech ("storms threaten the coast").
   */
  infinitiveOnlyCues: readonly string[];
  /** Cue lemmas that accept, not say, with "to" and a noun phrase after them ("agreed to a truce"). */
  consentLemmas: readonly string[];
  /** Words that join one noun to the next in a list ("calls and emails"): after a cue they make it a noun. */
  listCoordinators: readonly string[];
  /** Words that say only where or how lately, standing alone after a cue ("as I mentioned above", "reported just today"). */
  positionAdverbs: readonly string[];
  /** Prepositions that put a place's name after them ("in Raleigh", "at Harvard"). */
  placeNamePrepositions: readonly string[];
  /** Cue lemmas whose content is a clause: a place or time after them, with no clause, is no statement. */
  clausalLemmas: readonly string[];
  /** Cue forms that name what the noun before them is ("a group called …", "the so-called …"). */
  namingParticiples: readonly string[];
  /** Cue lemmas whose content is only a topic after one of these words ("spoke about the budget"). */
  topicCues: Readonly<Record<string, readonly string[]>>;
  /** Words for how much a cue said about a topic, before "about" ("said little about the plan"). */
  topicQuantities: readonly string[];
  /**
   * Cue lemmas whose object is an attitude ("expressed concern about the levy", "expressed doubt that it
   * would pass"): what the attitude is about, or the clause after "that", is the content.
   */
  attitudeCues: readonly string[];
  /** Words after such an attitude that open what it is about ("concern about", "support for", "doubt that"). */
  attitudeTopicOpeners: readonly string[];
  /** Of those words, the ones that still open the topic past a listener ("spoke to the crews about …"). */
  topicsAfterListener: readonly string[];
  /** Prepositions that never open the content of such a cue. */
  placePrepositions: readonly string[];
  /** Prepositions that name an addressee after a cue whose content is a clause ("wrote to the council"). */
  addresseePrepositions: readonly string[];
  /** Words after a comma that open the reporter's addition to the content (", who is …", ", compared with …"). */
  additions: readonly string[];
  /**
   * Relative pronouns that stand for an object: after a comma they open the reporter's clause on a
   * noun-phrase content ("denied the report, which …"); before a source, the cue's object ("which Ruiz
   * proposed").
   */
  objectRelatives: readonly string[];
  /** Words that stand for a whole statement after its cue, as written ("said so", "said it", "said as much"). */
  proForms: readonly string[];
  /** Indefinite pronouns that, before a source, stand for its cue's object ("something the minister denied"). */
  gapPronouns: readonly string[];
  /** Words after a cue whose object went before it: "last", a conjunction, punctuation (with the place prepositions). */
  gapFollowers: readonly string[];
  /** Words that open an adverbial clause, never the content after a cue ("chanted as police …"). */
  adverbialOpeners: readonly string[];
  /** Words that open a participle clause of the main subject: "After saying …, Ruiz left". */
  participleOpeners: readonly string[];
  /**
   * Words that open a phrase of time, place or occasion at a sentence's start ("In a speech last July,",
   * "Then, last week,"): with no verb after them, the phrase before a source is no content.
   */
  openingPhraseWords: readonly string[];
  /** Words after such an opener that make it part of the content ("as far as", "as long as"). */
  notAdverbialAfterOpener: readonly string[];
  /** Words before "as" that make it a comparison, no clause's opener ("such as", "the same as", "as many as"). */
  comparisonBeforeAs: readonly string[];
  /** Words that open a subordinate clause: a statement inside one ends with it ("While X said …, …"). */
  subordinators: readonly string[];
  /**
   * Words of time that join a second speech act of the same source as an -ing form ("said the levy was
   * dead before claiming that …", "while adding …"): the first content ends before them.
   */
  speechParticipleJoiners: readonly string[];
  /**
   * Prepositions that belong to a cue by lemma, its content being their object: "called for a freeze",
   * "spoke about the flood", "railed against the tax".
   */
  cueParticles: Readonly<Record<string, readonly string[]>>;
  /** Prepositions that open a cue's content, not its setting, though no particle of it, by lemma or by phrase ("cast the blame on the rivals", "fired back at Ruiz"). */
  contentPrepositions: Readonly<Record<string, readonly string[]>>;
  /** Prepositions that open a setting, the only words after a cue when it reports nothing ("criticized on social media"). */
  settingOpeners: readonly string[];
  /**
   * Words after which a cue's -ing form is an adjective or a noun, not a verb: articles, quantifiers and
   * degree adverbs ("other telling signs", "the most promising path", "the bragging rights").
   */
  beforeIngNoun: readonly string[];
  /** Cue lemmas whose forms make a compound with the word before them ("roll call", "news reports", "racially charged"). */
  nounCompoundsBefore: Readonly<Record<string, readonly string[]>>;
  /** Cue lemmas whose forms make a compound noun with the word after them ("call centers", "call sheets"). */
  nounCompoundsAfter: Readonly<Record<string, readonly string[]>>;
  /** Adjectives before "to" and a cue lemma that make an idiom, no statement ("safe to say", "hard to say"). */
  idiomsBeforeTo: Readonly<Record<string, readonly string[]>>;
  /**
   * Particles that turn a cue lemma into a verb of another sense ("called off the talks", "declared for
   * mayor", "had to contend with the tide"), or that open the place of an act with no statement
   * ("protested outside the hall").
   */
  otherSenseParticles: Readonly<Record<string, readonly string[]>>;
  /**
   * Particles after a cue lemma's -ing form that make it name the source's work, an apposition on the
   * source and no statement ("Ruiz, writing for the majority, said …", "reporting for the Herald").
   */
  workParticles: Readonly<Record<string, readonly string[]>>;
  /** Nouns that name a cue's own act as its object, not what was said ("asked him a question"). */
  actObjects: Readonly<Record<string, readonly string[]>>;
  /**
   * Passive cue forms whose speaker goes unnamed, and the words that open what was said after them ("was
   * asked to release the speeches", "were told that the pier was closed"); the question openers also
   * open what was asked.
   */
  passiveContentOpeners: Readonly<Record<string, readonly string[]>>;
  /**
   * Forms of "be" right before a passive cue whose agent follows "by" ("was first reported by …"); only
   * the affirmative ones, unlike `passiveAuxiliaries`: a denied report names no statement.
   */
  agentPassiveAuxiliaries: readonly string[];
  /**
   * Adverbs that may stand between a passive auxiliary and its participle, beside the "-ly" ones ("was
   * first reported", "was not asked", "were never told").
   */
  passiveAdverbs: readonly string[];
  /** Cue forms of a question whose asker goes unnamed ("… when asked about …", "Pressed about …"). */
  unnamedAskerForms: readonly string[];
  /** Words right before such a form that open its clause ("when asked", "whenever pressed"). */
  unnamedAskerLeads: readonly string[];
  /** Auxiliaries of a passive ("was declared the winner", "get called to jury duty"): its subject was acted on. */
  passiveAuxiliaries: readonly string[];
  /**
   * Cue lemmas (or phrases) that report in an "as" clause ("as the Gazette reported, …", "…, as Ruiz
   * noted."); with other cues "as" is a time ("as Ruiz spoke, …").
   */
  asClauseCues: readonly string[];
  /** Words before a number in a poll's share of people ("about 4 in 10 say", "nearly 60 percent said"). */
  quantityAdverbs: readonly string[];
  /** Words that make a number a share ("42 percent", "4 in 10", "six out of 10"). */
  quantityWords: readonly string[];
  /** Participles after a noun that name a poll's respondents ("those surveyed say", "voters polled"). */
  respondentParticiples: readonly string[];
  /** Numbers written as words ("six in 10 say"). */
  numberWords: readonly string[];
  /** A pronoun or a pointer word run together with "is" or "has": not a possessive ("it's", "he's"). */
  pronounContractions: readonly string[];
  /** Prepositions after which a participle can only qualify a noun ("in pledged delegates"). */
  participleNounPrepositions: readonly string[];
  /** Prepositions after which an adverb and a participle qualify a noun ("of recently announced cuts", "about …"). */
  adverbParticiplePrepositions: readonly string[];
  /**
   * Adverbs that report the clause they stand in as hearsay from an unnamed source: "the firm has
   * reportedly hired a lobbyist" reports "the firm has hired a lobbyist".
   */
  hearsayAdverbs: readonly string[];
  /** Words after an agentless passive cue that open what was said of its subject: "criticized for …". */
  passiveReasons: readonly string[];
  /** Prepositions of the reason a cue's object is criticized or defended for, after a time ("blasted Ruiz on Monday over the tolls"). */
  reasonPrepositions: readonly string[];
  /**
   * Cue lemmas whose agentless passive with a complement declares what its subject is ("Ruiz was declared
   * the winner", "was announced the runner-up"): the subject and the complement are what was said.
   */
  declaringLemmas: readonly string[];
  /**
   * Nouns of speech its subject receives, not makes ("the plan has drawn criticism"), and the verbs that
   * receive them ("drew", "faced", "came under"): the subject is what was spoken of.
   */
  receivedSpeechNouns: readonly string[];
  receivingVerbs: readonly string[];
  /** Words after such a noun (and its source) that open what the subject was spoken of for: "drew criticism for …". */
  receivedSpeechReasons: readonly string[];
  /** Verbs before "under" that receive such a noun: "came under criticism". */
  underVerbs: readonly string[];
  /**
   * Nouns of speech a subject makes about a topic, the verbs that make them, and the prepositions that
   * open the topic: "Ruiz made several statements about the levy", "issued a statement on the pier".
   */
  madeSpeechNouns: readonly string[];
  makingVerbs: readonly string[];
  madeSpeechTopics: readonly string[];
  // --- precision: cue senses named by their object ---
  /**
   * Nouns that, as the head of a cue lemma's object, give the verb a sense that reports nothing: results
   * ("posted a record loss"), a share or a place won ("claimed 40 percent of the vote"), a price ("charged
   * a fee"), an office held ("defending two seats"), a person let in or voted through ("admit refugees",
   * "confirmed three judges").
   */
  otherSenseObjects: Readonly<Record<string, readonly string[]>>;
  /** Words between a received speech noun and "from" that only weigh its source: "drew criticism even from allies". */
  receivedSpeechFocus: readonly string[];
  /** Finite auxiliaries and modals: one right after a cue opens the main clause's verb ("what she retweeted was false"). */
  finiteAuxiliaries: readonly string[];
  /**
   * Cue lemmas, besides `clausalLemmas`, whose clause may lose its subject to a relative before the source
   * ("a plan which critics argued was rushed"), so that a verb right after them is what was said.
   */
  gapClauseLemmas: readonly string[];
}

/**
 * English prepositions after which a participle qualifies a noun: "in pledged delegates", "with proposed
 * cuts", "on to recommended lists" ("to" before a participle opens no infinitive).
 */
const EN_PARTICIPLE_NOUN_PREPOSITIONS = ["in", "of", "with", "for", "from", "on", "into", "among", "over", "to"];

export const REPORTING: Readonly<Record<string, ReportingLexicon>> = {
  en: {
    // biome-ignore format: a word list reads best wrapped
    notSpeech: [
      "think", "believe", "hope", "feel", "worry", "fear", "wonder", "muse", "surmise", "reflect", "marvel",
      "read", "laugh", "shrug", "sigh", "chuckle", "beam", "mourn", "cheer", "remember", "retaliate", "sing",
      "blare", "quote", "publish", "credit", "thank", "welcome", "herald", "target", "assail", "rip", "brand",
      "dub", "label", "tease", "taunt", "mock", "interrupt", "shout",
    ],
    complementizers: ["that"],
    // biome-ignore format: a word list reads best wrapped
    listenerLemmas: [
      "tell", "assure", "warn", "remind", "inform", "notify", "urge", "caution", "promise", "ask", "advise",
      "email", "text", "brief",
    ],
    infinitiveListenerLemmas: ["urge", "caution", "implore", "beg"],
    infinitiveSubjectLemmas: ["urge", "ask", "implore", "beg", "tell", "warn", "caution", "advise"],
    // biome-ignore format: a word list reads best wrapped
    listeners: [
      "reporters", "journalists", "lawmakers", "supporters", "members", "investors", "analysts", "viewers",
      "listeners", "readers", "voters", "residents", "workers", "employees", "staff", "delegates", "senators",
      "students", "parliament", "congress", "him", "her", "them", "me", "us", "you", "it", "everyone",
      "anyone", "people", "colleagues", "officials", "donors", "guests", "attendees", "audience", "crowd",
    ],
    // biome-ignore format: a word list reads best wrapped
    settingPrepositions: ["in", "on", "at", "during", "via", "through", "over", "to", "after", "before", "from", "with"],
    // biome-ignore format: a word list reads best wrapped
    settingNouns: [
      "statement", "statements", "interview", "interviews", "letter", "letters", "tweet", "tweets", "post",
      "posts", "speech", "speeches", "email", "emails", "message", "messages", "release", "conference",
      "briefing", "briefings", "call", "hearing", "testimony", "remarks", "address", "report", "filing",
      "filings", "documents", "memo", "op-ed", "column", "essay", "video", "broadcast", "podcast", "show",
      "program", "appearance", "rally", "event", "meeting", "summit", "session", "debate", "campaign",
      "television", "radio", "twitter", "facebook", "instagram", "x", "telegram", "cnn", "fox", "msnbc",
      "abc", "nbc", "cbs", "npr", "reporters", "journalists", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "weekend", "morning", "afternoon", "evening", "night", "today",
      "week", "month", "year", "day", "time", "occasion", "book", "memoir", "website", "blog", "page",
      "account", "accounts", "feed", "channel", "timeline", "site", "newsletter", "livestream",
      "notice", "announcement", "court", "decision", "ruling", "complaint", "lawsuit", "affidavit", "motion",
      "brief", "declaration", "transcript", "recording", "record", "ad", "advertisement", "commercial",
    ],
    // biome-ignore format: a word list reads best wrapped
    cueAdverbs: [
      "also", "again", "later", "earlier", "recently", "previously", "then", "now", "once", "too", "still",
      "repeatedly", "today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "last", "this", "week", "month", "year", "night", "morning", "afternoon",
      "evening", "ago", "late", "separately", "further", "often", "sometimes", "always", "however", "instead",
    ],
    continuations: ["adding", "saying", "noting", "explaining", "arguing", "insisting", "stressing", "warning"],
    // biome-ignore format: a word list reads best wrapped
    adverbialOpeners: [
      "as", "when", "while", "after", "before", "because", "since", "until", "though", "although", "during",
      "amid",
    ],
    participleOpeners: ["after", "before", "while", "when", "since", "upon", "in", "by"],
    // biome-ignore format: a word list reads best wrapped
    openingPhraseWords: [
      "in", "on", "at", "after", "before", "during", "following", "since", "until", "with", "without", "under",
      "for", "from", "by", "despite", "amid", "among", "over", "through", "throughout", "across", "later",
      "earlier", "then",
    ],
    notAdverbialAfterOpener: ["far", "long", "soon", "much", "many", "well", "recently", "early", "late"],
    comparisonBeforeAs: ["such", "same", "many", "much", "well", "far", "long", "soon", "so", "just"],
    contrasts: ["but", "while", "whereas", "although", "though", "yet", "however"],
    contrastGoesOn: ["that", "rather", "not", "also"],
    verbCoordinators: ["and", "but", "yet", "then"],
    negations: ["not", "never"],
    refusalVerbs: ["declined", "declines", "declining", "refused", "refuses", "refusing", "decline", "refuse"],
    refusedCues: ["comment"],
    verbPhraseOpeners: ["never", "not", "also", "then", "even", "still", "just", "so", "to", "who", "which", "whose"],
    timeAdverbs: ["today", "yesterday", "tonight", "tomorrow", "recently"],
    relativeTimes: ["last", "next", "this", "past", "earlier", "later"],
    // biome-ignore format: a word list reads best wrapped
    timeUnits: [
      "week", "weekend", "month", "year", "night", "morning", "afternoon", "evening", "spring", "summer",
      "fall", "autumn", "winter", "time", "this", "that",
    ],
    objectSettingPrepositions: ["in", "at", "during", "on"],
    objectAppositions: ["a", "an"],
    objectAdverbialPrepositions: ["through", "via", "before"],
    adverbialsAfterPhrase: ["even", "despite", "with", "just"],
    listingParticiples: ["including", "excluding"],
    additions: ["who", "whose", "compared", "after"],
    objectRelatives: ["which", "whom"],
    proForms: ["so", "it", "as much"],
    gapPronouns: ["something", "anything", "everything", "nothing"],
    gapFollowers: ["last", "and", "or", "but", ",", ".", ";", "—", "–", ")"],
    // biome-ignore format: a word list reads best wrapped
    trailingParticiples: [
      "reflecting", "prompting", "sparking", "drawing", "raising",
      "following", "marking", "echoing", "leading", "signaling", "signalling", "leaving", "making",
      // what the reported act caused: the reporter's, not the source's
      "forcing", "causing", "triggering", "putting", "sending", "spurring", "fueling", "fuelling", "stoking",
      "angering", "infuriating",
    ],
    // biome-ignore format: a word list reads best wrapped
    intransitiveLemmas: [
      "speak", "write", "respond", "report", "post", "testify", "comment", "reply", "agree", "tweet", "blog",
      "continue", "answer", "shout", "yell", "chant", "complain", "joke", "pledge", "vow", "promise",
      "charge",
    ],
    infinitiveOnlyCues: ["threaten"],
    consentLemmas: ["agree"],
    listCoordinators: ["and", "or"],
    positionAdverbs: ["above", "below", "just", "here"],
    placeNamePrepositions: ["in", "at"],
    clauseOnlyCues: ["continue", "went on", "goes on", "go on", "add", "maintain"],
    topicCues: { speak: ["about", "of"] },
    topicQuantities: ["little", "nothing", "much", "something", "anything", "more", "less"],
    topicsAfterListener: ["about"],
    attitudeCues: ["express"],
    attitudeTopicOpeners: ["about", "over", "at", "for", "with", "in", "toward", "towards", "regarding", "that"],
    namingParticiples: ["called", "dubbed", "labeled", "labelled", "titled", "entitled", "named", "known"],
    // biome-ignore format: a word list reads best wrapped
    clausalLemmas: [
      "say", "tell", "add", "write", "report", "note", "announce", "declare", "explain", "state", "insist",
      "claim", "predict", "suggest", "acknowledge", "admit", "confirm", "warn",
    ],
    // biome-ignore format: a word list reads best wrapped
    placePrepositions: [
      "at", "from", "with", "over", "in", "on", "during", "into", "through", "by", "before", "after", "across",
      "inside", "outside", "near", "under", "alongside", "behind",
    ],
    addresseePrepositions: ["to"],
    speechParticipleJoiners: ["while", "before", "after"],
    // biome-ignore format: a word list reads best wrapped
    subordinators: [
      "while", "although", "though", "because", "if", "when", "as", "since", "after", "before", "whereas",
      "unless", "once", "until",
    ],
    cueParticles: {
      call: ["for", "on", "upon", "out"],
      hint: ["at"],
      point: ["to", "out"],
      speak: ["about", "of", "out"],
      talk: ["about", "of"],
      ask: ["about", "for"],
      rail: ["against"],
      comment: ["on", "about"],
      respond: ["to"],
      reply: ["to"],
      refer: ["to"],
      warn: ["of", "against", "about"],
      complain: ["about", "of"],
      write: ["about", "of"],
      tweet: ["about"],
      testify: ["about"],
      argue: ["for", "against"],
      press: ["for"],
      plead: ["for"],
      joke: ["about"],
      boast: ["about", "of"],
      brag: ["about"],
      lament: ["about"],
      rant: ["about"],
      mention: ["of"],
      remark: ["on", "upon"],
      opine: ["on", "about"],
      scoff: ["at"],
    },
    contentPrepositions: { blame: ["on"], "fired back": ["at"], "shot back": ["at"] },
    settingOpeners: ["in", "on", "at", "during", "over", "through", "via"],
    // biome-ignore format: a word list reads best wrapped
    beforeIngNoun: [
      "a", "an", "the", "other", "another", "most", "more", "less", "least", "very", "so", "too", "every",
      "each", "such", "no", "any", "these", "those", "many", "several", "some",
    ],
    nounCompoundsBefore: {
      call: ["roll", "phone", "conference", "staff", "curtain", "wake-up", "casting", "robo", "cattle", "sick"],
      // "a news report", and "with all precincts reporting" (votes counted, not speech)
      // biome-ignore format: a word list reads best wrapped
      report: [
        "news", "credit", "media", "user", "finance", "fundraising", "press", "earnings", "expense",
        "disclosure", "intelligence", "precincts",
      ],
      dispute: ["territorial", "biographical", "border", "labor", "trade", "legal", "contract", "land"],
      charge: ["racially", "politically", "emotionally", "highly", "sexually"],
      // "had their say", "the final say", "easier said than done"
      say: ["his", "its", "their", "our", "my", "your", "final", "larger", "greater", "bigger", "easier"],
    },
    idiomsBeforeTo: { say: ["safe", "fair", "hard", "needless", "difficult", "easy", "suffice", "sufficient"] },
    nounCompoundsAfter: {
      call: ["center", "centers", "sheet", "sheets", "log", "logs", "letters"],
      pledge: ["delegate", "delegates"],
      // "campaign-finance reports show …": the noun, and the evidence verb after it
      report: ["show", "shows", "showed", "suggest", "suggests", "indicate", "indicates", "found", "find", "finds"],
    },
    otherSenseParticles: {
      call: ["off"],
      roar: ["back", "with"],
      press: ["against"],
      echo: ["with"],
      // running for an office, a struggle, a place of protest: "declared for mayor", "contend with the tide"
      declare: ["for"],
      contend: ["with", "for"],
      protest: ["outside", "inside", "near", "along", "across", "throughout"],
      applaud: ["along"],
    },
    workParticles: { write: ["for"], report: ["for"] },
    actObjects: { ask: ["question", "questions"], write: ["speech", "speeches"] },
    passiveContentOpeners: { asked: ["to"], told: ["that"], questioned: ["about"], pressed: ["about"] },
    agentPassiveAuxiliaries: ["is", "are", "was", "were", "be", "been", "being"],
    // biome-ignore format: a word list reads best wrapped
    passiveAdverbs: [
      "first", "also", "never", "not", "later", "since", "then", "still", "just", "already", "again", "once", "often",
    ],
    unnamedAskerForms: ["asked", "pressed"],
    unnamedAskerLeads: ["when", "whenever", "while", "after", "if"],
    // biome-ignore format: a word list reads best wrapped
    passiveAuxiliaries: [
      "is", "are", "was", "were", "be", "been", "being", "isn't", "wasn't", "weren't", "aren't", "isn’t", "wasn’t",
      "weren’t", "aren’t", "get", "gets", "got", "getting",
    ],
    // biome-ignore format: a word list reads best wrapped
    asClauseCues: [
      "say", "tell", "write", "report", "note", "announce", "explain", "state", "claim", "predict", "suggest",
      "acknowledge", "admit", "confirm", "warn", "reveal", "observe", "mention", "recall", "argue", "allege",
      "point out", "pointed out", "points out", "put it", "puts it",
    ],
    quantityAdverbs: [
      "about",
      "nearly",
      "almost",
      "roughly",
      "some",
      "only",
      "just",
      "over",
      "under",
      "around",
      "more",
      "fewer",
      "less",
      "than",
    ],
    quantityWords: ["percent", "%", "in", "out", "of"],
    respondentParticiples: ["surveyed", "polled", "questioned", "interviewed", "sampled"],
    // biome-ignore format: a word list reads best wrapped
    numberWords: [
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty",
      "fifty", "sixty", "seventy", "eighty", "ninety",
    ],
    // biome-ignore format: a word list reads best wrapped
    pronounContractions: [
      "he's", "she's", "it's", "that's", "there's", "here's", "who's", "what's", "where's", "let's", "one's",
    ],
    participleNounPrepositions: EN_PARTICIPLE_NOUN_PREPOSITIONS,
    adverbParticiplePrepositions: [...EN_PARTICIPLE_NOUN_PREPOSITIONS, "about"],
    hearsayAdverbs: ["reportedly"],
    passiveReasons: ["for", "of", "as", "with"],
    reasonPrepositions: ["for", "over"],
    declaringLemmas: ["declare", "announce", "proclaim"],
    receivedSpeechNouns: ["criticism", "criticisms"],
    // biome-ignore format: a word list reads best wrapped
    receivingVerbs: [
      "draw", "draws", "drew", "drawn", "drawing", "face", "faces", "faced", "facing", "spark", "sparks",
      "sparked", "sparking", "receive", "receives", "received", "receiving", "attract", "attracts", "attracted",
      "attracting", "get", "gets", "got", "gotten", "getting",
    ],
    underVerbs: ["come", "comes", "came", "coming"],
    receivedSpeechReasons: ["for", "over", "about"],
    madeSpeechNouns: ["statement", "statements", "remarks", "comments"],
    makingVerbs: ["make", "makes", "made", "making", "issue", "issues", "issued", "issuing"],
    madeSpeechTopics: ["about", "on", "regarding"],
    // --- precision: cue senses named by their object ---
    otherSenseObjects: {
      // biome-ignore format: a word list reads best wrapped
      post: [
        "victory", "victories", "win", "wins", "gain", "gains", "loss", "losses", "increase", "increases",
        "decline", "declines", "profit", "profits", "record", "times",
        // pictures put online: "posted photos of the storm"
        "photos", "picture", "pictures", "video", "videos",
      ],
      claim: ["percent", "territory", "residency", "seat", "seats", "prize", "title", "titles", "medal", "medals"],
      charge: ["fee", "fees", "price", "prices", "rent", "interest", "tuition", "premium", "premiums"],
      defend: ["seat", "seats", "majority", "majorities", "title", "crown"],
      confirm: ["nominee", "nominees", "judge", "judges", "justices", "appointee", "appointees"],
      admit: ["refugees", "students", "immigrants", "migrants", "patients", "applicants"],
      deny: ["bail", "entry", "visa", "visas"],
      // revenue results: "reported $2 billion in revenue", "reported year-over-year revenue declines"
      report: ["revenue", "revenues", "earnings"],
      // a work written: "wrote his dissertation on …", "writes fiction on the side"
      // biome-ignore format: a word list reads best wrapped
      write: [
        "dissertation", "thesis", "introduction", "foreword", "preface", "profile", "fiction", "novel", "novels",
        "song", "songs", "check", "checks", "screenplay", "script", "blog", "dissent",
        "commentary", "piece",
      ],
      // a contest given up or won: "conceding the race", "declared victory"
      concede: ["race", "contest", "primary", "election"],
      declare: ["victory"],
      // a thing owned: "boasts a 45-point lead"; a picture taken: "snapped his picture"
      boast: ["lead", "leads"],
      snap: ["picture", "pictures", "photo", "photos", "selfie", "selfies"],
      // a position kept: "continues to maintain a lead"
      maintain: ["lead", "leads", "majority", "edge", "advantage"],
      // watching an event: "observed voting in …"
      observe: ["voting", "elections", "election", "polling"],
      answer: ["door", "phone"],
    },
    receivedSpeechFocus: ["even", "also", "mostly", "mainly", "largely", "especially", "particularly", "chiefly"],
    // biome-ignore format: a word list reads best wrapped
    finiteAuxiliaries: [
      "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "may", "might", "should",
      "must", "did", "does", "do", "shall",
    ],
    // biome-ignore format: a word list reads best wrapped
    gapClauseLemmas: [
      "argue", "estimate", "conclude", "contend", "allege", "assert", "maintain", "agree", "ask", "concede",
      "believe", "think", "expect", "find", "consider", "deem", "determine", "hope", "fear", "charge",
      "complain", "testify", "calculate", "project", "forecast", "recall", "point", "indicate", "show",
      "reveal", "hint", "imply", "guess", "speculate", "acknowledge", "emphasize", "stress", "question",
    ],
    // --- content ends: settings of the cue after its content ---
    trailingSettings: ["on condition of anonymity", "on the condition of anonymity"],
    // biome-ignore format: a word list reads best wrapped
    trailingSettingNouns: [
      "interview", "tweet", "appearance", "statement", "speech", "op-ed", "post", "video", "podcast", "letter",
      "email", "broadcast", "column", "essay",
    ],
  },
};
