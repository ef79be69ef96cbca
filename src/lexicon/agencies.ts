// Wire agencies: canonical name (as the output contract spells it) and the forms that name it in
// datelines, sign-offs, bylines and credits. Matching is case-insensitive on whole forms.

export interface Agency {
  name: string;
  aliases: readonly string[];
}

export const AGENCIES: readonly Agency[] = [
  { name: "Reuters", aliases: ["Reuters", "Reuter", "Thomson Reuters", "RTRS"] },
  { name: "AP", aliases: ["AP", "Associated Press", "The Associated Press"] },
  { name: "AFP", aliases: ["AFP", "Agence France-Presse", "Agence France Presse"] },
  { name: "Bloomberg", aliases: ["Bloomberg", "Bloomberg News"] },
  { name: "Xinhua", aliases: ["Xinhua", "Xinhua News Agency", "Xinhuanet"] },
  { name: "UPI", aliases: ["UPI", "United Press International"] },
  { name: "PA Media", aliases: ["PA Media", "PA", "Press Association"] },
  { name: "dpa", aliases: ["dpa", "Deutsche Presse-Agentur"] },
  { name: "ANI", aliases: ["ANI", "Asian News International"] },
  { name: "PTI", aliases: ["PTI", "Press Trust of India"] },
  { name: "IANS", aliases: ["IANS", "Indo-Asian News Service"] },
  { name: "Kyodo", aliases: ["Kyodo", "Kyodo News"] },
  { name: "Yonhap", aliases: ["Yonhap", "Yonhap News Agency"] },
  { name: "Bernama", aliases: ["Bernama"] },
  { name: "EFE", aliases: ["EFE", "Agencia EFE"] },
  { name: "ANSA", aliases: ["ANSA"] },
  { name: "TASS", aliases: ["TASS", "ITAR-TASS"] },
  { name: "RIA Novosti", aliases: ["RIA Novosti", "RIA"] },
  { name: "Interfax", aliases: ["Interfax"] },
  { name: "Anadolu", aliases: ["Anadolu", "Anadolu Agency", "AA"] },
  { name: "CNA", aliases: ["CNA", "Central News Agency"] },
  { name: "Antara", aliases: ["Antara"] },
  { name: "APP", aliases: ["APP", "Associated Press of Pakistan"] },
  { name: "KUNA", aliases: ["KUNA", "Kuwait News Agency"] },
  { name: "WAM", aliases: ["WAM", "Emirates News Agency"] },
  { name: "NYT News Service", aliases: ["NYT News Service", "New York Times News Service", "NYT"] },
  { name: "CNN", aliases: ["CNN"] },
];

/**
 * Agency names a dateline may carry bare, without brackets, before its separator: "NAGOYA, Oct. 12
 * Kyodo -", 1987 Reuters "ROME, March 13, Reuter -". Short all-capital forms (AP, PA) are left out:
 * bare, they read as words of the place.
 */
// biome-ignore format: a word list reads best wrapped
export const BARE_DATELINE_AGENCIES: readonly string[] = [
  "Reuter", "Reuters", "Kyodo", "Xinhua", "Yonhap", "Bernama", "Interfax", "TASS", "ITAR-TASS",
];
