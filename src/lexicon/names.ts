// What people's names in bylines and credits are made of, and the words that mark a name as not a
// person's ("Bangalore Polling Unit", "Reuters correspondents", "HNN Staff").

/** Lower-case words inside personal names: "Pedro Nicolaci da Costa", "Harro ten Wolde". */
// biome-ignore format: a word list reads best wrapped
export const NAME_PARTICLES: readonly string[] = [
  "da", "das", "de", "del", "della", "der", "den", "di", "do", "dos", "du", "e", "el", "al", "bin", "bint",
  "ibn", "la", "le", "ten", "ter", "van", "von", "y", "zu",
];

/** Generational suffixes kept with a name: "Jr.", "III". */
export const NAME_SUFFIXES: readonly string[] = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"];

/** Words that make a "name" an organisation, a team or a role rather than a person (lower case). */
// biome-ignore format: a word list reads best wrapped
export const NON_PERSON_WORDS: readonly string[] = [
  "unit", "desk", "team", "bureau", "bureaus", "staff", "newsroom", "service", "services", "agency",
  "agencies", "reuters", "reuter", "bloomberg", "press", "news", "times", "post", "journal", "media",
  "group", "correspondent", "correspondents", "reporter", "reporters", "writer", "writers", "editor",
  "editors", "editorial", "contributor", "contributors", "columnist", "admin", "administrator", "wires",
  "wire", "online", "inc", "ltd", "llc", "university", "foundation", "institute", "department", "ministry",
  "office", "council", "committee", "company", "corp", "photo", "photos", "images",
];

/**
 * Labels in bylines after or before the names: "Associated Press Writer", "PA Wales Correspondent",
 * "Staff Writer", "sportswriter". A byline item holding one of these words is a label, not a name.
 */
// biome-ignore format: a word list reads best wrapped
export const BYLINE_LABEL_WORDS: readonly string[] = [
  "writer", "writers", "sportswriter", "sportswriters", "correspondent", "correspondents", "reporter",
  "reporters", "editor", "editors", "staff", "contributor", "contributors", "columnist", "columnists",
  "producer", "analyst", "critic", "chief", "bureau", "desk", "team", "special", "senior", "associate",
  "contributing", "freelance", "photographer", "journalist", "journalists", "newsroom", "and agencies",
  "agencies", "wires", "news", "service", "media",
  // staff labels in other languages ("Repórter da Agência Brasil", "Korrespondentin")
  "repórter", "reporter", "reportera", "reportero", "redakteur", "redakteurin", "korrespondent",
  "korrespondentin", "journaliste", "correspondant", "correspondante", "envoyé", "envoyée", "periodista",
  "corresponsal", "enviado", "enviada", "giornalista", "corrispondente", "inviato", "inviata",
  "jornalista", "correspondente", "корреспондент", "корреспондента", "обозреватель", "记者", "特派員",
];

/** Words that open a byline before its names: "By", German "Von", French "Par", Spanish "Por"... */
// biome-ignore format: a word list reads best wrapped
export const BYLINE_BY_WORDS: readonly string[] = ["by", "von", "par", "por", "di", "de", "da", "от", "автор", "авторы"];

/** Words after the names that end a byline's name part: "By Jane Doe Updated Nov 13, 2019". */
// biome-ignore format: a word list reads best wrapped
export const BYLINE_STOP_WORDS: readonly string[] = [
  "updated", "update", "published", "posted", "last", "first", "modified", "on", "in", "at", "for", "via",
  "from", "follow", "email", "e-mail", "twitter", "read", "more", "min", "minute", "minutes", "hours",
  "hour", "ago", "today", "yesterday",
];
