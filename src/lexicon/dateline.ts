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
  // German abbreviations of a river or region after a town: "Frankfurt a.M.", "Freiburg i.Br."
  "a.m.", "a.d.", "i.br.", "v.d.h.", "i.", "a.",
];

/**
 * Datelines of Chinese and Japanese wires: Xinhua's "新华社成都11月12日电（记者A、B）" ends its head on
 * one of `CJK_DATELINE_ENDS`; Kyodo's and Jiji's "【北京共同】" put place and agency in lenticular
 * brackets. Reporter labels inside a dateline name its reporters ("（记者A、B）", "/Корр. ТАСС A/").
 */
export const CJK_DATELINE_ENDS: readonly string[] = ["电", "電", "讯", "訊"];
export const DATELINE_REPORTER_LABELS: readonly string[] = ["记者", "記者", "Корр.", "корр.", "Корреспондент"];
/** Separators between names in a reporter credit ("A、B", "A，B", "A and B"). */
export const NAME_LIST_SEPARATORS: readonly string[] = [
  "、",
  "，",
  ",",
  "；",
  ";",
  " и ",
  " y ",
  " e ",
  " et ",
  " und ",
];
