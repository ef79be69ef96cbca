// Reporting cues: the verbs and phrases that attribute speech, writing or a stated view to a source
// ("said", "told", "according to"). Data only; src/extract/quotes/cues.ts reads it.

/**
 * Reporting verbs by lemma, with the forms a story writes them in. Some forms are left out on purpose,
 * measured on the training split: bare or -ing forms that mostly name an act, not a statement, after
 * "to" or a modal ("defend", "endorse", "highlight", "continue", "recommend", "rejecting"), and forms
 * that are mostly nouns or names ("attacks", "emails", "reason", "press", "Herald").
 */
export const CUE_VERBS: Readonly<Record<string, readonly string[]>> = {
  say: ["say", "says", "said", "saying"],
  tell: ["tell", "tells", "told", "telling"],
  add: ["add", "adds", "added", "adding"],
  write: ["write", "writes", "wrote", "written", "writing"],
  ask: ["ask", "asks", "asked", "asking", "inquired"],
  continue: ["continued", "continues", "continuing"],
  tweet: ["tweet", "tweets", "tweeted", "tweeting", "retweeted"],
  call: ["call", "calls", "called", "calling"],
  note: ["note", "notes", "noted", "noting"],
  state: ["stated", "stating"],
  reply: ["reply", "replies", "replied", "replying"],
  explain: ["explain", "explains", "explained", "explaining"],
  report: ["reports", "reported", "reporting"],
  describe: ["describe", "describes", "described", "describing"],
  declare: ["declare", "declares", "declared", "declaring"],
  conclude: ["conclude", "concludes", "concluded", "concluding"],
  respond: ["respond", "responds", "responded", "responding"],
  recall: ["recall", "recalls", "recalled", "recalling"],
  argue: ["argue", "argues", "argued", "arguing"],
  pledge: ["pledge", "pledges", "pledged", "pledging"],
  acknowledge: ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
  suggest: ["suggest", "suggests", "suggested", "suggesting"],
  accuse: ["accuse", "accuses", "accused", "accusing"],
  warn: ["warn", "warns", "warned", "warning"],
  insist: ["insist", "insists", "insisted", "insisting"],
  promise: ["promise", "promises", "promised", "promising"],
  cite: ["cite", "cites", "cited", "citing"],
  assure: ["assure", "assures", "assured", "assuring"],
  remind: ["remind", "reminds", "reminded", "reminding"],
  announce: ["announce", "announces", "announced", "announcing"],
  admit: ["admit", "admits", "admitted", "admitting"],
  predict: ["predict", "predicts", "predicted", "predicting"],
  remark: ["remarked", "remarking"],
  chant: ["chant", "chants", "chanted", "chanting"],
  urge: ["urge", "urges", "urged", "urging"],
  claim: ["claim", "claims", "claimed", "claiming"],
  answer: ["answered", "answering"],
  shout: ["shout", "shouts", "shouted", "shouting"],
  lament: ["lament", "laments", "lamented", "lamenting"],
  blast: ["blasts", "blasted", "blasting"],
  yell: ["yell", "yells", "yelled", "yelling"],
  vow: ["vow", "vows", "vowed", "vowing"],
  blame: ["blame", "blames", "blamed", "blaming"],
  assert: ["assert", "asserts", "asserted", "asserting"],
  portray: ["portray", "portrays", "portrayed", "portraying"],
  praise: ["praises", "praised", "praising"],
  joke: ["joke", "jokes", "joked", "joking"],
  charge: ["charged", "charging"],
  complain: ["complain", "complains", "complained", "complaining"],
  proclaim: ["proclaim", "proclaims", "proclaimed", "proclaiming"],
  post: ["posted", "posting"],
  agree: ["agree", "agrees", "agreed", "agreeing"],
  publish: ["publish", "publishes", "published", "publishing"],
  thank: ["thanked", "thanking"],
  quote: ["quoted", "quoting"],
  mock: ["mock", "mocks", "mocked", "mocking"],
  criticize: ["criticize", "criticizes", "criticized", "criticizing", "criticise", "criticises", "criticised"],
  question: ["questioned", "questioning"],
  denounce: ["denounce", "denounces", "denounced", "denouncing"],
  emphasize: ["emphasize", "emphasizes", "emphasized", "emphasizing", "emphasise", "emphasised"],
  boast: ["boasts", "boasted", "boasting"],
  interject: ["interject", "interjects", "interjected", "interjecting"],
  concede: ["concede", "concedes", "conceded", "conceding"],
  vent: ["vented", "vents", "venting"],
  indicate: ["indicate", "indicated", "indicates", "indicating"],
  credit: ["credited", "crediting"],
  exclaim: ["exclaim", "exclaims", "exclaimed", "exclaiming"],
  decry: ["decry", "decries", "decried", "decrying"],
  dub: ["dub", "dubs", "dubbed", "dubbing"],
  bark: ["barked"],
  dismiss: ["dismissed", "dismissing", "dismisses"],
  highlight: ["highlighted"],
  allege: ["allege", "alleges", "alleged", "alleging"],
  demand: ["demanded", "demanding"],
  quip: ["quip", "quips", "quipped", "quipping"],
  imply: ["implied", "implies", "implying"],
  label: ["labeled", "labelled", "labeling"],
  condemn: ["condemn", "condemns", "condemned", "condemning"],
  scoff: ["scoff", "scoffs", "scoffed", "scoffing"],
  wonder: ["wonder", "wonders", "wondered", "wondering"],
  email: ["emailed"],
  muse: ["mused", "muses", "musing"],
  pronounce: ["pronounced", "pronounce", "pronounces", "pronouncing"],
  press: ["pressed"],
  interrupt: ["interrupted", "interrupt", "interrupts", "interrupting"],
  fume: ["fume", "fumes", "fumed", "fuming"],
  recount: ["recount", "recounts", "recounted", "recounting"],
  chide: ["chide", "chides", "chided", "chiding"],
  characterize: ["characterize", "characterizes", "characterized", "characterizing"],
  testify: ["testify", "testifies", "testified", "testifying"],
  surmise: ["surmised", "surmise", "surmises", "surmising"],
  riff: ["riffed"],
  protest: ["protested"],
  confirm: ["confirm", "confirms", "confirmed", "confirming"],
  deny: ["deny", "denies", "denied", "denying"],
  observe: ["observe", "observes", "observed", "observing"],
  reveal: ["reveal", "reveals", "revealed", "revealing"],
  stress: ["stressed", "stressing"],
  maintain: ["maintain", "maintains", "maintained", "maintaining"],
  counter: ["countered", "counters", "countering"],
  retort: ["retorts", "retorted", "retorting"],
  mention: ["mention", "mentions", "mentioned", "mentioning"],
  comment: ["commented", "commenting"],
  contend: ["contend", "contends", "contended", "contending"],
  whisper: ["whispers", "whispered", "whispering", "whisper"],
  mutter: ["mutter", "mutters", "muttered", "muttering"],
  cry: ["cried"],
  scream: ["screams", "screamed", "screaming", "scream"],
  plead: ["plead", "pleads", "pleaded", "pled", "pleading"],
  repeat: ["repeat", "repeats", "repeated", "repeating"],
  reiterate: ["reiterate", "reiterates", "reiterated", "reiterating"],
  caution: ["cautioned", "cautions", "cautioning"],
  brag: ["brag", "brags", "bragged", "bragging"],
  gush: ["gushed", "gushes", "gushing"],
  snap: ["snapped"],
  sneer: ["sneered", "sneers", "sneering"],
  grumble: ["grumbled", "grumble", "grumbles"],
  huff: ["huffed", "huffs", "huffing"],
  beg: ["begged", "begs"],
  rail: ["railed", "railing"],
  slam: ["slam", "slams", "slammed", "slamming"],
  tout: ["tout", "touts", "touted", "touting"],
  hail: ["hailed", "hailing", "hails"],
  blog: ["blogged", "blogs", "blogging"],
  text: ["texted", "texting"],
  opine: ["opine", "opines", "opined", "opining"],
  declaim: ["declaimed", "declaim", "declaims", "declaiming"],
  implore: ["implored", "implore", "implores", "imploring"],
  confide: ["confided", "confide", "confides", "confiding"],
  concur: ["concurred", "concur", "concurs", "concurring"],
  elaborate: ["elaborated", "elaborates", "elaborating"],
  clarify: ["clarified", "clarifies"],
  estimate: ["estimated"],
  grouse: ["groused", "grouses", "grousing"],
  griped: ["griped"],
  rant: ["ranted", "rants", "ranting"],
  roar: ["roared"],
  sigh: ["sighed"],
  laugh: ["laughed"],
  shrug: ["shrugged"],
  thunder: ["thundered"],
  intone: ["intoned", "intone", "intones", "intoning"],
  murmur: ["murmured", "murmurs", "murmuring"],
  proffer: ["proffered", "proffer", "proffers", "proffering"],
  recommend: ["recommended", "recommends", "recommending"],
  propose: ["proposed", "proposes", "proposing"],
  hint: ["hinted", "hinting"],
  think: ["think", "thinks", "thought"],
  believe: ["believe", "believes", "believed"],
  hope: ["hopes"],
  feel: ["feels", "felt"],
  worry: ["worries", "worried"],
  fear: ["fears", "feared"],
  speak: ["spoke", "speaks", "spoken"],
  reason: ["reasoned"],
  theorize: ["theorized", "theorize", "theorizes", "theorizing"],
  marvel: ["marveled", "marvelled", "marvels", "marveling"],
  reflect: ["reflected"],
  read: ["read", "reads"],
  herald: ["heralded", "heralding"],
  welcome: ["welcomed", "welcoming"],
  beam: ["beamed"],
  rip: ["ripped", "ripping", "rips"],
  target: ["targeted"],
  assail: ["assailed", "assails", "assailing", "assail"],
  attack: ["attacked", "attacking"],
  mourn: ["mourned"],
  cheer: ["cheered"],
  defend: ["defended", "defending", "defends"],
  applaud: ["applauded", "applauding", "applaud", "applauds"],
  endorse: ["endorsed", "endorses"],
  dispute: ["disputed", "disputes", "disputing"],
  reject: ["rejected", "reject", "rejects"],
  tease: ["teased", "teasing", "tease", "teases"],
  taunt: ["taunted", "taunting", "taunt", "taunts"],
  chuckle: ["chuckled", "chuckle", "chuckles", "chuckling"],
  brand: ["branded", "branding", "brands"],
  retaliate: ["retaliated", "retaliate", "retaliates", "retaliating"],
  sing: ["sang", "sings"],
  blare: ["blared"],
  remember: ["remembered"],
  echo: ["echoed", "echoing"],
  threaten: ["threaten", "threatens", "threatened", "threatening"],
  express: ["express", "expresses", "expressed", "expressing"],
};

/**
 * Forms that are as often a noun as a verb ("a report", "the state", "his call"): a cue only when no
 * determiner or possessive stands right before them.
 */
// biome-ignore format: a word list reads best wrapped
export const NOUN_LIKE_CUE_FORMS: readonly string[] = [
  "report", "reports", "state", "states", "call", "calls", "note", "notes", "claim", "claims", "question",
  "questions", "post", "posts", "charge", "charges", "comment", "comments", "answer", "answers", "promise",
  "promises", "vow", "vows", "pledge", "pledges", "quote", "quotes", "remark", "remarks", "tweet", "tweets",
  "warning", "fear", "fears", "hope", "hopes", "read", "reads", "joke", "jokes", "demand", "demands",
  "label", "labels", "stress", "counter", "blast", "repeat", "chant", "chants", "text", "post", "thought",
  "praise", "mention", "boast", "retort", "scream", "whisper", "protest", "slam", "tout", "cited",
  "reporting", "writing", "shouts", "question", "recount", "recounts", "recall", "recalls", "quip", "quips",
  "retorts", "mentions", "disputes", "taunts", "rants", "whispers", "screams",
  "blasts", "slams", "gushes", "sneers", "cautions", "point", "points", "press",
];

/**
 * Verbs after which "to" and a cue verb's base form are a statement going on, whatever that base form
 * alone would be ("continued to question his record", "continues to defend the plan").
 */
export const CONTINUING_VERBS: readonly string[] = ["continue", "continues", "continued", "continuing"];

/** Words that open the clause a noun-like form reports as an infinitive ("to note that", "to question whether"). */
export const INFINITIVE_CLAUSE_OPENERS: readonly string[] = ["that", "whether"];

/**
 * Words after which a past participle modifies a noun ("the proposed wall", "a written statement",
 * "its stated aim") rather than reports. Quantifiers are left out: "some claimed", "all agreed".
 */
// biome-ignore format: a word list reads best wrapped
export const ADJECTIVE_DETERMINERS: readonly string[] = [
  "a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
];

/**
 * Reporting verbs whose object is the person or thing spoken of, never the speaker: the words after
 * them are not a source ("…," denounced her record; called the plan "a mess").
 */
// biome-ignore format: a word list reads best wrapped
export const OBJECT_CUE_VERBS: readonly string[] = [
  "tell", "call", "describe", "accuse", "praise", "blame", "cite", "quote", "mock", "criticize", "dub",
  "label", "portray", "slam", "hail", "thank", "assure", "denounce", "condemn", "decry", "characterize",
  "chide", "welcome", "herald", "rip", "target", "assail", "attack", "defend", "applaud", "endorse",
  "dispute", "reject", "tease", "taunt", "brand", "credit", "dismiss", "highlight", "tout", "blast",
  "question", "publish", "mention", "recount", "express",
];

/**
 * Words that cannot be the subject of a plural noun-like form right after them, so the form is a noun:
 * quantifiers and adjectives ("endless calls", "several claims", "existing pledges") and verbs whose
 * object it is ("making calls", "raised questions").
 */
// biome-ignore format: a word list reads best wrapped
export const PLURAL_NOUN_MODIFIERS: readonly string[] = [
  "more", "fewer", "many", "several", "numerous", "multiple", "various", "frequent", "endless", "repeated",
  "renewed", "growing", "mounting", "increasing", "existing", "recent", "previous", "earlier", "other",
  "such", "angry", "loud", "vague", "empty", "making", "made", "take", "took", "taking", "raise", "raised",
  "raising", "answer", "answered", "answering", "field", "fielded", "fielding", "receive", "received",
  "receiving", "ignore", "ignored", "ignoring", "heed", "heeded",
];

/** Cue forms whose past tense is written like the base form: "the email read", not "a good read". */
export const PAST_LIKE_BASE_FORMS: readonly string[] = ["read"];

/** Cue forms that mostly describe thought or naming rather than speech: weak evidence for a source. */
// biome-ignore format: a word list reads best wrapped
export const WEAK_CUE_FORMS: readonly string[] = [
  "think", "thinks", "thought", "believe", "believes", "believed", "hopes", "feels", "felt", "worries",
  "worried", "fears", "feared", "reads",
];

/** Multi-word cues, matched word by word (lower case). */
// biome-ignore format: a word list reads best wrapped
export const CUE_PHRASES: readonly string[] = [
  "according to", "went on to say", "goes on to say", "went on", "pointed out", "points out", "shot back",
  "fired back", "put it", "puts it", "is quoted as saying", "was quoted as saying", "were quoted as saying",
  "referred to", "refers to", "referring to", "talked about", "talks about", "spoke of", "pointed to", "points to",
  "pointing to", "point to", "pointing out", "point out", "comment on", "comment about",
  "made no mention of", "makes no mention of", "make no mention of", "made little mention of", "made any mention of",
  "presses for", "press for", "pressing for",
];

/**
 * First words of multi-word cues that read as a participle cue after a comma, the sentence's subject
 * being the source ("Ruiz played down the loss, pointing to a win in the north"). "referring" is left
 * out on purpose, measured on the training split: mostly the reporter's gloss, not a statement.
 */
export const PARTICIPLE_PHRASE_HEADS: readonly string[] = ["pointing"];

/** The phrase whose source follows it ("according to the ministry"). */
export const SOURCE_AFTER_CUE_PHRASES: readonly string[] = ["according to"];

/**
 * Nouns that report speech when a possessive names the speaker: "her claim that she "never sent"",
 * "his warning that …", "Ruiz's promise to be "fair"".
 */
// biome-ignore format: a word list reads best wrapped
export const CUE_NOUNS: readonly string[] = [
  "remark", "remarks", "statement", "statements", "claim", "claims", "promise", "promises", "pledge", "vow",
  "warning", "warnings", "comment", "comments", "words", "assertion", "argument", "message", "description",
  "declaration", "insistence", "contention", "suggestion", "accusation", "accusations", "boast", "answer",
  "response", "reply", "tweet", "tweets", "testimony", "letter", "email", "slogan", "criticism", "complaint",
  "demand", "assurance", "admission", "prediction", "denial", "joke", "quip", "mantra", "refrain",
  "catchphrase", "characterization", "announcement", "apology", "speech", "view", "views", "plea", "call",
  "calls",
];

/**
 * Verb forms too often nouns to be cues anywhere ("the state", "a comment"), but cues right after a
 * quote's source when punctuation or a preposition follows: `"…," a voice-over in the ad states.`
 */
// biome-ignore format: a word list reads best wrapped
export const TRAILING_CUE_FORMS: readonly string[] = [
  "state", "states", "report", "comment", "comments", "remark", "remarks", "post", "posts", "answer",
  "answers", "chant", "counter", "counters", "quote", "quotes", "charge", "charges", "protest", "protests",
];
