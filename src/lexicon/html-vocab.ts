// What the markup of news pages calls its parts: the tags, roles and class/id words that say "page
// chrome, of this kind" or "the article body is here". Data only; the HTML reader matches class and id
// tokens word by word ("c-share-bar__item" -> c, share, bar, item; "relatedArticles" -> related,
// articles) and, for compounds, on the token with its separators taken out ("most-read" -> mostread).

/** Elements whose content a reader never sees. */
// biome-ignore format: a word list reads best wrapped
export const INVISIBLE_TAGS: ReadonlySet<string> = new Set([
  "script", "style", "template", "svg", "math", "embed", "select", "option", "optgroup", "datalist",
  "textarea", "input", "title", "meta", "link", "base", "img", "picture", "source", "track", "param", "dialog",
]);

/**
 * Elements whose inner markup is fallback content or a control's label: a few words at most, shown
 * when nothing else can be. When one holds a page's worth of text, it was left unclosed and holds the
 * rest of the page, which a browser shows.
 */
// biome-ignore format: a word list reads best wrapped
export const FALLBACK_TAGS: ReadonlySet<string> = new Set([
  "iframe", "object", "canvas", "video", "audio", "map", "button", "noscript",
]);

/** Class tokens that hide an element (exact tokens, lower case). */
// biome-ignore format: a word list reads best wrapped
export const HIDDEN_CLASSES: ReadonlySet<string> = new Set([
  "hidden", "hide", "is-hidden", "u-hidden", "d-none", "sr-only", "visually-hidden", "visuallyhidden",
  "screen-reader-text", "screen-reader-only", "screenreader-only", "screen-reader", "a11y-only", "offscreen",
  "element-invisible", "ad-hidden",
]);

/**
 * Hover cards: a class or id token with one of the first words and one of the second names a panel
 * that shows only under the pointer ("rollover-block", "tooltip-content", "popover-body").
 */
export const HOVER_WORDS: ReadonlySet<string> = new Set(["rollover", "tooltip", "popover", "hovercard"]);
// biome-ignore format: a word list reads best wrapped
export const PANEL_WORDS: ReadonlySet<string> = new Set([
  "block", "content", "body", "card", "panel", "box", "inner", "text", "popup",
]);

/** Elements that flow inside a line of text; every other element starts a block of its own. */
// biome-ignore format: a word list reads best wrapped
export const INLINE_TAGS: ReadonlySet<string> = new Set([
  "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i",
  "ins", "kbd", "label", "mark", "nobr", "q", "rb", "rp", "rt", "ruby", "s", "samp", "small", "span",
  "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr", "output",
]);

/** Kind of chrome a tag stands for wherever it appears. */
export const TAG_KINDS: Readonly<Record<string, string>> = {
  nav: "navigation",
  menu: "navigation",
  footer: "footer",
  aside: "related",
  figcaption: "caption",
  figure: "caption",
  h1: "headline",
  time: "timestamp",
};

/** Kind of chrome an ARIA role stands for. */
export const ROLE_KINDS: Readonly<Record<string, string>> = {
  navigation: "navigation",
  menu: "navigation",
  menubar: "navigation",
  banner: "navigation",
  search: "navigation",
  contentinfo: "footer",
  complementary: "related",
  dialog: "other",
  alertdialog: "other",
};

/** Kind of chrome an itemprop names. */
export const ITEMPROP_KINDS: Readonly<Record<string, string>> = {
  author: "byline",
  creator: "byline",
  datepublished: "timestamp",
  datemodified: "timestamp",
  datecreated: "timestamp",
  dateline: "timestamp",
  headline: "headline",
};

/**
 * Compounds found in a class or id token once separators are taken out, by kind. Checked before the
 * single words, in this order.
 */
export const COMPOUND_KINDS: readonly (readonly [string, string])[] = [
  ["mostread", "related"],
  ["mostpopular", "related"],
  ["mostviewed", "related"],
  ["mostshared", "related"],
  ["mostemailed", "related"],
  ["morestories", "related"],
  ["morefrom", "related"],
  ["moreon", "related"],
  ["morenews", "related"],
  ["morearticles", "related"],
  ["morelike", "related"],
  ["readmore", "related"],
  ["readnext", "related"],
  ["readalso", "related"],
  ["alsoread", "related"],
  ["youmaylike", "related"],
  ["youmightlike", "related"],
  ["youmayalso", "related"],
  ["furtherreading", "related"],
  ["topstories", "related"],
  ["upnext", "related"],
  ["dontmiss", "related"],
  ["editorspick", "related"],
  ["nextarticle", "related"],
  ["nextpost", "related"],
  ["nextstory", "related"],
  ["prevnext", "related"],
  ["previousarticle", "related"],
  ["previouspost", "related"],
  ["postnavigation", "related"],
  ["postnav", "related"],
  ["morelink", "related"],
  ["storylist", "related"],
  ["tagcloud", "navigation"],
  ["taglist", "navigation"],
  ["filedunder", "navigation"],
  ["skiplink", "navigation"],
  ["skipto", "navigation"],
  ["postmeta", "byline"],
  ["entrymeta", "byline"],
  ["articlemeta", "byline"],
  ["storymeta", "byline"],
  ["aboutauthor", "byline"],
  ["aboutthe", "byline"],
  ["postedby", "byline"],
  ["writtenby", "byline"],
  ["entrytitle", "headline"],
  ["posttitle", "headline"],
  ["articletitle", "headline"],
  ["storytitle", "headline"],
  ["pagetitle", "headline"],
  ["articleheadline", "headline"],
  ["storyheadline", "headline"],
  ["emailsignup", "newsletter"],
  ["signup", "newsletter"],
  ["optin", "newsletter"],
  ["adslot", "advert"],
  ["adunit", "advert"],
  ["adwrap", "advert"],
  ["adcontainer", "advert"],
  ["adsbygoogle", "advert"],
  ["gptad", "advert"],
  ["readingtime", "timestamp"],
  ["pubdate", "timestamp"],
];

/** Single words of a class or id token, by the kind of chrome they name. */
export const WORD_KINDS: Readonly<Record<string, string>> = {
  nav: "navigation",
  navbar: "navigation",
  navigation: "navigation",
  menu: "navigation",
  menus: "navigation",
  breadcrumb: "navigation",
  breadcrumbs: "navigation",
  pagination: "navigation",
  pager: "navigation",
  masthead: "navigation",
  topbar: "navigation",
  sitemap: "navigation",
  tags: "navigation",
  topics: "navigation",
  keywords: "navigation",
  login: "navigation",
  signin: "navigation",
  search: "navigation",
  skip: "navigation",
  caption: "caption",
  captions: "caption",
  figcaption: "caption",
  credit: "caption",
  credits: "caption",
  gallery: "caption",
  slideshow: "caption",
  carousel: "caption",
  slider: "caption",
  lightbox: "caption",
  share: "share",
  shares: "share",
  sharing: "share",
  sharebar: "share",
  sharetools: "share",
  social: "share",
  socials: "share",
  addthis: "share",
  addtoany: "share",
  sharethis: "share",
  shareaholic: "share",
  toolbar: "share",
  related: "related",
  relateds: "related",
  recommended: "related",
  recommend: "related",
  recommendation: "related",
  recommendations: "related",
  recirc: "related",
  recirculation: "related",
  trending: "related",
  popular: "related",
  outbrain: "related",
  taboola: "related",
  zergnet: "related",
  mgid: "related",
  revcontent: "related",
  teaser: "related",
  teasers: "related",
  sidebar: "related",
  rail: "related",
  widget: "related",
  widgets: "related",
  ad: "advert",
  ads: "advert",
  advert: "advert",
  adverts: "advert",
  advertisement: "advert",
  advertising: "advert",
  sponsor: "advert",
  sponsored: "advert",
  sponsors: "advert",
  dfp: "advert",
  nativo: "advert",
  promo: "promo",
  promos: "promo",
  promotion: "promo",
  promoted: "promo",
  cta: "promo",
  newsletter: "newsletter",
  newsletters: "newsletter",
  subscribe: "newsletter",
  subscription: "newsletter",
  cookie: "cookie",
  cookies: "cookie",
  consent: "cookie",
  gdpr: "cookie",
  comment: "comments",
  comments: "comments",
  disqus: "comments",
  respond: "comments",
  replies: "comments",
  footer: "footer",
  colophon: "footer",
  byline: "byline",
  bylines: "byline",
  author: "byline",
  authors: "byline",
  writer: "byline",
  contributor: "byline",
  contributors: "byline",
  bio: "byline",
  meta: "byline",
  timestamp: "timestamp",
  date: "timestamp",
  dates: "timestamp",
  time: "timestamp",
  datetime: "timestamp",
  dateline: "timestamp",
  published: "timestamp",
  updated: "timestamp",
  headline: "headline",
  disclaimer: "legal",
  copyright: "legal",
  legal: "legal",
  contact: "contact",
  modal: "other",
  popup: "other",
  overlay: "other",
  rating: "other",
  poll: "other",
  survey: "other",
  feedback: "other",
  // the same parts as sites in other languages name them (de, fr, es, it, pt, nl, pl, id)
  kommentare: "comments",
  kommentar: "comments",
  commentaires: "comments",
  commentaire: "comments",
  comentarios: "comments",
  comentario: "comments",
  commenti: "comments",
  commento: "comments",
  reacties: "comments",
  komentarze: "comments",
  komentar: "comments",
  werbung: "advert",
  anzeige: "advert",
  anzeigen: "advert",
  publicite: "advert",
  publicidad: "advert",
  publicidade: "advert",
  pubblicita: "advert",
  advertentie: "advert",
  reklama: "advert",
  iklan: "advert",
  teilen: "share",
  partage: "share",
  partager: "share",
  compartir: "share",
  condividi: "share",
  compartilhar: "share",
  partilhar: "share",
  delen: "share",
  udostepnij: "share",
  bagikan: "share",
  verwandte: "related",
  aehnliche: "related",
  similaires: "related",
  relacionadas: "related",
  relacionados: "related",
  correlati: "related",
  gerelateerd: "related",
  powiazane: "related",
  terkait: "related",
  fusszeile: "footer",
  rodape: "footer",
  piepagina: "footer",
  brotkrumen: "navigation",
  ariane: "navigation",
  autor: "byline",
  auteur: "byline",
  autore: "byline",
  penulis: "byline",
  datum: "timestamp",
  fecha: "timestamp",
  tanggal: "timestamp",
  impressum: "legal",
  datenschutz: "legal",
};

/** First words of a class token that name a state of a box ("has-sidebar"), not a part of the page. */
// biome-ignore format: a word list reads best wrapped
export const STATE_PREFIXES: ReadonlySet<string> = new Set([
  "has", "with", "no", "without", "is", "show", "hide", "enable", "disable",
]);

/** Side-column words count only first in a token or after one of SIDE_PREFIXES ("left-sidebar"). */
export const SIDE_WORDS: ReadonlySet<string> = new Set(["sidebar", "rail"]);
// biome-ignore format: a word list reads best wrapped
export const SIDE_PREFIXES: ReadonlySet<string> = new Set([
  "left", "right", "primary", "secondary", "main", "widget", "side", "page", "site", "article",
]);

/** Kinds whose element marks a region of the page as chrome (a content candidate inside one is skipped). */
// biome-ignore format: a word list reads best wrapped
export const REGION_KINDS: ReadonlySet<string> = new Set([
  "navigation", "related", "advert", "promo", "newsletter", "cookie", "comments", "footer", "share", "other",
]);

/** Embedded social posts a story quotes: kept in the body whatever their links. */
export const EMBED_CLASSES: readonly string[] = [
  "twitter-tweet",
  "twitter-video",
  "instagram-media",
  "tiktok-embed",
  "reddit-card",
  "fb-post",
  "bluesky-embed",
];

/**
 * Where the article body is, tier by tier (the first tier with a good match wins). Tier 1 names the
 * body itself; tier 3 the story's column; tier 4 generic content. A token matches when, separators
 * taken out, it equals or contains one of these.
 */
// biome-ignore format: a word list reads best wrapped
export const BODY_TOKENS: readonly string[] = [
  "articlebody", "articlecontent", "articletext", "articlecopy", "articlemain", "articleinner",
  "articleentry", "storybody", "storytext", "storycontent", "storycopy", "postbody", "postcontent",
  "posttext", "postentry", "entrycontent", "entrybody", "entrytext", "bodytext", "bodycopy", "textbody",
  "contentbody", "richtext", "newsbody", "newstext", "newscontent", "blogpost", "singlecontent", "maintext",
  "articlecolumn", "bodycontainer", "storybodycompanioncolumn", "paywalledcontent",
  // in other languages
  "artikeltext", "artikelinhalt", "artikelbody", "beitragstext", "beitragsinhalt", "haupttext", "fliesstext",
  "contenuarticle", "corpsarticle", "textearticle", "cuerponoticia", "cuerpoarticulo", "contenidonoticia",
  "textonoticia", "testoarticolo", "corpoarticolo", "contenutoarticolo", "corponoticia", "conteudonoticia",
  "textomateria", "conteudomateria", "artikeltekst", "artikelinhoud", "trescartykulu", "isiberita",
  "detailberita", "isiartikel", "kontenartikel",
];
// biome-ignore format: a word list reads best wrapped
export const STORY_TOKENS: readonly string[] = [
  "singlepost", "maincolumn", "story", "article", "post", "entry",
  "artikel", "beitrag", "articolo", "articulo", "artigo", "materia", "noticia", "notizia", "berita", "artykul",
];
export const CONTENT_TOKENS: readonly string[] = ["content", "maincontent", "pagecontent", "main"];

/** Readability's class weights: words that make a container likelier (positive) or less likely body. */
// biome-ignore format: a word list reads best wrapped
export const POSITIVE_WORDS: ReadonlySet<string> = new Set([
  "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story",
]);
// biome-ignore format: a word list reads best wrapped
export const NEGATIVE_WORDS: ReadonlySet<string> = new Set([
  "hidden", "banner", "combx", "comment", "comments", "contact", "footer", "masthead", "media", "meta",
  "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
  "shopping", "tags", "widget",
  "kommentare", "commentaires", "comentarios", "commenti", "reacties", "komentarze", "komentar", "werbung",
  "anzeige", "publicite", "publicidad", "publicidade", "pubblicita", "reklama", "iklan", "teilen", "partage",
  "compartir", "condividi", "terkait", "verwandte", "correlati",
]);
