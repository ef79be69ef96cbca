// Lines and phrases of page chrome around a story, by the kind of block they mark. Each pattern must
// match the WHOLE block text (after trimming), so a story sentence that merely mentions "cookies" is
// never taken for a cookie banner. Patterns run on blocks of at most MAX_PHRASE_BLOCK characters.
export const MAX_PHRASE_BLOCK = 400;

/**
 * Words that open a byline before the author's capitalised name, by language: "By Jane Doe", "Von
 * Max Muster", "Par Jeanne Dupont", "Por Ana Ruiz", "Door Jan de Vries", "Przez Anna Nowak", "Oleh
 * Budi Santoso". (Italian "di" and Portuguese "da" also begin surnames and sentences: left out.)
 */
export const BYLINE_OPENERS: readonly string[] = ["by", "von", "par", "por", "door", "przez", "oleh"];

export interface LinePattern {
  /** A kind of the output contract's removed[] vocabulary. */
  kind: string;
  match: RegExp;
  /** The line closes the story: what follows it is comments, tags, teasers or footer. */
  endsStory?: boolean;
}

export const LINE_PATTERNS: readonly LinePattern[] = [
  // photo captions and credits of portals in other languages (one pattern per language or agency style)
  { kind: "caption", match: /^(?:foto|bild|фото|写真|图片|圖片)(?:s|grafie)?\s*[:：]\s*\S.{0,150}$/i }, // de es it pt ru ja zh
  {
    kind: "caption",
    match: /\s-\s(?:[\p{L}.' ]{2,40}\s-\s)?(?:EUROPA PRESS|Europa Press|EFE)(?:\s-\s(?:Archivo|ARCHIVO))?$/u,
  }, // es
  { kind: "caption", match: /^(?:Archivo|ARCHIVO)\s-\s.{10,300}$/u }, // es
  { kind: "caption", match: /\s-\sRIPRODUZIONE RISERVATA$/u }, // it
  { kind: "caption", match: /＝\d{1,2}日[、,][^＝]{0,30}[（(](?:共同|時事|ロイター|AP|AFP|新華社|聯合)[)）]$/u }, // ja
  { kind: "caption", match: /(?:新华社|記者|记者|摄影)[^。]{0,12}\s?摄$/u }, // zh
  // date stamps of portals in other languages
  {
    kind: "timestamp",
    match:
      /^(?:publicado|actualizado|pubblicato|aggiornato|publié|mis à jour|veröffentlicht|aktualisiert|atualizado|опубликовано|обновлено)(?:\s+(?:el|le|am|em|il))?\s*[:：]?\s*.{0,50}\d{1,2}[:.h]\d{2}$/i,
  }, // es it fr de pt ru
  { kind: "timestamp", match: /^\p{Lu}[\p{L} ]{1,30}, \d{1,2}\.? \p{L}{3,12}\.? \d{4},? \d{1,2}[:.]\d{2}$/u }, // it, es: "PLACE, 12 novembre 2025, 15:48"
  {
    kind: "timestamp",
    match: /^(?:最終更新[:：]?\s?)?\d{1,2}\/\d{1,2}\s?[（(].[）)]\s?\d{1,2}:\d{2}\s?(?:配信|更新)?$/u,
  }, // ja
  { kind: "timestamp", match: /^\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}(?::\d{2})?(?:[\s　]+来源[：:]\s?\S{1,30})?$/u }, // zh
  // photo captions and credits
  { kind: "caption", match: /^(?:FILE\s+)?(?:PHOTO|PICTURE|IMAGE|VIDEO)\s*:/ },
  { kind: "caption", match: /^(?:photo|image|picture|photograph|graphic|video|caption|credit)s?(?:\s+by)?\s*:/i },
  {
    kind: "caption",
    match:
      /\b(?:REUTERS|AFP|AP|Getty Images|EPA|Xinhua|Bloomberg|Shutterstock|Alamy|WireImage|ANI|PTI|IANS)\/[A-Z][^\n]{0,80}$/,
  },
  { kind: "caption", match: /\((?:AP|AFP|Reuters|EPA|Getty|Xinhua|Bloomberg)\s+Photo(?:\/[^)]{0,80})?\)$/i },
  { kind: "caption", match: /^(?:Image|Photo|Slide)\s+\d+\s+of\s+\d+$/i },
  { kind: "caption", match: /^(?:photo|image|picture|photograph)s?\s+(?:by|courtesy\s+of|credit)\b.{1,100}$/i },
  {
    kind: "caption",
    match:
      /^.{0,100}\/\s?(?:Getty\s+Images|AFP|AP|Reuters|EPA|Shutterstock|Alamy|WireImage|Bloomberg|Sipa|Xinhua|Zuma|NurPhoto|Imagn|USA\s+TODAY\s+Sports)(?:\s+via\s+.{1,40})?\)?$/i,
  },
  // ads
  {
    kind: "advert",
    match:
      /^(?:advertisement|advertising|advert|ad|sponsored(?:\s+content)?|promoted(?:\s+content)?|paid\s+(?:content|post))$/i,
  },
  {
    kind: "advert",
    match: /^(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?\s+(?:advertisement|ad)$/i,
  },
  { kind: "advert", match: /^scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?$/i },
  // share rows
  {
    kind: "share",
    match:
      /^(?:share|tweet|email|e-mail|print|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|flipboard|copy\s+link|link\s+copied|save|comment)(?:(?:\s*[|·•/]\s*|\s+)(?:share|tweet|email|e-mail|print|facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|reddit|flipboard|copy\s+link))*$/i,
  },
  { kind: "share", match: /^share\s+(?:this|on|via|the)\b.{0,60}$/i },
  {
    kind: "share",
    match: /^(?:like|enjoy(?:ed)?|love)\s+this\s+(?:story|article|post)\s*\?\s*(?:share|send|pass)\b.{0,60}$/i,
  },
  // promos and calls to action
  {
    kind: "promo",
    match:
      /^(?:follow|join)\s+(?:us|our)\b.{0,120}\b(?:on|channel|whatsapp|telegram|twitter|facebook|instagram|x|google\s+news)\b.{0,80}$/i,
  },
  { kind: "promo", match: /^(?:download|get)\s+(?:our|the)\b.{0,60}\bapp\b.{0,80}$/i },
  { kind: "promo", match: /^(?:click|tap)\s+here\b.{0,120}$/i },
  { kind: "promo", match: /^.{0,160}\s(?:click|tap)\s+here(?:\s+(?:for|to)\s[^.!?]{1,60})?[.!]?$/i },
  { kind: "promo", match: /^(?:read|see|watch|listen)\s+(?:the\s+)?(?:full|rest|more)\b.{0,80}$/i },
  { kind: "promo", match: /^(?:read|see|watch)\s+(?:more|also|next)\s*:.{0,200}$/i },
  {
    kind: "promo",
    match:
      /^(?:related|more|see\s+also|also\s+see)(?:\s+(?:posts?|stories|story|articles?|links?|coverage|reading|content|videos?))?\s*:\s*\S.{0,200}$/i,
  },
  { kind: "promo", match: /^more\s+[\w'’ ]{1,40}:\s*https?:\/\/\S{1,200}(?:\s+and\s+https?:\/\/\S{1,200})?$/i },
  // newsletters
  {
    kind: "newsletter",
    match:
      /^(?:sign\s+up|subscribe|register)\b.{0,160}\b(?:newsletter|briefing|bulletin|alerts?|inbox|email)\b.{0,80}$/i,
  },
  { kind: "newsletter", match: /^(?:[\w'’]+\s+){0,4}newsletters?(?:\s*:.{0,100})?$/i },
  { kind: "newsletter", match: /^get\s+(?:the\s+)?(?:latest|breaking)\s+news\b.{0,100}$/i },
  { kind: "newsletter", match: /^stay\s+(?:up\s+to\s+date|informed|in\s+the\s+know|connected)\b.{0,120}$/i },
  {
    kind: "newsletter",
    match: /^.{0,80}\bsubscribe\s+to\s+(?:our|the|my)\s+(?:[\w'’-]+\s+){0,3}newsletters?\b.{0,60}$/i,
  },
  {
    kind: "newsletter",
    match:
      /^(?:thank\s+you\s+for\s+(?:subscribing|signing\s+up)|you\s+have\s+(?:been\s+)?successfully\s+(?:subscribed|signed\s+up))\b.{0,120}$/i,
  },
  // paywalls
  {
    kind: "paywall",
    match:
      /^(?:subscribe|sign\s+in|log\s+in|register)\s+(?:now\s+)?to\s+(?:read|continue|unlock|keep\s+reading).{0,100}$/i,
  },
  {
    kind: "paywall",
    match:
      /^(?:to\s+read\s+the\s+full\s+(?:story|article)|already\s+a\s+subscriber\??.{0,60}|subscribe\s+now.{0,60}|this\s+(?:article|content)\s+is\s+(?:for|available\s+to)\s+subscribers.{0,80})$/i,
  },
  // cookies
  { kind: "cookie", match: /^.{0,200}\b(?:we|this\s+site|this\s+website)\s+uses?\s+cookies\b.{0,300}$/i },
  {
    kind: "cookie",
    match: /^(?:accept|reject|manage)(?:\s+all)?\s+cookies$|^cookie\s+(?:settings|preferences|policy)$/i,
  },
  // comments
  {
    kind: "comments",
    match:
      /^(?:\d+\s+)?comments?(?:\s*\(\d+\))?$|^(?:leave|post|add|show|view|read)\s+(?:a\s+|your\s+|all\s+|the\s+)?(?:comments?|reply|replies)\b.{0,40}$|^(?:join\s+the\s+(?:conversation|discussion)|comments\s+are\s+closed|discuss\s+this\s+(?:article|story))\b.{0,40}$/i,
    endsStory: true,
  },
  {
    kind: "comments",
    match: /^.{1,80}\s+on\s+.{5,40}\s+at\s+\d{1,2}:\d{2}.{0,12}\s+(?:said|wrote|says)\s*:?$/i,
    endsStory: true,
  },
  { kind: "comments", match: /^posted\s+in\b.{0,120}\|\s*\d+\s+comments?$/i, endsStory: true },
  // "05/10/2018 - Posted by: Jane Doe - Category: Health"
  {
    kind: "byline",
    match:
      /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s*[-–|•·]?\s*)?(?:posted|publicado|publicada|postado|postada|escrito|escrita|publié|veröffentlicht)\s+(?:by|por|par|von)\s*:?\s*\S.{0,200}$/i,
  },
  // the end of a post
  {
    kind: "navigation",
    match:
      /^[-–—‹«<|]?\s*(?:next|previous|prev|older|newer)\s+(?:[\w'’]+\s+){0,3}(?:posts?|articles?|stor(?:y|ies)|news|entry|entries|items?|page)\s*[-–—›»>|]?$/i,
    endsStory: true,
  },
  {
    kind: "navigation",
    match: /^(?:previous|next|older|newer)\s+(?:post|article|story|entry)\b.{0,120}$/i,
    endsStory: true,
  },
  {
    kind: "other",
    match: /^(?:tags|tagged|topics|filed\s+under|categories|posted\s+in)\s*:.{0,300}$/i,
    endsStory: true,
  },
  {
    kind: "other",
    match: /^(?:about\s+the\s+(?:author|writer|reporter)s?|more\s+about\s+the\s+author)\s*:?$/i,
    endsStory: true,
  },
  // legal and footers
  { kind: "legal", match: /^(?:©|\(c\)|copyright\s*(?:©|\(c\)|\d{4})).{0,200}$/i },
  { kind: "legal", match: /^.{0,120}\ball\s+rights\s+reserved\.?.{0,120}$/i },
  {
    kind: "legal",
    match:
      /^(?:privacy\s+policy|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|cookie\s+policy|accessibility|sitemap|disclaimer)$/i,
  },
  { kind: "legal", match: /^.{0,120}\bmay\s+not\s+be\s+(?:published|reproduced|copied),?\s+broadcast.{0,200}$/i },
  { kind: "footer", match: /^our\s+standards\s*:\s*the\s+thomson\s+reuters\s+trust\s+principles\.?.{0,120}$/i },
  {
    kind: "footer",
    match: /^(?:back\s+to\s+top|about\s+us|contact\s+us|careers|advertise(?:\s+with\s+us)?|help|faq)\b.{0,3}$/i,
  },
  // syndication notices
  {
    kind: "syndication",
    match: /^.{0,120}\b(?:auto-generated\s+from\s+a\s+syndicated\s+feed|has\s+not\s+been\s+edited\s+by)\b.{0,160}$/i,
  },
  {
    kind: "syndication",
    match:
      /^(?:this\s+(?:story|article)\s+(?:was|has\s+been)\s+(?:published|provided|first\s+published)\s+(?:by|via|from|on)\b).{0,160}$/i,
  },
  // contact lines
  {
    kind: "contact",
    match:
      /^(?:have\s+a\s+(?:news\s+)?tip|got\s+a\s+(?:news\s+)?tip|contact\s+(?:the\s+)?(?:author|reporter|writer)|email\s+(?:the\s+)?(?:author|reporter))\b.{0,160}$/i,
  },
  { kind: "contact", match: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/ },
  {
    kind: "contact",
    match:
      /^(?=[^\n]{0,300}(?:@\w|twitter|https?:\/\/))(?:reach|contact|email|e-mail|write\s+to|follow)\s[^.!?\n]{1,80}?\s(?:at|on|via)\s[^\n]{0,240}$/i,
  },
  // separators and bare links
  { kind: "other", match: /^(?:[-=*~·•_—–#]\s?){3,}$|^\*(?:\s?\*)+$/ },
  { kind: "other", match: /^https?:\/\/\S{1,300}$/ },
  // timestamps that are not a bare date
  {
    kind: "timestamp",
    match:
      /^(?:updated|published|posted|last\s+updated)\s*:?\s*(?:\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago|just\s+now)$/i,
  },
  { kind: "timestamp", match: /^\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago$/i },
  {
    kind: "timestamp",
    match:
      /^(?:updated|published|posted|last\s+updated|first\s+published|modified)(?:\s+(?:at|on))?\s*:?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})[\s,|/•·-]{0,5}(?:(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?)?\.?$/i,
  },
  { kind: "timestamp", match: /^\d+\s+min(?:ute)?s?\s+read$/i },
  // navigation
  {
    kind: "navigation",
    match:
      /^(?:home|menu|search|skip\s+to\s+(?:main\s+)?content|sections?|more|close|open|toggle\s+navigation|log\s+in|sign\s+in|subscribe|register|english\s+edition|edition)$/i,
  },
  { kind: "navigation", match: /^(?:[^>›»\n]{1,30}[>›»]){1,6}[^>›»\n]{1,40}$/ },
  ...INTERNATIONAL_PATTERNS(),
];

/**
 * Headings that open a list of links to other stories. Everything after one, up to the next kind of
 * block, is part of that list ("Next In World" and its ten headlines).
 */
export const RELATED_MARKERS: readonly RegExp[] = [
  /^(?:next|more|latest|top|trending)\s+in\s+.{1,40}$/i,
  /^more\s*:?$/i,
  /^(?:others?\s+)?also\s+read(?:\s*:.{0,200})?$/i,
  /^(?:read|see)\s+(?:also|more|next)$/i,
  /^related(?:\s+(?:stories|articles|news|coverage|content|topics|links|reading|video))?\s*:?$/i,
  /^(?:more|other)\s+(?:[\w'’]+\s+){0,3}(?:stories|articles|news|reads|videos|posts)(?:\s+(?:like\s+this(?:\s+one)?|for\s+you))?\s*:?$/i,
  /^(?:more|latest|top|other|recommended|popular|trending|featured|editor'?s?'?\s+picks?)(?:\s+(?:from|on|in|stories|articles|news|videos?|reads?|headlines))+.{0,40}$/i,
  // the same headings in other languages
  /^(?:mehr\s+zu(?:m|r)?\s+(?:thema|\S+)|mehr\s+aus\s+.{1,30}|lesen\s+sie\s+(?:auch|mehr)|auch\s+interessant|das\s+k[öo]nnte\s+sie\s+(?:auch\s+)?interessieren|weitere\s+(?:artikel|nachrichten|meldungen|themen|beitr[äa]ge)|verwandte\s+(?:artikel|themen|beitr[äa]ge)|[àa]\s+lire\s+aussi|lire\s+aussi|(?:sur\s+le\s+)?m[êe]me\s+sujet|voir\s+aussi|articles?\s+(?:li[ée]s|similaires)|(?:lea|lee)\s+tambi[ée]n|te\s+puede\s+interesar|(?:noticias|art[ií]culos)\s+relacionad[oa]s|m[áa]s\s+noticias|leggi\s+anche|potrebbe\s+interessarti|articoli\s+correlati|(?:ti\s+)?potrebbe\s+(?:anche\s+)?interessare|leia\s+tamb[ée]m|veja\s+tamb[ée]m|(?:not[ií]cias|artigos|mat[ée]rias)\s+relacionad[oa]s|mais\s+not[ií]cias|lees\s+ook|meer\s+nieuws|gerelateerde\s+artikelen|czytaj\s+(?:tak[żz]e|te[żz]|r[óo]wnie[żz])|zobacz\s+(?:tak[żz]e|te[żz])|polecamy|powi[ąa]zane\s+artyku[łl]y|baca\s+juga|berita\s+terkait|artikel\s+terkait|(?:berita\s+)?lainnya|читайте\s+также|смотрите\s+также|相关(?:新闻|阅读|文章)|延伸阅读)\s*:?$/iu,
  /^(?:voc[êe]\s+(?:tamb[ée]m\s+)?(?:pode|poder[áa])\s+gostar|(?:talvez\s+)?voc[êe]\s+goste|vous\s+aimerez\s+(?:aussi|peut-[êe]tre|[ée]galement)|(?:tambi[ée]n\s+)?te\s+puede\s+gustar|(?:ti\s+)?potrebbe\s+(?:anche\s+)?piacer(?:ti|e)|das\s+gef[äa]llt\s+ihnen\s+vielleicht\s+auch|dit\s+vind\s+je\s+misschien\s+ook\s+leuk|mo[żz]e\s+ci[eę]\s+(?:r[óo]wnie[żz]\s+)?zainteresowa[ćc]|anda\s+mungkin\s+(?:juga\s+)?(?:suka|menyukai))\s*[.…:!]*$/iu,
  /^(?:you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in|have\s+missed)|don'?t\s+miss|must\s+read|recommended(?:\s+for\s+you)?|most\s+(?:read|popular|viewed|shared)(?:\s+\w+){0,3}|trending(?:\s+now)?|what\s+to\s+read\s+next|in\s+case\s+you\s+missed\s+it|top\s+stories|latest\s+news|more\s+stories|popular\s+now|up\s+next|read\s+next)\s*:?$/i,
  // headings of related-story lists on portals in other languages (one alternation per language)
  /^(?:mehr\s+zum\s+thema|lesen\s+sie\s+auch|das\s+könnte\s+sie\s+auch\s+interessieren|weitere\s+artikel)\s*:?$/i, // de
  /^(?:à\s+lire\s+aussi|lire\s+aussi|sur\s+le\s+même\s+sujet|articles?\s+liés?|voir\s+aussi)\s*:?$/i, // fr
  /^(?:noticias\s+relacionadas|lee\s+también|te\s+puede\s+interesar|más\s+noticias|relacionad[oa]s)\s*:?$/i, // es
  /^(?:leggi\s+anche|potrebbe\s+interessarti\s+anche|articoli\s+correlati|notizie\s+correlate|ultime\s+notizie)\s*:?$/i, // it
  /^(?:leia\s+também|leia\s+mais|notícias\s+relacionadas|veja\s+também|saiba\s+mais)\s*:?$/i, // pt
  /^(?:читайте\s+также|см\.\s+также|по\s+теме|новости\s+по\s+теме|похожие\s+новости)\s*:?$/i, // ru
  /^(?:相关新闻|相关阅读|相关链接|延伸阅读|推荐阅读)\s*[：:]?$/u, // zh
  /^(?:関連記事|関連ニュース|あわせて読みたい)\s*[：:]?$/u, // ja
];

/**
 * The same kinds of chrome in other languages (de, fr, es, it, pt, nl, pl, id; some ru, zh): menus,
 * "read more" links, cookie and newsletter prompts, comment headings, share rows, legal lines. A
 * function so that the list above can spread it (it is declared below it).
 */
function INTERNATIONAL_PATTERNS(): LinePattern[] {
  return [
    // "read more" links and teaser prompts
    {
      kind: "promo",
      match:
        /^(?:weiterlesen|mehr\s+lesen|(?:hier\s+)?(?:mehr|alles)\s+erfahren|lire\s+la\s+suite|en\s+savoir\s+plus|(?:seguir|sigue|continuar)\s+leyendo|leer\s+m[aá]s|(?:continua|continuare)\s+a\s+leggere|leggi\s+(?:tutto|di\s+più)|(?:continue\s+)?lendo|leia\s+mais|saiba\s+mais|continuar\s+a\s+ler|lees\s+(?:meer|verder)|czytaj\s+(?:dalej|więcej)|(?:baca\s+)?selengkapnya|baca\s+(?:lebih\s+lanjut|berita\s+lengkap)|читать\s+далее|подробнее|阅读全文|查看更多)\s*(?:[.…>»›→:]+\s*)?$/iu,
    },
    {
      kind: "promo",
      match:
        /^(?:klicken\s+sie\s+hier|cliquez\s+ici|haga\s+clic\s+aqu[ií]|clicca\s+qui|clique\s+aqui|klik\s+(?:hier|di\s*sini)|kliknij\s+tutaj)\b.{0,120}$/iu,
    },
    // follow-us prompts
    {
      kind: "promo",
      match:
        /^(?:folgen\s+sie\s+uns|folge\s+uns|suivez[-\s]nous|s[íi]guenos|seguici|siga[-\s]nos|segue[-\s]nos|volg\s+ons|obserwuj\s+nas|ikuti\s+kami)\b.{0,160}$/iu,
    },
    // bracketed labels of Chinese portals: "【纠错】 【责任编辑：…】"
    { kind: "other", match: /^(?:【[^】\n]{1,30}】\s*){1,4}$/u },
    // an inline teaser: "Lesen Sie auch: <headline>", "Baca juga: <headline>"
    {
      kind: "promo",
      match:
        /^(?:lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|[àa]\s+lire\s+(?:aussi|[ée]galement)|lire\s+aussi|voir\s+aussi|(?:lea|lee)\s+(?:tambi[ée]n|m[áa]s)|te\s+puede\s+interesar|leggi\s+anche|leia\s+(?:tamb[ée]m|mais)|veja\s+tamb[ée]m|saiba\s+mais|lees\s+ook|czytaj\s+(?:tak[żz]e|te[żz]|r[óo]wnie[żz])|zobacz\s+(?:tak[żz]e|te[żz])|baca\s+(?:juga|pula)|simak\s+juga|читайте\s+также|相关(?:新闻|阅读))\s*[:：»>|-]\s*\S.{0,200}$/iu,
    },
    // cookie prompts
    {
      kind: "cookie",
      match:
        /^.{0,200}(?:\b(?:verwendet|verwenden|nutzt|nutzen|benutzt|setzt|setzen)\s+(?:\S+\s+){0,3}cookies|\b(?:utilise|utilisons)\s+(?:des\s+)?cookies|\b(?:utiliza|utilizamos|usa|usamos|utilizza|utilizziamo|usiamo)\s+(?:\S+\s+){0,3}cookies?|\b(?:gebruikt|gebruiken)\s+(?:\S+\s+){0,2}cookies|\b(?:używa|używamy|wykorzystuje|wykorzystujemy)\s+(?:\S+\s+){0,3}cookies?|\bmenggunakan\s+(?:\S+\s+){0,2}cookies?)\b.{0,300}$/iu,
    },
    {
      kind: "cookie",
      match:
        /^(?:alle\s+akzeptieren|akzeptieren|zustimmen|einverstanden|cookie-einstellungen|tout\s+accepter|accepter(?:\s+et\s+fermer)?|tout\s+refuser|param[eè]tres\s+des\s+cookies|aceptar(?:\s+todo|\s+todas)?|accetta(?:\s+tutti)?|rifiuta|aceitar(?:\s+todos)?|alles\s+accepteren|accepteren|akceptuj[eę](?:\s+wszystkie)?|zgadzam\s+si[eę]|terima|setuju|принять)$/iu,
    },
    // newsletters
    {
      kind: "newsletter",
      match:
        /^.{0,80}(?:newsletter|nieuwsbrief|bolet[ií]n|infolettre|buletin)\b.{0,40}\b(?:abonnieren|bestellen|anmelden|inscri(?:vez|ver|bir|ba)|s['’]abonner|abonnez|suscr[ií]b(?:ete|irse)|iscriviti|assine|inscreva|aanmelden|abonneer|zapisz|zamów|berlangganan|daftar)\b.{0,120}$/iu,
    },
    {
      kind: "newsletter",
      match:
        /^(?:jetzt\s+)?(?:newsletter\s+(?:abonnieren|bestellen)|abonnez-vous|inscrivez-vous|suscr[ií]bete|iscriviti|assine|inscreva-se|schrijf\s+je\s+in|abonneer|zapisz\s+si[eę]|berlangganan|daftar\s+sekarang)\b.{0,160}$/iu,
    },
    // comments: headings and prompts; they end the story
    {
      kind: "comments",
      match:
        /^(?:\d+\s+)?(?:kommentare?|commentaires?|comentarios?|comentários?|commenti|commento|reacties?|komentarze?|komentar(?:z)?|комментари[ий]|评论)(?:\s*\(\d+\))?\s*:?$|^(?:kommentar\s+(?:schreiben|verfassen|abgeben)|(?:jetzt\s+)?kommentieren|laisser\s+un\s+commentaire|r[ée]agir|deja\s+(?:un|tu)\s+comentario|escribe\s+un\s+comentario|lascia\s+un\s+commento|scrivi\s+un\s+commento|deixe\s+(?:um|o\s+seu|seu)\s+coment[aá]rio|(?:laat|plaats)\s+een\s+reactie(?:\s+achter)?|dodaj\s+komentarz|napisz\s+komentarz|tinggalkan\s+(?:komentar|balasan)|tulis\s+komentar|оставить\s+комментарий)\b.{0,40}$/iu,
      endsStory: true,
    },
    // share rows
    {
      kind: "share",
      match:
        /^(?:teilen|artikel\s+teilen|partager(?:\s+(?:sur|cet\s+article))?|compartir|comparte|condividi|compartilhe|compartilhar|partilhar|partilhe|delen|udost[eę]pnij|bagikan|поделиться|分享)(?:(?:\s*[|·•/:]\s*|\s+)(?:facebook|twitter|x|whatsapp|telegram|linkedin|pinterest|e-?mail|mail|print|drucken|imprimer|imprimir|stampa))*$/iu,
    },
    // ads
    {
      kind: "advert",
      match:
        /^(?:anzeige|werbung|publicit[ée]|publicidad|publicidade|pubblicit[àa]|advertentie|reklama|iklan|реклама|广告)$/iu,
    },
    // tags and the end of a post
    {
      kind: "other",
      match:
        /^(?:schlagw[öo]rter|stichw[öo]rter|themen|mots[- ]cl[ée]s|[ée]tiquettes|etiquetas|palabras\s+clave|argomenti|trefwoorden|tagi|s[łl]owa\s+kluczowe|topik|теги|标签)\s*:.{0,300}$/iu,
      endsStory: true,
    },
    {
      kind: "navigation",
      match:
        /^[-–—‹«<|]?\s*(?:(?:vorheriger|n[äa]chster)\s+(?:artikel|beitrag)|(?:article|billet)\s+(?:pr[ée]c[ée]dent|suivant)|(?:art[ií]culo|entrada)\s+(?:anterior|siguiente)|(?:articolo|post)\s+(?:precedente|successivo)|(?:artigo|post)\s+(?:anterior|seguinte|pr[óo]ximo)|(?:vorig|volgend)\s+(?:artikel|bericht)|(?:poprzedni|nast[eę]pny)\s+(?:artyku[łl]|wpis)|(?:artikel|berita)\s+(?:sebelumnya|selanjutnya|berikutnya))\b.{0,120}$/iu,
      endsStory: true,
    },
    // legal and footers
    {
      kind: "legal",
      match:
        /^.{0,120}\b(?:alle\s+rechte\s+vorbehalten|tous\s+droits\s+r[ée]serv[ée]s|todos\s+los\s+derechos\s+reservados|tutti\s+i\s+diritti\s+riservati|todos\s+os\s+direitos\s+reservados|alle\s+rechten\s+voorbehouden|wszelkie\s+prawa\s+zastrze[żz]one|hak\s+cipta\s+dilindungi|все\s+права\s+защищены)\b.{0,120}$/iu,
    },
    {
      kind: "legal",
      match:
        /^(?:impressum|datenschutz(?:erkl[äa]rung|hinweise)?|agb|nutzungsbedingungen|mentions\s+l[ée]gales|politique\s+de\s+confidentialit[ée]|conditions\s+g[ée]n[ée]rales(?:\s+d['’]utilisation)?|aviso\s+legal|pol[ií]tica\s+de\s+(?:privacidad|privacidade|cookies)|t[ée]rminos\s+(?:y\s+condiciones|de\s+uso)|termos\s+de\s+uso|note\s+legali|informativa\s+(?:sulla\s+)?privacy|privacyverklaring|algemene\s+voorwaarden|polityka\s+prywatno[śs]ci|regulamin|kebijakan\s+privasi|syarat\s+(?:dan|&)\s+ketentuan|pedoman\s+media\s+siber)$/iu,
    },
    {
      kind: "footer",
      match:
        /^(?:nach\s+oben|zur[üu]ck\s+nach\s+oben|kontakt|[üu]ber\s+uns|mediadaten|retour\s+en\s+haut|contactez-nous|qui\s+sommes-nous|volver\s+arriba|contacto|qui[ée]nes\s+somos|torna\s+su|contatti|chi\s+siamo|voltar\s+ao\s+topo|fale\s+conosco|quem\s+somos|naar\s+boven|over\s+ons|do\s+g[óo]ry|o\s+nas|kontak(?:\s+kami)?|tentang\s+kami|redaksi)$/iu,
    },
    // timestamps
    {
      kind: "timestamp",
      match:
        /^(?:(?:aktualisiert|ver[öo]ffentlicht|mis\s+[àa]\s+jour|publi[ée]|actualizado|publicado|aggiornato|pubblicato|atualizado|bijgewerkt|gepubliceerd|zaktualizowano|opublikowano|diperbarui|dipublikasikan)\s*:?\s*)?(?:vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen)|il\s+y\s+a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?)|hace\s+\d+\s+(?:segundos?|minutos?|horas?|d[ií]as?)|\d+\s+(?:secondi|minuti|ore|giorni)\s+fa|h[áa]\s+\d+\s+(?:segundos?|minutos?|horas?|dias?)|\d+\s+(?:seconden|minuten|uur|dagen)\s+geleden|\d+\s+(?:sekund[ya]?|minut[ya]?|godzin[ya]?|dni)\s+temu|\d+\s+(?:detik|menit|jam|hari)\s+(?:yang\s+)?lalu)$/iu,
    },
    // navigation words
    {
      kind: "navigation",
      match:
        /^(?:startseite|suche|men[üu]|anmelden|abmelden|inicio|portada|buscar|b[úu]squeda|accueil|rechercher?|connexion|se\s+connecter|cerca|accedi|in[íi]cio|pesquisar|buscar|entrar|zoeken|inloggen|wyszukaj|szukaj|strona\s+g[łl][óo]wna|zaloguj(?:\s+si[eę])?|beranda|cari|masuk|главная|поиск|首页|搜索)$/iu,
    },
    // bylines that name the post's author: "Von Jane Doe", "Publicado por ...", "Ditulis oleh ..."
    {
      kind: "byline",
      match: /^(?:gepostet|geschrieben|verfasst|ditulis|diposting|dikirim)\s+(?:von|oleh)\s*:?\s*\S.{0,120}$/iu,
    },
  ];
}
