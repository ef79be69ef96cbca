// Quotes and their speakers in stories of other languages, on invented stories in each agency's style.
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../src/extract/quotes.js";
import { expectLinearGrowth, repeatTo } from "../timing.js";

function quotes(language: string, ...paragraphs: string[]) {
  return extractQuotes(paragraphs, language).map((q) => ({ text: q.text, speaker: q.speaker }));
}

describe("quotes in other languages", () => {
  it("de: „…“, sagte X; so X; a pronoun for the person named last", () => {
    const found = quotes(
      "de",
      "Hamburg (dpa) - Der Hamburger Hafen hat im ersten Halbjahr weniger Container umgeschlagen als erwartet.",
      "„Wir spüren die Flaute in Asien deutlich“, sagte Hafenchef Thomas Reimers am Dienstag.",
      "Die Reedereien planen dennoch neue Linien. „Das Geschäft wird zurückkommen“, so Reimers.",
      "Wirtschaftssenatorin Petra Lindqvist kündigte Investitionen an. Man werde die Elbe „nicht aufgeben“, sagte sie.",
    );
    expect(found).toEqual([
      { text: "Wir spüren die Flaute in Asien deutlich", speaker: "Thomas Reimers" },
      { text: "Das Geschäft wird zurückkommen", speaker: "Thomas Reimers" },
      { text: "nicht aufgeben", speaker: "Petra Lindqvist" },
    ]);
  });

  it("fr: « … » with no-break spaces, M. X, an inverted pronoun, a quote over two paragraphs", () => {
    const found = quotes(
      "fr",
      "LYON, 3 mars 2026 (AFP) - Les boulangers lyonnais ont manifesté mardi contre la hausse du prix de la farine.",
      "«\u00a0Nous ne pouvons plus tenir\u00a0», a déclaré Julien Marchetti, président de la chambre des métiers.",
      "«\u202fLe prix du blé a doublé en deux ans.",
      "«\u202fEt personne ne nous écoute\u202f», a ajouté M. Marchetti.",
      "La maire, Sophie Aubertin, a promis une aide. « Personne ne sera oublié », assure-t-elle.",
    );
    expect(found).toEqual([
      { text: "Nous ne pouvons plus tenir", speaker: "Julien Marchetti" },
      { text: "Le prix du blé a doublé en deux ans. Et personne ne nous écoute", speaker: "Julien Marchetti" },
      { text: "Personne ne sera oublié", speaker: "Sophie Aubertin" },
    ]);
  });

  it("es: «…», dijo el ministro, X; según X; a dropped subject", () => {
    const found = quotes(
      "es",
      "Bogotá, 4 mar (EFE).- El Gobierno colombiano anunció este martes un plan para reforestar la cuenca del río.",
      "«Es una deuda histórica con el río», dijo el ministro de Ambiente, Andrés Quintero.",
      "Según Quintero, el plan costará 300 millones de dólares. «Empezaremos en abril», precisó.",
    );
    expect(found).toEqual([
      { text: "Es una deuda histórica con el río", speaker: "Andrés Quintero" },
      { text: "Empezaremos en abril", speaker: "Andrés Quintero" },
    ]);
  });

  it("it: an attribution between dashes inside the marks leaves one quote", () => {
    const found = quotes(
      "it",
      "Torino, 5 mar. (Adnkronos) - Il Comune ha presentato il nuovo piano per le piste ciclabili.",
      '"Vogliamo raddoppiare i chilometri entro il 2028", ha detto l\'assessore alla Mobilità Giorgio Ferraresi.',
      '"Non è un sogno - ha aggiunto - ma un impegno preciso".',
    );
    expect(found).toEqual([
      { text: "Vogliamo raddoppiare i chilometri entro il 2028", speaker: "Giorgio Ferraresi" },
      { text: "Non è un sogno - ha aggiunto - ma un impegno preciso", speaker: "Giorgio Ferraresi" },
    ]);
  });

  it("pt: afirmou o presidente, X; segundo ele; a role noun for the official named last", () => {
    const found = quotes(
      "pt",
      "Porto, 6 mar 2026 (Lusa) - Os taxistas do Porto fizeram hoje uma marcha lenta contra as novas regras.",
      '"As plataformas não cumprem as mesmas obrigações", afirmou o presidente da associação, Manuel Tavares.',
      'Segundo ele, o protesto vai continuar. "Voltaremos na próxima semana", avisou.',
      'O secretário de Estado da Mobilidade, Rui Falcão, recebeu os taxistas. "A lei será cumprida", garantiu o governante.',
    );
    expect(found).toEqual([
      { text: "As plataformas não cumprem as mesmas obrigações", speaker: "Manuel Tavares" },
      { text: "Voltaremos na próxima semana", speaker: "Manuel Tavares" },
      { text: "A lei será cumprida", speaker: "Rui Falcão" },
    ]);
  });

  it("ru: «…», - сказал X; по словам X in another case; он; a name in marks is no quote", () => {
    const found = quotes(
      "ru",
      'МОСКВА, 7 марта. /ТАСС/. Власти столицы откроют весной три новых парка, сообщила компания "Зеленый город".',
      "«Мы хотим, чтобы у каждого района был свой парк», - сказал заместитель мэра Игорь Лаптев.",
      "По словам Лаптева, работы начнутся в апреле. «Денег на это хватит», - добавил он.",
    );
    expect(found).toEqual([
      { text: "Мы хотим, чтобы у каждого района был свой парк", speaker: "Игорь Лаптев" },
      { text: "Денег на это хватит", speaker: "Игорь Лаптев" },
    ]);
  });

  it("zh: X说：“…”; 他说; a short term in marks is no quote", () => {
    const found = quotes(
      "zh",
      "新华社杭州3月8日电（记者陈思远）浙江省今年将新建一百座被称为“城市绿肺”的口袋公园。",
      "省住房和城乡建设厅厅长李文涛说：“我们要让市民出门五分钟就能走进公园。”",
      "“今年先在杭州和宁波试点。”他说。",
    );
    expect(found).toEqual([
      { text: "我们要让市民出门五分钟就能走进公园。", speaker: "李文涛" },
      { text: "今年先在杭州和宁波试点。", speaker: "李文涛" },
    ]);
  });

  it("ja: Xは「…」と述べた; X氏 for the person named in full before", () => {
    const found = quotes(
      "ja",
      "【大阪共同】大阪府の山本健太知事は9日、新しい観光戦略を発表した。",
      "山本氏は記者会見で「世界中から人を呼び込みたい」と述べた。府は「食の都」の魅力も発信する。",
    );
    expect(found).toEqual([{ text: "世界中から人を呼び込みたい", speaker: "山本健太" }]);
  });
});

describe("quotes in other languages on more agencies' copy", () => {
  it("de (APA): a compound role before a full name, then sie", () => {
    const found = quotes(
      "de",
      "Graz (APA) - Die Grazer Verkehrsbetriebe bauen zwei neue Straßenbahnlinien.",
      "„Wir liegen vor dem Zeitplan“, sagte Geschäftsführerin Martina Pölzl.",
      "Verkehrsstadträtin Irene Kohlbacher zeigte sich erfreut. Die Linien seien „ein großer Schritt“, sagte sie der APA.",
    );
    expect(found.map((q) => q.speaker)).toEqual(["Martina Pölzl", "Irene Kohlbacher"]);
  });

  it("ja (Jiji): a title after the name, and the surname with the title later", () => {
    const found = quotes(
      "ja",
      "【ソウル時事】韓国政府は14日、新たな支援策を発表した。",
      "保健福祉省の朴敏浩長官は記者会見で「安心して子育てできる社会をつくる」と強調した。",
      "朴長官はまた、「財源の確保も急ぐ」と述べた。",
    );
    expect(found.map((q) => q.speaker)).toEqual(["朴敏浩", "朴敏浩"]);
  });

  it("stays linear on hostile input in every language", () => {
    // one quote left open over many names, in each language's marks
    const marks: [string, string][] = [
      ["fr", "« "],
      ["ru", "«"],
      ["de", "„"],
      ["ja", "「"],
      ["zh", "“"],
    ];
    for (const [language, mark] of marks) {
      expectLinearGrowth(
        `${language}: ${mark}…`,
        (n) => {
          const hostile = `${mark}A, ${repeatTo("X Y, ", n)}`.repeat(2);
          return () => extractQuotes([hostile], language);
        },
        15_000,
      );
    }
  });
});
