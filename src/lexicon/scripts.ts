// Writing systems for the language guess: code-point ranges of the scripts, and the language a text
// mostly in one script is written in. Latin-script texts are told apart by their function words
// (stopwords.ts); a script listed here names its language outright, or, for Han, Chinese unless
// Japanese kana stand among the characters.

/** [first, last] code points of each script's letters (the blocks news text uses). */
export const SCRIPT_RANGES: readonly (readonly [number, number, string])[] = [
  [0x0041, 0x005a, "Latin"],
  [0x0061, 0x007a, "Latin"],
  [0x00c0, 0x024f, "Latin"],
  [0x1e00, 0x1eff, "Latin"],
  [0x0370, 0x03ff, "Greek"],
  [0x0400, 0x052f, "Cyrillic"],
  [0x0590, 0x05ff, "Hebrew"],
  [0x0600, 0x06ff, "Arabic"],
  [0x0e00, 0x0e7f, "Thai"],
  [0x1100, 0x11ff, "Hangul"],
  [0x3040, 0x309f, "Kana"],
  [0x30a0, 0x30ff, "Kana"],
  [0x31f0, 0x31ff, "Kana"],
  [0x3400, 0x4dbf, "Han"],
  [0x4e00, 0x9fff, "Han"],
  [0xac00, 0xd7af, "Hangul"],
  [0xf900, 0xfaff, "Han"],
  [0xff66, 0xff9f, "Kana"],
];

export interface ScriptLanguage {
  script: string;
  language: string;
  /** Another script whose letters, at this share of the main script's, name another language. */
  unless?: { script: string; share: number; language: string };
}

export const SCRIPT_LANGUAGES: readonly ScriptLanguage[] = [
  { script: "Cyrillic", language: "ru" },
  { script: "Han", language: "zh", unless: { script: "Kana", share: 0.05, language: "ja" } },
  { script: "Kana", language: "ja" },
  { script: "Hangul", language: "ko" },
  { script: "Greek", language: "el" },
  { script: "Arabic", language: "ar" },
  { script: "Hebrew", language: "he" },
  { script: "Thai", language: "th" },
];
