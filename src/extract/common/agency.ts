// Agency names as the story writes them -> the canonical name of the lexicon's agency ("Reuters", "AP"),
// or null: for the dateline, the byline, the credits and the metadata.
import { AGENCIES } from "../../lexicon/agencies.js";
import { mapPacked } from "../../read/packed.js";

const BY_ALIAS = new Map<string, string>();
/** Short aliases ("AP", "PA", "AA") count only in capitals or capitalised ("Ap"): "pa" or "aa" are other words. */
const SHORT_AS_WRITTEN = new Map<string, string>();
for (const agency of AGENCIES) {
  for (const alias of agency.aliases) {
    BY_ALIAS.set(alias.toLowerCase(), agency.name);
    if (alias.length <= 3) SHORT_AS_WRITTEN.set(alias, agency.name);
  }
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

/**
 * The first agency a short label names among its words ("PA Wales Correspondent" -> "PA Media",
 * "Associated Press Writer" -> "AP"), or null. Aliases of up to three letters count only as written.
 */
export function agencyNamedIn(label: string): string | null {
  const tokens = mapPacked(label.slice(0, 200).match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [], (t) =>
    t.replace(/[.'’-]+$/, ""),
  );
  for (let i = 0; i < tokens.length; i++) {
    for (let n = Math.min(4, tokens.length - i); n >= 1; n--) {
      const form = tokens.slice(i, i + n).join(" ");
      const agency = form.length <= 3 ? shortAgency(form) : canonicalAgency(form);
      if (agency) return agency;
    }
  }
  return null;
}

function shortAgency(form: string): string | null {
  const exact = SHORT_AS_WRITTEN.get(form);
  if (exact) return exact;
  return /^\p{Lu}/u.test(form) ? (SHORT_AS_WRITTEN.get(form.toUpperCase()) ?? null) : null;
}
