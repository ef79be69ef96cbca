import { AGENCIES } from "../../lexicon/agencies.js";

const BY_ALIAS = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const alias of agency.aliases) BY_ALIAS.set(alias.toLowerCase(), agency.name);
}

/** The canonical agency a form names ("Reuter" -> "Reuters", "Associated Press" -> "AP"), or null. */
export function canonicalAgency(form: string): string | null {
  const key = form
    .replace(/^the\s+/i, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  return BY_ALIAS.get(key) ?? BY_ALIAS.get(`the ${key}`) ?? null;
}
