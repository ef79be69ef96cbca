// Function words by language (BCP 47 code): their share of a line's words tells running prose from
// menus, labels and headline lists (jusText's stopword density), and which language a story is in.

// biome-ignore format: a word list reads best wrapped
const ENGLISH: readonly string[] = [
  "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
  "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
  "did", "do", "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further",
  "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how",
  "however", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "last", "least", "less", "like",
  "many", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "never", "no", "nor", "not",
  "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
  "own", "same", "said", "says", "she", "should", "since", "so", "some", "still", "such", "than", "that",
  "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
  "though", "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we", "were",
  "what", "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with",
  "within", "without", "would", "yet", "you", "your", "yours", "yourself", "yourselves",
];

// biome-ignore format: word lists read best wrapped
export const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ENGLISH,
  es: [
    "a", "al", "algo", "como", "con", "cuando", "de", "del", "desde", "donde", "durante", "e", "el", "ella",
    "ellos", "en", "entre", "era", "es", "esa", "ese", "esta", "este", "está", "están", "fue", "ha", "han",
    "hay", "la", "las", "le", "les", "lo", "los", "más", "me", "mi", "muy", "ni", "no", "nos", "o", "para",
    "pero", "por", "porque", "que", "se", "ser", "si", "sin", "sobre", "son", "su", "sus", "también", "te",
    "tiene", "todo", "un", "una", "uno", "y", "ya", "yo",
  ],
  pt: [
    "a", "ao", "aos", "as", "com", "como", "da", "das", "de", "do", "dos", "e", "ela", "ele", "eles", "em",
    "entre", "era", "essa", "esse", "esta", "está", "este", "eu", "foi", "há", "isso", "já", "lhe", "mais",
    "mas", "me", "mesmo", "muito", "na", "nas", "não", "no", "nos", "num", "numa", "o", "os", "ou", "para",
    "pela", "pelo", "por", "quando", "que", "se", "sem", "ser", "seu", "seus", "sua", "suas", "são",
    "também", "tem", "um", "uma", "você", "à", "é",
  ],
  fr: [
    "a", "au", "aux", "avec", "ce", "ces", "cette", "comme", "dans", "de", "des", "du", "elle", "en", "est",
    "et", "été", "il", "ils", "je", "la", "le", "les", "leur", "lui", "mais", "me", "même", "mon", "ne",
    "nous", "on", "ont", "ou", "où", "par", "pas", "plus", "pour", "qu", "que", "qui", "sa", "se", "ses",
    "son", "sont", "sur", "ta", "te", "tout", "un", "une", "vous", "y", "à",
  ],
  de: [
    "aber", "als", "am", "an", "auch", "auf", "aus", "bei", "bis", "das", "dass", "dem", "den", "der", "des",
    "die", "dies", "diese", "durch", "ein", "eine", "einem", "einen", "einer", "er", "es", "für", "hat",
    "hatte", "ich", "ihr", "im", "in", "ist", "kann", "man", "mit", "nach", "nicht", "noch", "nur", "oder",
    "sich", "sie", "sind", "so", "um", "und", "uns", "von", "vor", "war", "wie", "wir", "wird", "wurde",
    "zu", "zum", "zur", "über",
  ],
  it: [
    "a", "ai", "al", "alla", "anche", "che", "chi", "ci", "come", "con", "da", "dal", "dalla", "dei", "del",
    "della", "delle", "di", "e", "è", "era", "gli", "ha", "hanno", "i", "il", "in", "la", "le", "lo", "ma",
    "mi", "ne", "nel", "nella", "non", "o", "per", "più", "perché", "quando", "questa", "questo", "se", "si",
    "sono", "su", "sua", "suo", "tra", "un", "una", "uno",
  ],
  nl: [
    "aan", "al", "als", "bij", "dat", "de", "den", "der", "deze", "die", "dit", "door", "een", "en", "er",
    "had", "heeft", "het", "hij", "hoe", "ik", "in", "is", "je", "maar", "met", "naar", "niet", "nog", "of",
    "om", "ook", "op", "over", "te", "tot", "uit", "van", "voor", "was", "wat", "werd", "wij", "worden",
    "zijn", "zo", "zou",
  ],
  pl: [
    "a", "aby", "ale", "bo", "by", "być", "był", "była", "było", "były", "co", "czy", "dla", "do", "go", "i",
    "ich", "jak", "jako", "jednak", "jej", "jest", "jego", "już", "ku", "który", "która", "które", "którzy",
    "lub", "ma", "mi", "między", "na", "nad", "nie", "o", "od", "oraz", "po", "pod", "przed", "przez", "przy",
    "się", "są", "ta", "tak", "także", "tego", "ten", "też", "to", "tylko", "w", "we", "więc", "z", "za",
    "ze", "że", "żeby",
  ],
  id: [
    "ada", "adalah", "agar", "akan", "atau", "bagi", "bahwa", "belum", "bisa", "dalam", "dan", "dari",
    "dengan", "di", "dia", "ia", "ini", "itu", "juga", "kami", "karena", "ke", "kepada", "ketika", "kita",
    "lebih", "mereka", "namun", "oleh", "pada", "para", "saat", "sebagai", "sejak", "sudah", "telah",
    "tersebut", "tidak", "untuk", "yang",
  ],
  ru: [
    "а", "без", "бы", "был", "была", "были", "было", "в", "вы", "да", "для", "до", "его", "ее", "её", "если",
    "есть", "еще", "ещё", "же", "за", "и", "из", "или", "им", "их", "к", "как", "когда", "который", "ли",
    "мне", "мы", "на", "над", "не", "него", "нет", "ни", "но", "о", "об", "однако", "он", "она", "они", "от",
    "по", "под", "при", "с", "так", "также", "то", "только", "у", "уже", "что", "это", "я",
    "во", "со", "ко", "всё", "все", "всех", "весь", "вся", "свой", "свою", "свои", "своих", "эти", "этот",
    "эта", "этой", "этих", "этом", "ей", "ему", "нам", "вам", "нас", "вас", "меня", "себя", "себе", "можно",
    "нужно", "очень", "чтобы", "где", "там", "здесь", "потом", "после", "через", "между", "перед", "даже",
    "ведь", "вот", "будет", "быть", "будут", "сейчас", "тоже", "которые", "которая", "которых",
    "ну", "раз", "чем", "кто", "мой", "моя", "наш", "наши", "ваш", "тем", "том", "того", "тот", "те",
  ],
};
