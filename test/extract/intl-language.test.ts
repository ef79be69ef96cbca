// The language guess on short invented texts: the primary subtag, by script or by function words.
import { describe, expect, it } from "vitest";
import { languageOf } from "../../src/extract/common/words.js";

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
