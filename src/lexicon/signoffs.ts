// The last words of wire copy: sign-offs that name the agency (" Reuter", "Enditem", "(END)",
// "-- BERNAMA"), desk signatures (AFP "bur-jd/ab") and the like. Each pattern is matched against the
// END of a block (at most SIGNOFF_REACH characters of it) and must match there.

export const SIGNOFF_REACH = 80;

export interface SignoffForm {
  /** Anchored at the end ($); the match is the sign-off. */
  match: RegExp;
  agency: string | null;
  kind: "signoff" | "signature";
  /** Only as a block of its own, never as the tail of a paragraph. */
  alone?: boolean;
  /** As a tail, only after the end of a sentence (". ", '" ', ") "). */
  afterSentence?: boolean;
  /** Only in the last few blocks of a document: a bare agency name elsewhere is a label or a list item. */
  final?: boolean;
}

export const SIGNOFF_FORMS: readonly SignoffForm[] = [
  { match: /Reuter$/, agency: "Reuters", kind: "signoff", afterSentence: true },
  { match: /REUTER$/, agency: "Reuters", kind: "signoff", afterSentence: true },
  { match: /Reuters$/, agency: "Reuters", kind: "signoff", alone: true, final: true },
  { match: /End\s?item$/i, agency: "Xinhua", kind: "signoff" },
  { match: /End\s?item\s{0,2}\/\s{0,2}[a-z]{1,6}$/i, agency: "CNA", kind: "signoff" },
  { match: /\(\s?END\s?\)$/, agency: "Yonhap", kind: "signoff" },
  { match: /-{1,3}\s{0,2}BERNAMA(?:\s{1,3}[a-z]{1,5}(?:\/[a-z]{1,5}){0,4})?$/i, agency: "Bernama", kind: "signoff" },
  { match: /-{1,3}\s{0,2}IANS(?:\s{1,3}[a-z]{1,5}(?:\/[a-z]{1,5}){0,4})?$/, agency: "IANS", kind: "signoff" },
  { match: /EFE\s{1,3}[a-z]{1,5}(?:\/[a-z]{1,5}){1,4}$/, agency: "EFE", kind: "signoff", afterSentence: true },
  { match: /EFE$/, agency: "EFE", kind: "signoff", alone: true, final: true },
  { match: /\(ANSA\)\.?$/, agency: "ANSA", kind: "signoff" },
  { match: /-{1,3}\s{0,2}(?:dpa|DPA)(?:\s{1,3}[a-z]{1,5}(?:\/[a-z]{1,5}){0,4})?$/, agency: "dpa", kind: "signoff" },
  {
    match: /(?:bur-)?[a-z]{1,5}(?:-[a-z]{1,5})?(?:\/[a-z]{1,5}){1,5}$/,
    agency: "AFP",
    kind: "signature",
    afterSentence: true,
  },
  // sign-offs of wires in other languages: " (Belga)" closing the last paragraph, Xinhua's "（完）"
  { match: /\(Belga\)\.?$/, agency: "Belga", kind: "signoff", afterSentence: true, final: true },
  { match: /\(AGI\)\.?$/, agency: "AGI", kind: "signoff", afterSentence: true, final: true },
  { match: /\(APA\)\.?$/, agency: "APA", kind: "signoff", afterSentence: true, final: true },
  { match: /[（(]完[)）]$/u, agency: "Xinhua", kind: "signoff", final: true },
  { match: /\bEditor\s{0,2}:\s{0,2}[\p{L}][\p{L} .'’-]{1,40}$/u, agency: null, kind: "signoff", afterSentence: true },
  {
    match: /^c\.?\s{0,2}\d{4}\s{1,3}(?:The\s+)?New\s+York\s+Times\s+News\s+Service$/i,
    agency: "NYT News Service",
    kind: "signoff",
    alone: true,
  },
];

/** An e-mail address standing just before a closing "(END)": the reporter's contact (Yonhap). */
export const SIGNOFF_CONTACT = /[\w.+-]{1,64}@[\w-]{1,64}(?:\.[\w-]{1,40}){1,4}$/;
