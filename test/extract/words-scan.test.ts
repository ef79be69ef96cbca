import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { languageOf, wordCount, words } from "../../src/extract/common/words.js";
import { STOPWORDS } from "../../src/lexicon/stopwords.js";

/** wordCount as the word pattern reads it, word by word: what the code-by-code scan must agree with. */
function byPattern(text: string, language: string): { count: number; stop: number } {
  const set = new Set(STOPWORDS[language as keyof typeof STOPWORDS]);
  const ws = words(text);
  return { count: ws.length, stop: ws.filter((w) => set.has(w.toLowerCase())).length };
}

describe("wordCount on Latin-1 text and no-break spaces", () => {
  it("counts the words and function words the word pattern finds", () => {
    const samples: [string, string][] = [
      ["en", "The mayor\u00a0of Norbury said\u00a0the bridge would reopen in 2027."],
      ["fr", "Le maire de Vallonne a déclaré qu’il ne démissionnerait pas, selon l’Élysée."],
      ["de", "Der Bürgermeister von Talburg sagte, die Brücke über den Fluß bleibe geschlossen."],
      ["es", "El alcalde de Montarra dijo que la señora Núñez llegará a las 5½ del día."],
      ["pt", "O prefeito de Serraval disse que a ponte não será reaberta até março²."],
      ["en", "ÀÉÎÕÜ ÆØÅ ß ÿ ª º µ ¹²³ ¼½¾ × ÷ « » ¿¡ l'ÉTÉ d’Àrles"],
    ];
    for (const [language, text] of samples) expect(wordCount(text, language), text).toEqual(byPattern(text, language));
  });

  it("agrees with the word pattern on any text of ASCII, Latin-1 and curly quotes", () => {
    const code = fc.oneof(fc.integer({ min: 0x20, max: 0xff }), fc.constantFrom(0x2019, 0x2014, 0x201c, 0x27, 0x20));
    fc.assert(
      fc.property(fc.array(code, { maxLength: 60 }), fc.constantFrom("en", "fr", "de"), (codes, language) => {
        const text = String.fromCharCode(...codes);
        expect(wordCount(text, language)).toEqual(byPattern(text, language));
      }),
      { numRuns: 500 },
    );
  });

  it("guesses the language of Latin-1 text with no-break spaces", () => {
    expect(
      languageOf("Le maire de Vallonne a déclaré\u00a0qu’il ne démissionnerait pas et que la ville est prête."),
    ).toBe("fr");
    expect(languageOf("Der Bürgermeister von Talburg sagte, dass die Brücke über den Fluß nicht geöffnet wird.")).toBe(
      "de",
    );
    expect(languageOf("The mayor\u00a0of Norbury said that the bridge would not reopen before the spring.")).toBe("en");
  });
});
