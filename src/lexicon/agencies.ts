// Wire agencies: canonical name (as the output contract spells it) and the forms that name it in
// datelines, sign-offs, bylines and credits. Matching is case-insensitive on whole forms.

export interface Agency {
  name: string;
  aliases: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { name: "Reuters", aliases: ["Reuters", "Reuter", "Thomson Reuters", "RTRS"] },
  { name: "AP", aliases: ["AP", "Associated Press", "The Associated Press"] },
  { name: "AFP", aliases: ["AFP", "Agence France-Presse", "Agence France Presse", "法新社", "フランス通信"] },
  { name: "Bloomberg", aliases: ["Bloomberg", "Bloomberg News"] },
  { name: "Xinhua", aliases: ["Xinhua", "Xinhua News Agency", "Xinhuanet", "新华社", "新華社", "新华网", "Синьхуа"] },
  { name: "UPI", aliases: ["UPI", "United Press International"] },
  { name: "PA Media", aliases: ["PA Media", "PA", "Press Association"] },
  { name: "dpa", aliases: ["dpa", "Deutsche Presse-Agentur", "dpa-AFX"] },
  { name: "ANI", aliases: ["ANI", "Asian News International"] },
  { name: "PTI", aliases: ["PTI", "Press Trust of India"] },
  { name: "IANS", aliases: ["IANS", "Indo-Asian News Service"] },
  { name: "Kyodo", aliases: ["Kyodo", "Kyodo News", "共同", "共同通信", "共同通信社", "共同社"] },
  { name: "Yonhap", aliases: ["Yonhap", "Yonhap News Agency", "연합뉴스", "聯合", "韩联社"] },
  { name: "Bernama", aliases: ["Bernama"] },
  { name: "EFE", aliases: ["EFE", "Agencia EFE", "Agência EFE"] },
  { name: "ANSA", aliases: ["ANSA", "Agenzia ANSA"] },
  { name: "TASS", aliases: ["TASS", "ITAR-TASS", "ТАСС", "ИТАР-ТАСС", "塔斯社"] },
  { name: "RIA Novosti", aliases: ["RIA Novosti", "RIA", "РИА Новости", "РИА"] },
  { name: "Interfax", aliases: ["Interfax", "Интерфакс", "ИНТЕРФАКС"] },
  { name: "Anadolu", aliases: ["Anadolu", "Anadolu Agency", "AA"] },
  { name: "CNA", aliases: ["CNA", "Central News Agency"] },
  { name: "Antara", aliases: ["Antara"] },
  { name: "APP", aliases: ["APP", "Associated Press of Pakistan"] },
  { name: "KUNA", aliases: ["KUNA", "Kuwait News Agency"] },
  { name: "WAM", aliases: ["WAM", "Emirates News Agency"] },
  { name: "NYT News Service", aliases: ["NYT News Service", "New York Times News Service", "NYT"] },
  { name: "CNN", aliases: ["CNN"] },
  // agencies that file in other languages than English
  { name: "Lusa", aliases: ["Lusa", "Agência Lusa"] },
  { name: "Agência Brasil", aliases: ["Agência Brasil", "Agencia Brasil"] },
  { name: "Europa Press", aliases: ["Europa Press"] },
  { name: "Adnkronos", aliases: ["Adnkronos", "Adn Kronos", "AdnKronos"] },
  { name: "AGI", aliases: ["AGI", "Agenzia Italia"] },
  { name: "Belga", aliases: ["Belga"] },
  { name: "KNA", aliases: ["KNA", "Katholische Nachrichten-Agentur"] },
  { name: "epd", aliases: ["epd", "Evangelischer Pressedienst"] },
  { name: "APA", aliases: ["APA", "Austria Presse Agentur"] },
  { name: "SDA", aliases: ["SDA", "Keystone-SDA", "Keystone-ATS"] },
  { name: "Notimex", aliases: ["Notimex"] },
  { name: "Prensa Latina", aliases: ["Prensa Latina"] },
  { name: "Jiji", aliases: ["Jiji", "Jiji Press", "時事", "時事通信", "時事通信社"] },
  { name: "China News Service", aliases: ["China News Service", "中新社", "中新网"] },
  { name: "RBC", aliases: ["RBC", "РБК"] },
  { name: "Ukrinform", aliases: ["Ukrinform", "Укрінформ", "Укринформ"] },
];

/**
 * Agency names a dateline may carry bare, without brackets, before its separator: "NAGOYA, Oct. 12
 * Kyodo -", 1987 Reuters "ROME, March 13, Reuter -". Short all-capital forms (AP, PA) are left out:
 * bare, they read as words of the place.
 */
// biome-ignore format: a word list reads best wrapped
export const BARE_DATELINE_AGENCIES: readonly string[] = [
  "Reuter", "Reuters", "Kyodo", "Xinhua", "Yonhap", "Bernama", "Interfax", "TASS", "ITAR-TASS",
  // Russian agencies name themselves after the date: "Москва. 12 мая. ИНТЕРФАКС -"
  "Интерфакс", "ИНТЕРФАКС", "ТАСС", "ИТАР-ТАСС", "РИА Новости",
];
