// Credit lines without brackets at the end of wire copy: AP "Associated Press writer X in Y contributed
// to this report.", Bloomberg "--With assistance from A and B.", "To contact the reporter on this
// story: A in London at a@bloomberg.net", "To contact the editors responsible for this story: ...".
import { CONTRIBUTOR_LABELS, END_NOTE_AGENCIES, END_NOTES, type EndNote } from "../lexicon/credit-roles.js";
import { agencyNamedIn } from "./common/agency.js";
import { namesIn } from "./credit-parse.js";

export interface NotePiece {
  start: number;
  end: number;
  kind: EndNote["kind"];
  /** The role its names get; null for notes that only close the copy (legal line, promo). */
  role: string | null;
  names: string[];
  agency: string | null;
}

const MAX_CONTRIBUTED_LINE = 400;
const LABELS = new Set(CONTRIBUTOR_LABELS.filter((l) => !l.includes(" ")));
/** "... contributed to this report.", "... contributed reporting from Paris.", "... contributed." */
const CONTRIBUTED =
  /\s(?:also\s+)?contributed(?:\s+(?:reporting|research|to\s+(?:this|the)\s+(?:report|story|article)))?(?:\s+from\s+[^.]{1,80})?\.?$/i;
/** Words that may open a note inside a block: where to look for END_NOTES markers. */
const NOTE_OPENERS =
  /with\s+(?:additional\s+)?(?:assistance|contributions?)\s+from|to\s+contact\s+the|©\s{0,2}\d{4}\s+bloomberg|for\s+more\s+articles\s+like\s+this/gi;

/** An AP-style "X contributed to this report." block: its contributors and the agency its label names. */
export function contributedLine(text: string): NotePiece | null {
  if (text.length > MAX_CONTRIBUTED_LINE) return null;
  const m = CONTRIBUTED.exec(text);
  if (!m) return null;
  let who = text.slice(0, m.index).replace(/^[\s_—–-]+/, "");
  const agency = agencyNamedIn(who.split(/\s+/).slice(0, 4).join(" "));
  // drop the staff label before the names: "Associated Press medical writer", "AP reporters"
  const tokens = who.split(/\s+/);
  let cut = -1;
  for (let k = 0; k < Math.min(tokens.length, 6); k++) if (LABELS.has(tokens[k].toLowerCase())) cut = k;
  if (cut >= 0) who = tokens.slice(cut + 1).join(" ");
  // an outlet's possessive before the name: "Fox News' Jane Doe"
  who = who.replace(/^[^,]{1,40}?['’]s?\s+(?=\p{Lu})/u, "");
  const names = namesIn(who);
  if (!names.length) return null;
  return { start: 0, end: text.length, kind: "credits", role: "contributing", names, agency };
}

/**
 * Bloomberg-style end notes at the end of a block (or making up all of it), each running to the next:
 * their pieces in order, or [] when the block ends with none.
 */
export function endNotes(text: string): NotePiece[] {
  const starts: { at: number; note: EndNote }[] = [];
  // a labelled line that is the whole block ("Edição: A")
  const lead = END_NOTES.find((n) => n.marker.test(text.slice(0, 120)));
  if (lead) starts.push({ at: 0, note: lead });
  NOTE_OPENERS.lastIndex = 0;
  for (let m = NOTE_OPENERS.exec(text); m; m = NOTE_OPENERS.exec(text)) {
    const at = noteStart(text, m.index);
    if (at < 0 || (at === 0 && lead)) continue;
    const note = END_NOTES.find((n) => n.marker.test(text.slice(at, at + 120)));
    if (note) starts.push({ at, note });
  }
  if (!starts.length) return [];
  const pieces: NotePiece[] = [];
  starts.forEach(({ at, note }, k) => {
    const end = k + 1 < starts.length ? starts[k + 1].at : text.length;
    const body = text.slice(at, end);
    const marker = note.marker.exec(body);
    const names = note.role && marker ? namesIn(body.slice(marker[0].length)) : [];
    const agency = END_NOTE_AGENCIES.find((a) => a.match.test(body))?.agency ?? null;
    pieces.push({ start: at, end: at + body.trimEnd().length, kind: note.kind, role: note.role, names, agency });
  });
  return pieces;
}

/** Where a note whose words start at `i` begins: at the block's start, after "--", or after a sentence. */
function noteStart(text: string, i: number): number {
  let at = i;
  while (at > 0 && i - at < 4 && /[-—–\s]/.test(text[at - 1])) at--;
  while (at < i && /\s/.test(text[at])) at++;
  if (at === 0) return 0;
  if (text.slice(at, i).includes("-") || /[—–]/.test(text.slice(at, i))) return at;
  return /[.!?"”)]/.test(text[at - 1]) ? at : -1;
}
