// How quotes are attributed in languages other than English: the reporting verbs and phrases, the
// words that stand for a speaker (pronouns, role nouns, honorifics) and the shape of names, one
// section per language. Data only; src/extract/quotes/intl.ts reads the table of a story's language.
// All words are lower case; a cue of several words matches them in a row.

export interface QuoteLanguage {
  /** Reporting verbs and phrases in the forms a story writes them ("sagte", "a déclaré", "ha detto"). */
  cues: readonly string[];
  /** Phrases whose source follows them in the quote's sentence ("selon X", "según X", "по словам X"). */
  sourceFirst: readonly string[];
  /** Subject pronouns that stand for a person ("er", "elle", "он"); also after a source-first phrase. */
  pronouns: readonly string[];
  /** Endings of a verb inverted with its pronoun ("estime-t-elle", "a-t-il"): a pronoun source. */
  invertedPronouns?: readonly string[];
  /** Nouns (or the ends of compound nouns) for a person's office or role ("ministre", "präsidentin"). */
  roles: readonly string[];
  /** Role nouns that stand for whoever holds an office ("o governante", "la funcionaria"). */
  officials: readonly string[];
  /** Titles before a surname that are not part of the name ("M.", "Sr.", "Frau"). */
  honorifics: readonly string[];
  /** Lower-case words inside names ("de", "da", "von"). */
  particles: readonly string[];
  /** Most words of a full name (German capitalises nouns, so its names are read short). */
  maxNameWords: number;
  /** Words that open a sentence pointing back at a quote that came before ("Così", "Ainsi"). */
  backReferences: readonly string[];
}

/** Chinese and Japanese: no capitals and no spaces, so speakers are read from their own markers. */
export interface UnspacedQuoteLanguage {
  /** Cues after the source and before a quote ("说", "表示", "介绍"), or after a quote ("と述べた"). */
  cues: readonly string[];
  /** Particles that close a quoted stretch that is speech ("と", "との"); empty when any may. */
  quoteFollowers: readonly string[];
  /** Marks the topic of a sentence, the speaker before a quote ("は"). */
  topicMarkers: readonly string[];
  /** Marks a possessor before a speaker ("中国外務省の劉氏"). */
  possessives: readonly string[];
  /** Titles and role nouns that stand next to a name ("氏", "市長", "局长", "种植户"). */
  titles: readonly string[];
  /** Where a title stands: after the name (Japanese "久保田市長") or before it (Chinese "局长何晓峰"). */
  titlePosition: "before" | "after";
  /** Family names, for names written without spaces (Chinese). */
  familyNames: readonly string[];
  /** Pronouns that stand for the last person named ("他", "她", "彼"). */
  pronouns: readonly string[];
  /** Fewest characters of a quoted stretch that reads as speech without a cue next to it. */
  minQuoteChars: number;
  /** Sentence ends. */
  sentenceEnds: readonly string[];
}

// biome-ignore format: word lists read best wrapped
export const QUOTE_LANGUAGES: Readonly<Record<string, QuoteLanguage>> = {
  de: {
    cues: [
      "sagte", "sagt", "sagten", "so", "erklärte", "erklärt", "betonte", "betont", "meinte", "meint",
      "fügte hinzu", "ergänzte", "ergänzt", "warnte", "warnt", "forderte", "fordert", "kritisierte",
      "berichtete", "teilte mit", "sprach von", "spricht von", "nannte", "bezeichnete", "unterstrich",
      "räumte ein", "versicherte", "kündigte an", "zitiert", "hieß es",
      "schrieb", "schreibt", "antwortete", "mahnte", "bekräftigte",
    ],
    sourceFirst: ["laut", "nach angaben von", "nach worten von", "zufolge"],
    pronouns: ["er", "sie"],
    roles: [
      "präsident", "präsidentin", "minister", "ministerin", "sprecher", "sprecherin", "vorsitzende",
      "vorsitzender", "vorständin", "vorstand", "chef", "chefin", "direktor", "direktorin", "leiter",
      "leiterin", "bürgermeister", "bürgermeisterin", "kanzler", "kanzlerin", "experte", "expertin",
      "bischof", "pfarrer", "landrat", "landrätin", "senator", "senatorin", "stadtrat", "stadträtin", "richter",
      "richterin", "anwalt", "anwältin", "ökonom", "ökonomin", "forscher", "forscherin", "staatssekretär", "abgeordnete", "abgeordneter", "geschäftsführer",
      "geschäftsführerin", "professor", "professorin", "sekretär", "sekretärin", "vertreter", "vertreterin",
    ],
    officials: ["politiker", "politikerin", "funktionär", "funktionärin"],
    honorifics: ["herr", "frau", "dr.", "prof."],
    particles: ["von", "van", "der", "zu", "de"],
    maxNameWords: 2,
    backReferences: ["so"],
  },
  fr: {
    cues: [
      "a déclaré", "a dit", "a affirmé", "a ajouté", "a expliqué", "a souligné", "a assuré", "a estimé",
      "a résumé", "a indiqué", "a précisé", "a insisté", "a prévenu", "a averti", "a martelé", "a reconnu",
      "a lancé", "a confié", "a rappelé", "a jugé", "a déploré", "a dénoncé", "a regretté", "a poursuivi",
      "a répondu", "a commenté", "a observé", "a fait valoir", "a plaidé", "a annoncé", "a promis",
      "déclare", "dit", "affirme", "ajoute", "explique", "souligne", "assure", "estime", "résume",
      "indique", "précise", "insiste", "prévient", "avertit", "reconnaît", "juge", "déplore", "dénonce",
      "regrette", "poursuit", "répond", "confie", "rappelle", "lance", "martèle", "raconte", "observe",
      "a-t-il déclaré", "a-t-elle déclaré", "a-t-il dit", "a-t-elle dit", "a-t-il ajouté", "a-t-elle ajouté",
    ],
    sourceFirst: ["selon", "pour", "d'après", "aux yeux de"],
    pronouns: ["il", "elle", "lui"],
    invertedPronouns: ["-t-il", "-t-elle", "-il", "-elle"],
    roles: [
      "président", "présidente", "ministre", "porte-parole", "directeur", "directrice", "maire", "député",
      "députée", "sénateur", "sénatrice", "secrétaire", "responsable", "chef", "cheffe", "dirigeant",
      "dirigeante", "représentant", "représentante", "spécialiste", "expert", "experte", "professeur",
      "chercheur", "chercheuse", "délégué", "déléguée", "préfet", "préfète", "gouverneur", "permanent",
      "permanente", "syndicaliste", "bourgmestre", "échevin", "patron", "patronne", "avocat", "avocate",
    ],
    officials: ["ministre", "responsable", "élu", "élue", "dirigeant", "dirigeante", "haut fonctionnaire"],
    honorifics: ["m.", "mme", "mlle", "me", "dr", "pr"],
    particles: ["de", "du", "des", "d'", "le", "la"],
    maxNameWords: 3,
    backReferences: ["ainsi"],
  },
  es: {
    cues: [
      "dijo", "afirmó", "aseguró", "explicó", "señaló", "añadió", "agregó", "indicó", "precisó", "declaró",
      "manifestó", "subrayó", "destacó", "advirtió", "apuntó", "lamentó", "insistió", "reconoció",
      "sostuvo", "comentó", "expresó", "recordó", "matizó", "defendió", "criticó", "denunció", "pidió",
      "ha dicho", "ha afirmado", "ha asegurado", "ha explicado", "ha señalado", "ha añadido", "ha indicado",
      "ha precisado", "ha declarado", "ha subrayado", "ha destacado", "ha advertido", "ha apuntado",
      "ha lamentado", "ha insistido", "ha reconocido", "ha sostenido", "ha comentado", "ha expresado",
      "ha recordado", "ha defendido", "ha criticado", "ha denunciado", "ha anunciado", "anunció",
      "dice", "afirma", "asegura", "explica", "señala", "añade", "agrega", "indica", "precisa", "sostiene",
    ],
    sourceFirst: ["según", "para", "a juicio de", "en palabras de"],
    pronouns: ["él", "ella"],
    roles: [
      "presidente", "presidenta", "ministro", "ministra", "portavoz", "director", "directora", "alcalde",
      "alcaldesa", "diputado", "diputada", "senador", "senadora", "secretario", "secretaria", "responsable",
      "jefe", "jefa", "dirigente", "representante", "delegado", "delegada", "consejero", "consejera",
      "gobernador", "gobernadora", "experto", "experta", "profesor", "profesora", "investigador",
      "investigadora", "titular", "coordinador", "coordinadora",
    ],
    officials: ["funcionario", "funcionaria", "responsable", "dirigente", "titular", "mandatario", "mandataria"],
    honorifics: ["sr.", "sra.", "don", "doña", "dr.", "dra."],
    particles: ["de", "del", "la", "las", "los", "y"],
    maxNameWords: 3,
    backReferences: ["así"],
  },
  it: {
    cues: [
      "ha detto", "ha affermato", "ha dichiarato", "ha spiegato", "ha aggiunto", "ha sottolineato",
      "ha commentato", "ha avvertito", "ha ribadito", "ha precisato", "ha osservato", "ha evidenziato",
      "ha assicurato", "ha annunciato", "ha concluso", "ha ricordato", "ha denunciato", "ha criticato",
      "ha rilevato", "ha insistito", "ha replicato", "ha risposto", "ha auspicato", "ha chiesto",
      "dice", "afferma", "dichiara", "spiega", "aggiunge", "sottolinea", "commenta", "avverte", "ribadisce",
      "precisa", "osserva", "evidenzia", "assicura", "annuncia", "conclude", "ricorda", "rileva",
      "disse", "affermò", "dichiarò", "spiegò", "aggiunse", "sottolineò",
    ],
    sourceFirst: ["secondo", "per", "a detta di", "a giudizio di"],
    pronouns: ["lui", "lei", "egli", "ella"],
    roles: [
      "presidente", "ministro", "ministra", "portavoce", "direttore", "direttrice", "sindaco", "sindaca",
      "deputato", "deputata", "senatore", "senatrice", "segretario", "segretaria", "responsabile", "capo",
      "dirigente", "rappresentante", "assessore", "assessora", "consigliere", "consigliera", "governatore",
      "esperto", "esperta", "professore", "professoressa", "ricercatore", "ricercatrice", "coordinatore",
      "coordinatrice", "amministratore", "prefetto", "questore", "procuratore",
    ],
    officials: ["responsabile", "dirigente", "esponente", "titolare", "ministro", "ministra"],
    honorifics: ["sig.", "sig.ra", "dott.", "dott.ssa", "on.", "prof."],
    particles: ["de", "di", "del", "della", "da", "d'"],
    maxNameWords: 3,
    backReferences: ["così"],
  },
  pt: {
    cues: [
      "disse", "afirmou", "declarou", "explicou", "acrescentou", "sublinhou", "salientou", "frisou",
      "destacou", "garantiu", "assegurou", "avisou", "alertou", "advertiu", "referiu", "indicou",
      "considerou", "defendeu", "lembrou", "reconheceu", "insistiu", "adiantou", "observou", "comentou",
      "criticou", "lamentou", "anunciou", "ressaltou", "enfatizou", "argumentou", "respondeu", "contou",
      "diz", "afirma", "declara", "explica", "acrescenta", "sublinha", "salienta", "frisa", "destaca",
      "garante", "avisa", "alerta", "refere", "considera", "defende", "lembra", "reconhece", "adianta",
    ],
    sourceFirst: ["segundo", "para", "de acordo com", "conforme"],
    pronouns: ["ele", "ela"],
    roles: [
      "presidente", "ministro", "ministra", "porta-voz", "diretor", "diretora", "prefeito", "prefeita",
      "deputado", "deputada", "senador", "senadora", "secretário", "secretária", "secretário-geral",
      "secretária-geral", "responsável", "chefe", "dirigente", "representante", "governador",
      "governadora", "presidente da câmara", "autarca", "especialista", "professor", "professora",
      "investigador", "investigadora", "coordenador", "coordenadora", "relator", "relatora", "líder",
    ],
    officials: ["governante", "responsável", "dirigente", "governante", "autarca", "titular", "ministro", "ministra"],
    honorifics: ["sr.", "sra.", "dr.", "dra.", "dom"],
    particles: ["de", "da", "do", "das", "dos", "e"],
    maxNameWords: 3,
    backReferences: ["assim"],
  },
  ru: {
    cues: [
      "сказал", "сказала", "сказали", "заявил", "заявила", "заявили", "отметил", "отметила", "отметили",
      "добавил", "добавила", "подчеркнул", "подчеркнула", "пояснил", "пояснила", "сообщил", "сообщила",
      "рассказал", "рассказала", "считает", "уверен", "уверена", "признал", "признала", "говорит",
      "заметил", "заметила", "уточнил", "уточнила", "указал", "указала", "ответил", "ответила",
      "предупредил", "предупредила", "констатировал", "констатировала", "назвал", "назвала",
      "добавляет", "отмечает", "подчеркивает", "подчёркивает", "говорится", "написал", "написала",
    ],
    sourceFirst: ["по словам", "по мнению", "как сказал", "как заявил", "как отметил", "по данным"],
    pronouns: ["он", "она", "его", "ее", "её"],
    roles: [
      "президент", "министр", "глава", "директор", "губернатор", "мэр", "депутат", "сенатор", "секретарь",
      "председатель", "руководитель", "представитель", "пресс-секретарь", "эксперт", "профессор",
      "заместитель", "замминистра", "гендиректор", "генеральный", "аналитик", "научный", "академик",
      "начальник", "советник", "посол", "спикер", "официальный",
    ],
    officials: ["чиновник", "глава", "руководитель", "министр", "представитель"],
    honorifics: ["г-н", "г-жа"],
    particles: [],
    maxNameWords: 3,
    backReferences: ["так"],
  },
};

// biome-ignore format: word lists read best wrapped
export const UNSPACED_QUOTE_LANGUAGES: Readonly<Record<string, UnspacedQuoteLanguage>> = {
  zh: {
    cues: [
      "说", "表示", "介绍", "告诉记者", "指出", "认为", "称", "强调", "坦言", "透露", "回忆", "感慨", "笑着说",
      "說", "表示", "介紹", "指出", "認為", "強調",
    ],
    quoteFollowers: [],
    topicMarkers: [],
    possessives: [],
    titlePosition: "before",
    titles: [
      "厅长", "副厅长", "局长", "副局长", "书记", "副书记", "主任", "副主任", "县长", "市长", "省长", "部长", "主席", "总理",
      "发言人", "经理", "总经理", "董事长", "负责人", "教授", "研究员", "村民", "农户", "队长", "站长", "院长",
      "校长", "专家", "代表", "委员", "先生", "女士", "种植户", "农民", "市民", "游客", "工人", "老板", "店主",
      "司机", "医生", "记者", "学生", "居民",
    ],
    familyNames: [
      "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何",
      "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田",
      "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚",
      "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "付", "方", "白",
      "邹", "孟", "熊", "秦", "邱", "江", "尹", "薛", "闫", "段", "雷", "侯", "龙", "史", "陶", "黎", "贺",
      "顾", "毛", "郝", "龚", "邵", "万", "钱", "严", "覃", "武", "戴", "莫", "孔", "向", "汤", "欧阳", "司马",
    ],
    pronouns: ["他", "她"],
    minQuoteChars: 6,
    sentenceEnds: ["。", "！", "？"],
  },
  ja: {
    cues: [
      "と述べた", "と語った", "と話した", "と強調した", "と説明した", "と指摘した", "と明らかにした",
      "とコメントした", "と訴えた", "と表明した", "と主張した", "と答えた", "との認識を示した", "との考えを示した",
      "との見方を示した", "と", "との",
    ],
    quoteFollowers: ["と", "との"],
    topicMarkers: ["は", "も"],
    possessives: ["の"],
    titlePosition: "after",
    titles: [
      "副報道局長", "報道局長", "報道官", "副大臣", "大臣", "首相", "外相", "官房長官", "知事", "市長", "町長",
      "村長", "区長", "社長", "会長", "理事長", "委員長", "議長", "代表", "局長", "部長", "課長", "園長", "所長",
      "院長", "教授", "議員", "監督", "選手", "大統領", "総統", "主席", "首席", "長官", "次官", "総裁", "幹事長",
      "書記長", "党首", "大使", "司令官", "委員", "容疑者", "被告", "裁判長", "氏", "さん",
    ],
    familyNames: [],
    pronouns: ["彼", "彼女", "同氏"],
    minQuoteChars: 6,
    sentenceEnds: ["。", "！", "？"],
  },
};
