import { describe, expect, it } from "vitest";
import { isRelatedMarker, matchPhrase, phraseKind } from "../../src/extract/boilerplate/phrases.js";

describe("chrome phrases", () => {
  it("names the kind of whole chrome lines", () => {
    const lines: [string, string][] = [
      ["FILE PHOTO: A ferry leaves port at dawn. REUTERS/Jon Doe", "caption"],
      ["Photo by Sam Reed/Getty Images", "caption"],
      ["Image 2 of 7", "caption"],
      ["Advertisement", "advert"],
      ["Story continues below advertisement", "advert"],
      ["Facebook Twitter Email", "share"],
      ["Follow us on our official WhatsApp channel for breaking news alerts!", "promo"],
      ["Sign up for our daily newsletter to get the news in your inbox", "newsletter"],
      ["Stay up to date with the council. Subscribe to our newsletter.", "newsletter"],
      ["Thank you for subscribing!", "newsletter"],
      ["We use cookies to give you the best experience on our website.", "cookie"],
      ["Subscribe to read the full article", "paywall"],
      ["12 Comments", "comments"],
      ["© 2025 Eastmere Gazette. All rights reserved.", "legal"],
      ["Privacy Policy", "legal"],
      ["Home > World > Europe", "navigation"],
      ["3 hours ago", "timestamp"],
      ["___", "other"],
      ["* * *", "other"],
    ];
    for (const [line, kind] of lines) expect(phraseKind(line), line).toBe(kind);
  });

  it("leaves story sentences alone, even when they mention chrome words", () => {
    for (const sentence of [
      "The newsletter said the council had voted to close the bridge.",
      "Copyright lawyers said the ruling would change how songs are licensed.",
      "Photographers were kept behind a barrier as the minister arrived.",
      "Comments from the minister angered farmers, who said they had not been consulted.",
      "Readers who follow the council's meetings were not surprised.",
      "Shares rose 3 percent > analysts' forecasts, traders said on Monday, and the index closed higher.",
    ]) {
      expect(phraseKind(sentence), sentence).toBeNull();
    }
  });

  it("marks the lines after which a story does not go on", () => {
    expect(matchPhrase("Leave a Reply")?.endsStory).toBe(true);
    expect(matchPhrase("Jo Smith on March 3, 2025 at 4:12 pm said:")?.endsStory).toBe(true);
    expect(matchPhrase("Previous Post")?.endsStory).toBe(true);
    expect(matchPhrase("Advertisement")?.endsStory).toBe(false);
  });

  it("knows related-list headings", () => {
    for (const heading of [
      "Next In World",
      "Others Also Read",
      "Related Stories",
      "More from Business",
      "You may also like",
    ]) {
      expect(isRelatedMarker(heading), heading).toBe(true);
    }
    expect(isRelatedMarker("More than 200 people attended the vigil on Sunday.")).toBe(false);
  });
});

describe("chrome phrases in other languages", () => {
  it("names menus, prompts and notices of de, fr, es, it, pt, nl, pl and id pages", () => {
    const lines: [string, string][] = [
      ["Weiterlesen", "promo"],
      ["Leia mais »", "promo"],
      ["Continua a leggere", "promo"],
      ["Baca selengkapnya", "promo"],
      ["Lesen Sie auch: Stadtrat beschließt neuen Fahrplan für die Fähre", "promo"],
      ["Baca juga: Dermaga lama ditutup untuk perbaikan", "promo"],
      ["Leia também: Cais antigo fecha para obras", "promo"],
      ["Diese Website verwendet Cookies, um Ihnen das beste Erlebnis zu bieten.", "cookie"],
      ["Nous utilisons des cookies pour améliorer votre expérience.", "cookie"],
      ["Questo sito utilizza cookie tecnici e di profilazione.", "cookie"],
      ["Ta strona używa plików cookies.", "cookie"],
      ["Situs ini menggunakan cookie untuk pengalaman terbaik.", "cookie"],
      ["Alle akzeptieren", "cookie"],
      ["Tout accepter", "cookie"],
      ["Newsletter abonnieren", "newsletter"],
      ["Inscreva-se na nossa newsletter e receba as notícias", "newsletter"],
      ["Abonnez-vous à notre newsletter quotidienne", "newsletter"],
      ["12 Kommentare", "comments"],
      ["Lascia un commento", "comments"],
      ["Deixe um comentário", "comments"],
      ["Laat een reactie achter", "comments"],
      ["Teilen", "share"],
      ["Condividi", "share"],
      ["Bagikan", "share"],
      ["Anzeige", "advert"],
      ["Publicidad", "advert"],
      ["Schlagwörter: Hafen, Fähre, Stadtrat", "other"],
      ["Alle Rechte vorbehalten", "legal"],
      ["© 2025 Diário da Costa. Todos os direitos reservados.", "legal"],
      ["Impressum", "legal"],
      ["Datenschutzerklärung", "legal"],
      ["Polityka prywatności", "legal"],
      ["vor 3 Stunden", "timestamp"],
      ["il y a 5 minutes", "timestamp"],
      ["hace 2 horas", "timestamp"],
      ["3 jam yang lalu", "timestamp"],
      ["Startseite", "navigation"],
      ["Beranda", "navigation"],
      ["Nächster Artikel", "navigation"],
      ["Síguenos en nuestras redes sociales", "promo"],
      ["Folgen Sie uns auf Instagram", "promo"],
      ["【纠错】 【责任编辑：王明】", "other"],
    ];
    for (const [line, kind] of lines) expect(phraseKind(line), line).toBe(kind);
  });

  it("opens related lists at their headings in other languages", () => {
    for (const line of [
      "Mehr zum Thema",
      "À lire aussi",
      "Leia também",
      "Lee también",
      "Leggi anche",
      "Lees ook",
      "Czytaj także",
      "Baca juga",
      "Читайте также",
      "相关新闻",
    ]) {
      expect(isRelatedMarker(line), line).toBe(true);
    }
  });

  it("leaves story sentences in those languages alone", () => {
    for (const line of [
      "Der Stadtrat will die Cookies der Bäckerei am Hafen nicht mehr verkaufen lassen, sagte die Sprecherin.",
      "Les commentaires du maire ont été critiqués par l'opposition mardi soir.",
      "O prefeito disse que vai ler mais relatórios antes de decidir sobre o cais.",
      "Kontakt mit den Behörden hatte die Reederei nach eigenen Angaben bereits am Montag.",
      "Warga diminta membaca juga pengumuman resmi dari dinas perhubungan.",
    ]) {
      expect(phraseKind(line), line).toBeNull();
      expect(isRelatedMarker(line), line).toBe(false);
    }
  });
});
