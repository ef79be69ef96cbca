// The language guess on short invented texts: the primary subtag, by script or by function words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { languageOf, wordCount, words } from "../../src/extract/common/words.js";
import { SCRIPT_LANGUAGES } from "../../src/lexicon/scripts.js";
import { STOPWORDS } from "../../src/lexicon/stopwords.js";

const SHORT: [string, string][] = [
  ["en", "The city council said on Tuesday that the new bridge would open to traffic in the spring of next year."],
  ["de", "Der Stadtrat hat am Dienstag beschlossen, dass die neue Brücke im Frühjahr für den Verkehr geöffnet wird."],
  ["fr", "Le conseil municipal a décidé mardi que le nouveau pont serait ouvert à la circulation au printemps."],
  ["es", "El ayuntamiento decidió el martes que el nuevo puente se abrirá al tráfico en la primavera del próximo año."],
  [
    "it",
    "Il consiglio comunale ha deciso martedì che il nuovo ponte sarà aperto al traffico nella primavera del prossimo anno.",
  ],
  [
    "pt",
    "A câmara municipal decidiu na terça-feira que a nova ponte vai abrir ao trânsito na primavera do próximo ano.",
  ],
  ["ru", "Городской совет во вторник решил, что новый мост откроют для движения весной следующего года."],
  ["zh", "市议会周二决定，新大桥将于明年春天通车。"],
  ["ja", "市議会は火曜日、新しい橋を来年の春に開通させることを決めた。"],
];

describe("languageOf", () => {
  it.each(SHORT)("reads %s from one sentence", (lang, text) => {
    expect(languageOf(text)).toBe(lang);
  });

  it("gives the primary subtag only, never a region or script", () => {
    for (const [, text] of SHORT) expect(languageOf(text) ?? "").toMatch(/^[a-z]{2,3}$/);
  });

  it("says nothing about a few words or a text without letters", () => {
    expect(languageOf("Home | News")).toBeNull();
    expect(languageOf("12:30 — 14:45")).toBeNull();
    expect(languageOf("")).toBeNull();
  });

  it("reads a story from its opening: what comes after the first few thousand characters does not count", () => {
    const french = SHORT.find(([l]) => l === "fr")?.[1] ?? "";
    const german = SHORT.find(([l]) => l === "de")?.[1] ?? "";
    const story = `${`${french} `.repeat(40)}${`${german} `.repeat(400)}`;
    expect(languageOf(story)).toBe("fr");
  });

  it("tells Japanese from Chinese by the kana among the Han characters", () => {
    expect(languageOf("東京都は新しい計画を発表した。")).toBe("ja");
    expect(languageOf("东京都发布了新的计划。")).toBe("zh");
  });
});

describe("languageOf, read code by code", () => {
  // A reference guess by the plain definition: WORD's words, each lower-cased, counted per language.
  const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
  const latinLists = Object.entries(STOPWORDS).filter(([lang]) => !SCRIPT_LANGUAGES.some((s) => s.language === lang));
  function reference(text: string): string | null {
    const ws = text.slice(0, 2500).match(WORD) ?? [];
    if (ws.length < 6) return null;
    const scores = latinLists.map(([lang, list]) => [lang, ws.filter((w) => list.includes(w.toLowerCase())).length]);
    scores.sort((a, b) => (b[1] as number) - (a[1] as number));
    const [best, next] = scores;
    return (best[1] as number) / ws.length >= 0.12 && best[1] > (next?.[1] ?? 0) ? (best[0] as string) : null;
  }
  const pieces = [
    "the",
    "The",
    "THE",
    "der",
    "le",
    "el",
    "de",
    "it's",
    "don’t",
    "l'",
    "d’",
    "x9",
    "9",
    "'s",
    "’",
    "'",
    "für",
    "İl",
  ];
  const gaps = [" ", "  ", "—", "“", "”", "-", ",", ".", "\n"];
  const text = fc
    .array(fc.tuple(fc.constantFrom(...pieces, "word", "Mayor", "said"), fc.constantFrom(...gaps, "")), {
      maxLength: 40,
    })
    .map((parts) => parts.map(([w, g]) => w + g).join(""));

  it("guesses as the plain definition does on words with apostrophes, digits, dashes and curly quotes", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(languageOf(`The mayor said ${t}`)).toBe(reference(`The mayor said ${t}`));
        expect(languageOf(t)).toBe(reference(t));
      }),
      { numRuns: 500 },
    );
  });

  it("counts the words and function words that words() finds", () => {
    fc.assert(
      fc.property(text, fc.constantFrom("en", "de", "fr"), (t, lang) => {
        const ws = words(t);
        const stop = ws.filter((w) => STOPWORDS[lang].includes(w.toLowerCase())).length;
        expect(wordCount(t, lang)).toEqual({ count: ws.length, stop });
      }),
      { numRuns: 500 },
    );
  });
});
