// Words that shape a speaker phrase next to a quote: pronouns (with the person they can stand for),
// determiners, the adverbs and auxiliaries that sit between a source and its cue, and the words that
// end a source phrase. Data only; src/extract/quotes/ reads it.

export type PronounKind = "male" | "female" | "plural" | "thing" | "self" | "relative";

/** Pronouns that can be a quote's source as written ("he said"). */
export const SUBJECT_PRONOUNS: Readonly<Record<string, PronounKind>> = {
  he: "male",
  she: "female",
  they: "plural",
  it: "thing",
  i: "self",
  we: "self",
  you: "self",
  who: "relative",
  which: "relative",
};

/**
 * Pronouns that stand for people, the subjects a clause with no cue usually quotes ("even if he reserved
 * …", "Ruiz, who cast herself as …").
 */
export const PERSON_SUBJECT_PRONOUNS: readonly string[] = ["he", "she", "they", "i", "we", "who"];

/** Subject pronouns that name a third person or people, never the speaker or the content's own thing. */
export const THIRD_PERSON_SUBJECT_PRONOUNS: readonly string[] = ["he", "she", "they"];

/** Conjunctions that may open a sentence before its subordinate clause ("So while …", "But if …"). */
export const SENTENCE_CONJUNCTIONS: readonly string[] = ["so", "and", "but", "yet"];

/** Possessive pronouns: the source of a noun cue ("her claim that …"). */
export const POSSESSIVE_PRONOUNS: Readonly<Record<string, PronounKind>> = {
  his: "male",
  her: "female",
  their: "plural",
  its: "thing",
  my: "self",
  our: "self",
};

/** Articles: "an early tweet" is a noun phrase, whatever its last word could also be. */
export const ARTICLES: readonly string[] = ["a", "an", "the"];

/** Words that open a noun phrase before a modifier and its noun: "a phone call", "no telephone call". */
export const NOUN_OPENERS: readonly string[] = [...ARTICLES, "no"];

/** Prepositions that attach a place or a body to a full name: "Ana Ruiz of Nevada", "Tom Varga from the Harbor Institute". */
export const POST_NAME_PREPOSITIONS: readonly string[] = ["of", "from", "at"];

/** Prepositions of place: a name after one ends a nominal source, it does not name the speaker ("officials in Ohio"). */
export const PLACE_PREPOSITIONS: readonly string[] = ["in", "across", "near", "throughout", "around"];

/** Prepositions of path and surroundings ("along the", "amid the"): an article after them opens their object. */
// biome-ignore format: a word list reads best wrapped
export const PATH_PREPOSITIONS: readonly string[] = [
  "along", "across", "toward", "towards", "beyond", "amid", "among",
];

/** Words that open a noun phrase. */
// biome-ignore format: a word list reads best wrapped
export const DETERMINERS: readonly string[] = [
  "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
  "some", "many", "several", "most", "other", "another", "one", "two", "three", "both", "all", "few", "each",
  "every", "any", "no",
];

/**
 * Words that may stand before an article inside one noun phrase ("all the", "half a", "such a"); any
 * other word before "the" or "a" (bar a determiner or a preposition) ends a phrase of its own: "At the
 * rally the crowd chanted".
 */
// biome-ignore format: a word list reads best wrapped
export const PREDETERMINERS: readonly string[] = [
  "all", "both", "half", "such", "what", "quite", "rather", "many", "twice",
];

/** Quantifiers that stand alone as a plural subject: "Some seek to …", "Many fear that …". */
// biome-ignore format: a word list reads best wrapped
export const STANDALONE_QUANTIFIERS: readonly string[] = [
  "some", "many", "most", "several", "few", "both", "all", "others",
];

/** Naming verbs whose subject after "what" is the one quoted: "what lawmakers called "fraud"". */
export const NAMING_AFTER_WHAT: readonly string[] = ["called", "dubbed", "termed", "described"];

/** Auxiliary and modal verbs: a subject phrase ends before them. */
// biome-ignore format: a word list reads best wrapped
export const AUXILIARIES: readonly string[] = [
  "is", "was", "were", "are", "am", "be", "been", "being", "has", "had", "have", "will", "would", "could",
  "can", "may", "might", "should", "must", "did", "does", "do", "shall", "won't", "wouldn't", "didn't",
  "doesn't", "don't", "hasn't", "haven't", "hadn't", "isn't", "wasn't", "can't", "couldn't", "cannot",
];

/** Finite auxiliaries of the past ("was armed and refused …"): a past tense with no "-ed". */
export const PAST_FINITE_AUXILIARIES: readonly string[] = ["was", "were", "had", "did"];

/** Finite auxiliaries of the present ("is armed and refuses …"). */
export const PRESENT_FINITE_AUXILIARIES: readonly string[] = ["is", "are", "has", "have", "does", "do"];

/**
 * Words of degree between a verb and the infinitive it governs: "voters appeared more likely to say",
 * "were less inclined to accept". They belong to the verb phrase, not to its subject.
 */
export const DEGREE_WORDS: readonly string[] = ["more", "less", "most", "least", "very", "too", "so", "much"];

/** The auxiliary of a perfect tense: "has called" is active, where "was called" names. */
export const PERFECT_AUXILIARIES: readonly string[] = ["has", "have", "had", "having"];

/**
 * Words that float after a subject, before its verb: "the senators have both argued", "voters were more
 * likely to say". After a noun they are not the source; at a phrase's start they are ("Both said").
 */
export const FLOATING_AFTER_SUBJECT: readonly string[] = ["both", "all", "each", "more", "less"];

/** Verb endings contracted onto a pronoun: "they've", "he's", "I'm", "she'd", "we'll", "you're". */
export const CONTRACTED_VERB_ENDINGS: readonly string[] = ["s", "re", "ve", "d", "m", "ll"];

/** Words between a source and its cue that are not part of the source ("Smith later said"). */
export const BETWEEN_SOURCE_AND_CUE: readonly string[] = [
  ...AUXILIARIES,
  "having",
  "also",
  "later",
  "then",
  "again",
  "once",
  "previously",
  "recently",
  "earlier",
  "first",
  "further",
  "simply",
  "only",
  "just",
  "now",
  "still",
  "even",
  "not",
  "never",
  "often",
  "always",
  "long",
  "already",
  "since",
  "reportedly",
  "publicly",
  "privately",
  "repeatedly",
  "frequently",
  "famously",
  "subsequently",
  "separately",
  "similarly",
  "likewise",
  "however",
  "meanwhile",
  "too",
  "in",
  "fact",
  "went",
  "goes",
  "go",
  "gone",
  "back",
  "on",
  "to",
  "as",
  "so",
  "twice",
  "ever",
  "likely",
  "unlikely",
  "instead",
  "particular",
  "lately",
  "sometimes",
  "seldom",
  "perhaps",
  "soon",
  "almost",
  "indeed",
  "yet",
  "nevertheless",
  "nonetheless",
  "mostly",
  "largely",
  "generally",
  "usually",
  "initially",
  "originally",
  "eventually",
  "openly",
  "apparently",
  "explicitly",
  "flatly",
];

/** Two-word adverbials between a source and its cue ("Smith so far has said", "Jones at least says"). */
export const PAIRS_BETWEEN_SOURCE_AND_CUE: readonly string[] = [
  "so far",
  "at least",
  "for now",
  "at first",
  "of course",
  "at times",
  "in turn",
  "by contrast",
  "at once",
  "in private",
  "in public",
];

/** Words that start a clause or modifier after a source: they end the source phrase. */
// biome-ignore format: a word list reads best wrapped
export const SOURCE_ENDERS: readonly string[] = [
  "who", "whose", "which", "adding", "saying", "noting", "explaining", "arguing", "according", "in", "on",
  "at", "during", "when", "after", "before", "as", "while", "because", "referring", "speaking", "calling",
  "told", "with", "of", "about", "from", "last", "this", "earlier", "later", "yesterday", "today", "tonight",
  "and", "but", "then", "though", "although", "where", "via", "through", "into", "over", "by", "for",
  "since", "until", "than", "if", "so",
];

/** Words before an "as" that names a source inside its phrase ("said the base chief known as Bob"). */
export const NAMING_BEFORE_AS: readonly string[] = ["known"];

/** Words that open a leading adverbial phrase that runs to a comma ("In a statement, the ministry said"). */
// biome-ignore format: a word list reads best wrapped
export const ADVERBIAL_OPENERS: readonly string[] = [
  "in", "on", "at", "after", "before", "during", "while", "when", "as", "asked", "following", "since",
  "until", "with", "without", "under", "for", "from", "by", "to", "if", "although", "though", "because",
  "once", "despite", "like", "unlike", "among", "amid", "according", "over", "about", "through",
  "throughout", "outside", "inside", "near", "across", "against", "behind", "beyond", "whether", "last",
  "this", "earlier", "later", "hours", "days", "weeks", "months", "years", "minutes", "here", "unless",
  "back",
];

/** Single words that open a sentence before its subject ("Then he said", "But Smith said"). */
// biome-ignore format: a word list reads best wrapped
export const DISCOURSE_WORDS: readonly string[] = [
  "and", "but", "so", "yet", "or", "then", "still", "now", "however", "meanwhile", "indeed", "also",
  "instead", "separately", "similarly", "likewise", "yesterday", "today", "tonight", "too", "again", "even",
  "rather", "ultimately", "finally", "first", "second", "next", "overall", "moreover", "nevertheless",
  "nonetheless", "thus", "hence", "otherwise", "besides", "afterward", "afterwards", "eventually", "later",
  "earlier", "recently", "previously", "ever", "soon", "shortly", "immediately", "right", "just", "perhaps",
  "maybe", "clearly", "apparently",
];

/** Words that end a sentence-initial capitalised run as function words ("But", "When"). */
// biome-ignore format: a word list reads best wrapped
export const CAPITALISED_FUNCTION_WORDS: readonly string[] = [
  "the", "a", "an", "but", "and", "or", "so", "yet", "in", "on", "at", "for", "from", "to", "of", "by",
  "with", "as", "if", "when", "while", "after", "before", "since", "though", "although", "because", "still",
  "meanwhile", "however", "then", "now", "this", "that", "these", "those", "there", "here", "his", "her",
  "their", "its", "our", "my", "it", "he", "she", "they", "we", "i", "you", "what", "who", "where", "why",
  "how", "even", "not", "no", "yes", "both", "all", "some", "many", "most", "asked", "like", "unlike",
  "despite", "during", "under", "over", "about", "into", "speaking", "according", "dear", "mr", "mrs", "ms",
  "neither", "either", "unless", "until", "whether", "every", "each", "such", "another", "only",
];

/** Words that open a subordinate clause or a question: a subject phrase does not run through them. */
// biome-ignore format: a word list reads best wrapped
export const SUBORDINATORS: readonly string[] = [
  "when", "while", "because", "although", "though", "if", "as", "since", "after", "before", "until", "where",
  "whereas", "unless", "what", "whether", "once", "than", "how", "why", "whatever", "whenever",
];

/**
 * Subordinators that, right after a reporting verb, open an adverbial clause of that verb, never the
 * content it reports: "Ruiz said as the crowd chanted …", "spoke while …".
 */
// biome-ignore format: a word list reads best wrapped
export const ADVERBIAL_SUBORDINATORS: readonly string[] = [
  "as", "while", "because", "although", "though", "whereas", "until", "once",
];

/** Adverbs that may stand before a subordinator opening a sentence ("Even before …", "Shortly after …"). */
// biome-ignore format: a word list reads best wrapped
export const SUBORDINATOR_ADVERBS: readonly string[] = [
  "even", "just", "shortly", "soon", "long", "only", "right", "hours", "days", "minutes", "moments",
];

/** Coordinating conjunctions. */
export const CONJUNCTIONS: readonly string[] = ["and", "but", "or", "nor", "yet", "so"];

/**
 * Words that join a new clause with a subject of its own to the one before: "Ruiz backed the deal,
 * although she has "concerns"", "Varga spoke, and he warned of "chaos"".
 */
export const CLAUSE_JOINERS: readonly string[] = ["and", "but", "yet", "although", "though", "while", "whereas"];

/** Prepositions a subject phrase may hold ("a spokesman for the campaign", "people close to him"). */
// biome-ignore format: a word list reads best wrapped
export const PHRASE_PREPOSITIONS: readonly string[] = [
  "of", "for", "at", "in", "from", "with", "to", "on", "within", "inside", "outside",
];

/** Prepositions that never open a clause nor stand as adjectives ("In a video posted …"; not "Outside experts"). */
export const CLAUSELESS_PREPOSITIONS: readonly string[] = [
  "in",
  "on",
  "at",
  "with",
  "from",
  "during",
  "through",
  "via",
  "into",
  "amid",
];

/** Common finite verbs that are not reporting cues: a subject phrase ends before them. */
// biome-ignore format: a word list reads best wrapped
export const COMMON_VERBS: readonly string[] = [
  "took", "made", "went", "got", "gave", "put", "set", "ran", "won", "lost", "came", "left", "kept",
  "brought", "sent", "held", "met", "paid", "sat", "saw", "spent", "stood", "began", "hit", "goes", "makes",
  "takes", "gives", "comes", "seems", "appears", "wants", "needs", "tries", "gets", "keeps", "knows", "knew",
  "likes", "loves", "hates", "becomes", "became", "remains", "stays", "sees", "looks", "finds", "found",
  "thinks", "uses", "works", "leads", "led", "runs", "wins", "loses", "helps", "plans", "hopes", "says",
  "got", "let", "lets", "gone", "going", "doing", "having", "sought", "thought", "bought", "caught",
  "taught", "fought", "felt", "built", "lent", "meant", "dealt", "struck", "stuck", "swore", "wore", "tore",
  "broke", "chose", "froze", "rose", "drove", "rode", "stole", "woke", "ate", "fell", "drew", "grew",
  "threw", "flew", "blew", "shown", "forgave", "shook", "understood", "spun", "hung", "swung", "sang",
  "rang", "swam", "overcame", "fed", "fled", "heard", "cut", "hurt", "shut", "quit", "split", "spread",
  "cast", "cost", "bet", "hits", "holds", "sits", "stands", "puts", "sets", "brings", "sends", "spends",
  "meets", "pays", "faces", "faced", "lacks", "owns", "lives", "belongs", "seemed", "appeared", "wanted",
  "needed", "tried", "decided", "refused", "declined", "hoped", "planned", "used", "did",
];

/** Time words that trail a source before its cue ("Smith on Tuesday said"). */
// biome-ignore format: a word list reads best wrapped
export const TIME_WORDS: readonly string[] = [
  "today", "yesterday", "tonight", "tomorrow", "morning", "afternoon", "evening", "night", "day", "days",
  "week", "weeks", "weekend", "month", "months", "year", "years", "time", "times", "ago", "recently", "earlier",
  "later", "last", "next", "this", "past", "first", "once", "again", "hour", "hours", "minutes", "decade",
  "decades", "late",
];

/** Words that count a time phrase before a source's cue ("Ruiz less than two weeks ago said"). */
// biome-ignore format: a word list reads best wrapped
export const TIME_QUANTITY_WORDS: readonly string[] = [
  "a", "an", "few", "several", "some", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
  "eleven", "twelve", "dozen", "than", "less", "more", "about", "nearly", "almost", "just", "only",
];

/** Prepositions that open a time phrase between a source and its cue ("Ruiz since Tuesday has said"). */
// biome-ignore format: a word list reads best wrapped
export const TIME_PREPOSITIONS: readonly string[] = ["during", "since", "until", "after", "before", "over", "throughout"];

/** Nouns and adjectives that end in -ly but are not adverbs. */
// biome-ignore format: a word list reads best wrapped
export const LY_NOUNS: readonly string[] = [
  "family", "ally", "rally", "assembly", "supply", "reply", "monopoly", "anomaly", "homily", "jelly",
  "belly", "bully", "folly", "holly", "lily", "butterfly", "fly", "elderly", "friendly", "lonely", "lovely",
  "likely", "unlikely", "early", "daily", "weekly", "monthly", "yearly", "only", "costly", "deadly",
  "orderly", "silly", "ugly", "holy", "burly", "curly", "oily", "wily", "hilly", "chilly", "surly", "kindly",
  "timely", "manly", "worldly", "scholarly", "sickly", "stately", "homely", "comely", "ghastly", "courtly",
  "beastly",
];

/** Reflexive pronouns that stay in a source as written: "Cruz himself said". */
export const REFLEXIVE_PRONOUNS: readonly string[] = ["himself", "herself", "themselves", "itself"];

/** Relative pronouns of a person or group: "Smith, who said", "officials whom she met". */
export const PERSON_RELATIVE_PRONOUNS: readonly string[] = ["who", "whom", "whose"];

/** Relative pronouns of a thing ("that" may also be a complementizer): "the plan, which critics call". */
export const THING_RELATIVE_PRONOUNS: readonly string[] = ["which", "that"];

/** Relative pronouns: "Smith, who said", "the plan, which critics call". */
export const RELATIVE_PRONOUNS: readonly string[] = [...PERSON_RELATIVE_PRONOUNS, ...THING_RELATIVE_PRONOUNS];

/** Relative pronouns that open a clause set off by commas ("the levy, which …, will"); "that" opens none. */
export const SET_OFF_RELATIVE_PRONOUNS: readonly string[] = RELATIVE_PRONOUNS.filter((w) => w !== "that");

/** Relatives that stand for the subject of their clause ("the same number who said …"). */
export const SUBJECT_RELATIVES: readonly string[] = ["who", "that"];

/** Verb particles left at the edge of a phrase ("set up a website"): never a source's first word. */
export const PARTICLES: readonly string[] = ["up", "out", "off", "down", "away", "back", "over"];

/** Modal verbs: a cue after one reports what someone would say, not what they said. */
export const MODALS: readonly string[] = ["will", "would", "could", "might", "may", "should", "can", "must"];

/** Forms of "be": a past participle after one is a passive ("was questioned"), not a report. */
export const BE_FORMS: readonly string[] = ["is", "was", "were", "are", "be", "been", "being", "am", "'s"];

/** Verbs that link a subject to what it is, as "be" does ("the plan seems "a lifeline""). */
// biome-ignore format: a word list reads best wrapped
export const LINKING_VERBS: readonly string[] = [
  "seem", "seems", "seemed", "appear", "appears", "appeared", "remain", "remains", "remained",
];

/** Participles of a report in the passive: the subject still speaks ("Ruiz is said to have called it …"). */
export const REPORTED_PARTICIPLES: readonly string[] = ["said", "reported", "quoted", "heard"];

/** Words after a quote that open a new clause rather than its attribution ("…," but he warned). */
// biome-ignore format: a word list reads best wrapped
export const CLAUSE_OPENERS: readonly string[] = [
  "and", "but", "or", "nor", "while", "although", "though", "because", "since", "so", "yet", "when", "where",
  "if", "whereas", "which", "then", "after", "before", "until", "unless", "that", "who",
];

/** Words that never open a source phrase ("…," like the markets, said X). */
// biome-ignore format: a word list reads best wrapped
export const NON_SOURCE_OPENERS: readonly string[] = [
  "like", "unlike", "than", "because", "although", "though", "while", "whether", "if", "as", "so", "such",
  "despite", "that",
];

/** Sentence openers that are never a sentence's subject ("Nothing", "Why", "Consider"). */
// biome-ignore format: a word list reads best wrapped
export const NOT_SOURCES: readonly string[] = [
  "nothing", "why", "how", "what", "think", "when", "where", "whether", "specifically", "instead", "indeed",
  "still", "also", "witness", "imagine", "consider", "remember", "note", "see", "the", "a", "an", "this",
  "that", "these", "those",
];

/** Inverted cues that may open a sentence before its source ("Said Dorothy Vance, …"). */
export const OPENING_CUES: readonly string[] = ["said", "says"];

/** Words for everybody that "not" may count as a source ("Not everyone agreed"). */
export const EVERYONE_WORDS: readonly string[] = ["everyone", "everybody"];

/** Prepositions that stand before a cue used as a noun ("a call for", "in reports"). */
// biome-ignore format: a word list reads best wrapped
export const NOUN_PREPOSITIONS: readonly string[] = [
  "of", "in", "on", "at", "for", "from", "with", "by", "to", "into", "about", "after", "before",
];

/**
 * Lower-case prepositions whose object is the place, medium or listener of an act, never the subject of
 * a participle after it: "responded on Facebook writing", "wrote in a statement to Wired explaining".
 */
export const MEDIUM_PREPOSITIONS: readonly string[] = ["on", "to", "in", "at", "from", "with", "via"];

/** Words opening a phrase of time or place after an inverted source: ", said Ana Ruiz on Tuesday.", "… late on Friday". */
// biome-ignore format: a word list reads best wrapped
export const SETTING_OPENERS: readonly string[] = [
  "on", "in", "at", "during", "after", "before", "late", "earlier", "last", "this",
];

/** Verbs that put a document out: its subject speaks through it ("Ruiz released an ad that says …"). */
// biome-ignore format: a word list reads best wrapped
export const PUBLISHING_VERBS: readonly string[] = [
  "release", "releases", "released", "releasing", "publish", "publishes", "published", "publishing", "issue",
  "issues", "issued", "issuing", "launch", "launches", "launched", "launching", "post", "posts", "posted",
  "posting", "air", "airs", "aired", "airing", "run", "runs", "ran", "running", "send", "sends", "sent",
  "sending", "unveil", "unveils", "unveiled", "unveiling", "produce", "produces", "produced", "producing",
  "circulate", "circulates", "circulated", "circulating", "file", "files", "filed", "filing", "distribute",
  "distributes", "distributed", "distributing", "tweet", "tweets", "tweeted", "tweeting", "write", "writes",
  "wrote", "writing", "sign", "signs", "signed", "signing", "share", "shares", "shared", "sharing", "reprint",
  "reprints", "reprinted", "reprinting", "put", "puts", "putting", "debut", "debuts", "debuted",
  "debuting", "present", "presents", "presented", "presenting", "submit", "submits", "submitted", "submitting",
];

/** Lower-case words inside a name ("Ludwig van Beethoven", "Osama bin Laden"). */
// biome-ignore format: a word list reads best wrapped
export const NAME_PARTICLES: readonly string[] = [
  "de", "van", "von", "der", "den", "bin", "al", "la", "le", "da", "di", "du", "del", "ibn", "abu", "el",
  "dos", "das", "st",
];

/**
 * Nouns for what a source writes or says ("Ruiz's statement", "the campaign's email"): a source phrase
 * made of an owner and one of these names the owner as the speaker.
 */
// biome-ignore format: a word list reads best wrapped
export const SPEECH_NOUNS: readonly string[] = [
  "statement", "statements", "letter", "email", "emails", "post", "posts", "tweet", "tweets", "memoir",
  "book", "column", "op-ed", "essay", "editorial", "response", "reply", "answer", "account", "remarks",
  "speech", "message", "memo", "ad", "advertisement", "blog", "testimony", "filing", "announcement",
];

/** Nouns for a survey that speaks through the people it counts ("In a CNN poll, 31% of voters said"). */
export const SURVEY_NOUNS: readonly string[] = ["poll", "survey", "study"];

/**
 * Passive forms of a verb of asking: the quote that follows is the question put to the subject, the
 * asker's words ("Ruiz was asked by a reporter whether …", "Asked if the plan "works", Ruiz …").
 */
export const ASKED_FORMS: readonly string[] = ["asked"];

/** Words that open what someone is asked: the question's clause or its topic. */
// biome-ignore format: a word list reads best wrapped
export const QUESTION_OPENERS: readonly string[] = [
  "whether", "if", "about", "why", "how", "what", "when", "where", "who", "which",
];

/** Words before a bare passive "asked" that open its clause ("when asked", "if asked"). */
export const ASKED_OPENERS: readonly string[] = ["when", "if", "once", "after", "as", "while", "before", "later"];
