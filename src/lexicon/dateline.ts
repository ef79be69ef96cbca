// Words and marks of datelines ("MOSCOW (Reuters) -", "PARIS, Aug 30 (AFP) -", "MIAMI _").

/**
 * Capitalised headings of wire copy that stand where a dateline would ("ATTENTION - ADDS ...",
 * "FOB RIVER -", "RPT --"): never a place.
 */
// biome-ignore format: a word list reads best wrapped
export const NOT_PLACES: readonly string[] = [
  "attention", "advisory", "update", "updated", "updates", "correction", "corrected", "correcting", "repeat",
  "rpt", "refile", "urgent", "flash", "bulletin", "alert", "breaking", "breaking news", "editors",
  "editor's note", "note", "notes", "wrapup", "highlights", "fixture", "fixtures", "fob", "fob river", "cif",
  "fas", "lead", "new", "insert", "adds", "changes", "recasts", "recast", "picture", "pictures", "graphic",
  "graphics", "embargoed", "embargo", "kill", "withdrawn", "sports", "business", "world", "news",
  "writethru", "table", "summary", "analysis", "feature", "focus", "factbox", "update 1", "exclusive",
  "opinion", "review", "live", "watch", "video", "photos", "by", "the point", "undated",
];

/** Lower-case words inside place names ("DAR ES SALAAM", "Rio de Janeiro", "Stratford-upon-Avon"). */
// biome-ignore format: a word list reads best wrapped
export const PLACE_PARTICLES: readonly string[] = [
  "de", "del", "della", "des", "di", "da", "das", "do", "dos", "du", "el", "es", "al", "la", "las", "le",
  "les", "los", "of", "on", "upon", "the", "am", "an", "der", "en", "sur", "y", "and", "&", "bin", "ben",
];
