// Abbreviations whose period does not end a sentence ("Sen. Smith", "Portland, Ore., police"), lower
// case and without the period. Honorifics are in titles.ts and count too.

// biome-ignore format: a word list reads best wrapped
export const NON_FINAL_ABBREVIATIONS: readonly string[] = [
  "st", "jr", "sr", "no", "nos", "vs", "v", "etc", "inc", "corp", "co", "ltd", "bros", "dept", "univ",
  "assn", "approx", "est", "ft", "mt", "hon", "pres", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
  "sept", "oct", "nov", "dec", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill",
  "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla",
  "ore", "pa", "tenn", "tex", "va", "vt", "wash", "wis", "wyo", "n.c", "s.c", "n.d", "s.d", "n.h", "n.j",
  "n.m", "n.y", "r.i", "w.va", "u.s", "u.k", "u.n", "d.c", "a.m", "p.m", "e.g", "i.e",
];

/** Capitalised words that open a new sentence after an abbreviation ("in the U.S. The ..."). */
// biome-ignore format: a word list reads best wrapped
export const SENTENCE_OPENERS: readonly string[] = [
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That",
  "There", "His", "Her", "Their", "Its", "After", "As", "If", "When", "While", "Some", "Many", "Still",
  "Yet", "So",
];
