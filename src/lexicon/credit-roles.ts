// Credit lines of wire copy: "(Reporting by A; Additional reporting by B; Writing by C; Editing by D)",
// AP "X contributed to this report", Bloomberg "--With assistance from X". Role keys follow the output
// contract (camelCase); a role word not listed here becomes the camelCase of its words.

/** Role words (lower case) and the role they name. Typos one edit away are read as the word. */
export const ROLE_WORDS: Readonly<Record<string, string>> = {
  reporting: "reporting",
  reported: "reporting",
  report: "reporting",
  reports: "reporting",
  reporter: "reporting",
  reporters: "reporting",
  writing: "writing",
  written: "writing",
  wrote: "writing",
  writer: "writing",
  writers: "writing",
  editing: "editing",
  edited: "editing",
  editor: "editing",
  editors: "editing",
  compiled: "compiling",
  compiling: "compiling",
  compilation: "compiling",
  graphics: "graphics",
  graphic: "graphics",
  polling: "polling",
  photos: "photos",
  photo: "photos",
  photographs: "photos",
  photography: "photos",
  pictures: "photos",
  production: "production",
  produced: "production",
  producing: "production",
  "fact-checking": "factChecking",
  factchecking: "factChecking",
  "fact-checked": "factChecking",
  translating: "translating",
  translated: "translating",
  translation: "translating",
  contributing: "contributing",
  contributions: "contributing",
  contribution: "contributing",
  assistance: "contributing",
};

/** Two-word role phrases, normalised to lower case with single spaces. */
export const ROLE_PHRASES: Readonly<Record<string, string>> = {
  "fact checking": "factChecking",
  "fact checked": "factChecking",
};

/** Words that make the role after them "additional": additionalReporting, additionalWriting. */
export const ADDITIONAL_WORDS: readonly string[] = ["additional", "additionally"];

/**
 * Roles that "additional" carries over to in one phrase: "Additional reporting and writing by X" credits
 * X with additionalReporting and additionalWriting, but "Additional reporting and editing by X" with
 * additionalReporting and plain editing.
 */
export const ADDITIONAL_ROLES: readonly string[] = ["reporting", "writing"];

/** Words that may open a role phrase and are not part of the role: "With additional reporting by". */
export const ROLE_LEADS: readonly string[] = ["with", "and", "also"];

/** Words that end a role phrase and open the names: "by", and its typos seen in copy. */
export const ROLE_BY: readonly string[] = ["by", "byn", "bye", "bu", "b"];

/** A role word ending like these may be a role the lexicon does not list ("Analysis by", "Research by"). */
export const ROLE_LIKE_ENDINGS: readonly string[] = ["ing", "sis", "ion", "ics", "phy", "arch", "ign", "ork"];

/**
 * Parenthetical notes that end wire copy and are not credits: currency notes "($1=A$1.22)", corrections,
 * source lists, reading links. Matched against the text inside the brackets.
 */
export const NON_CREDIT_NOTES: readonly RegExp[] = [
  /^\s{0,3}(?:[A-Z]{0,3}\$|€|£|¥)\s{0,2}1\s{0,2}=/,
  /^\s{0,3}\$?\s{0,2}1\s{0,2}=/,
  /^\s{0,3}(?:this|the)\s+(?:story|article|version|item)\b/i,
  /\b(?:corrects?|corrected|refiles?|refiled|updates?)\b/i,
  /^\s{0,3}sources?\s{0,2}:/i,
  /^\s{0,3}(?:to\s+read|for\s+(?:a|the|more)|click|double\s+click|see|related|additional\s+coverage)\b/i,
];

/** Contact notes after credits: "((jane.doe@thomsonreuters.com; +1 646 223 8780))", "(Markets Desk; +1-646 ...)". */
export const CONTACT_NOTES: readonly RegExp[] = [
  /[\w.+-]{1,64}@[\w-]{1,64}\.[\w.-]{2,40}/,
  /\+\s?\d{1,3}[\s-]{1,2}\d{2,4}/,
  /\b(?:desk|messaging)\b/i,
];

/**
 * Staff labels before the names in a "contributed" line: "Associated Press writer X contributed to this
 * report", "AP reporters A and B contributed". Lower case, single spaces.
 */
// biome-ignore format: a word list reads best wrapped
export const CONTRIBUTOR_LABELS: readonly string[] = [
  "writer", "writers", "reporter", "reporters", "correspondent", "correspondents", "photographer",
  "photographers", "videojournalist", "videojournalists", "news researcher", "news researchers",
  "researcher", "researchers", "medical writer", "business writer", "business writers", "economics writer",
  "sports writer", "sports writers", "science writer", "technology writer", "political writer",
  "staff writer", "staff writers", "special correspondent", "journalist", "journalists", "producer",
  "producers",
];

/**
 * End notes of Bloomberg copy and the like, each running to the next note or the block's end: the
 * role its names get and the kind its cut has. `marker` matches at the note's start (case-insensitive).
 */
export interface EndNote {
  marker: RegExp;
  role: string | null;
  kind: "credits" | "contact" | "legal" | "promo";
}

export const END_NOTES: readonly EndNote[] = [
  { marker: /^[-—–]{0,2}\s{0,2}with\s+(?:additional\s+)?assistance\s+from\s+/i, role: "contributing", kind: "credits" },
  { marker: /^[-—–]{0,2}\s{0,2}with\s+contributions?\s+from\s+/i, role: "contributing", kind: "credits" },
  {
    marker:
      /^to\s+contact\s+the\s+reporters?\s+(?:on|for|of|responsible\s+for)\s+this\s+(?:story|article)\s{0,2}:\s{0,2}/i,
    role: "reporting",
    kind: "contact",
  },
  {
    marker: /^to\s+contact\s+the\s+editors?\s+(?:responsible\s+for|on|for)\s+this\s+(?:story|article)\s{0,2}:\s{0,2}/i,
    role: "editing",
    kind: "contact",
  },
  // labelled credit lines of wires in other languages: "Edição: A", "Edición: A", "Redacción: A"
  {
    marker: /^(?:edição|edição de texto|edición|edizione|bearbeitung|redigiert von)\s{0,2}:\s{0,2}/i,
    role: "editing",
    kind: "credits",
  },
  { marker: /^(?:reportagem|reportaje|información|reportage)\s{0,2}:\s{0,2}/i, role: "reporting", kind: "credits" },
  { marker: /^(?:redacción|redação|texto|texte|testo)\s{0,2}:\s{0,2}/i, role: "writing", kind: "credits" },
  { marker: /^©\s{0,2}\d{4}\s+Bloomberg\b/i, role: null, kind: "legal" },
  {
    marker: /^for\s+more\s+articles\s+like\s+this,?\s+please\s+visit\s+us\s+at\s+bloomberg\.com/i,
    role: null,
    kind: "promo",
  },
];

/** The agency an end note's own words or addresses name: "x@bloomberg.net" -> Bloomberg. */
export const END_NOTE_AGENCIES: readonly { match: RegExp; agency: string }[] = [
  { match: /@bloomberg\.net\b|\bBloomberg\b/i, agency: "Bloomberg" },
  { match: /@(?:thomson)?reuters\.com\b/i, agency: "Reuters" },
  { match: /\bAssociated Press\b|@ap\.org\b/i, agency: "AP" },
];
