// Boilerplate in plain text (page copy, wire text): the region method. Lines that read confidently as
// prose are grouped; the largest group (or the one the dateline opens) is the story, stretched over
// nearby sentences; inside it only clear chrome goes, outside it everything goes, each with its kind.
import type { Block } from "../../read/block.js";
import { readDateStamp } from "../../read/dates.js";
import { mapPacked } from "../../read/packed.js";
import {
  capitalisedShare,
  endsLikeSentence,
  languageOf,
  stopwordShare,
  unspacedShare,
  wordCount,
} from "../common/words.js";
import { isRelatedMarker, matchPhrase, type Phrase } from "./phrases.js";
import type { Anchors, Role } from "./roles.js";

/** Confident prose lines may be this many blocks apart and still belong to one story. */
const MAX_GAP = 8;
/** A list item or subhead: this many words at least, this share of them function words. */
const LIST_WORDS = 4;
const LIST_STOPWORDS = 0.15;
/** A line of at most STOCK_WORDS words seen this many times on the page is a stock label, not story. */
const STOCK_REPEATS = 3;
const STOCK_WORDS = 6;
/** How far above the story the headline may stand (menus, stamps and captions between). */
const HEADLINE_REACH = 12;
/**
 * A dateline after this many confident prose lines of its own group opens a post inside the story (a
 * live blog's wire item, a digest's second piece), not the story.
 */
const PROSE_BEFORE_LEAD = 10;

interface Line {
  text: string;
  words: number;
  kind: Role | null;
  /** A related-list heading, or chrome after which the story does not go on (comments, tags). */
  marker: boolean;
  endsStory: boolean;
  sentence: boolean;
  confident: boolean;
  claimed: boolean;
  bullet: boolean;
  /**
   * A short line that reads as language, not as a label: an item of a list (ingredients, a schedule,
   * features) or a subhead, where a menu entry is a name or two.
   */
  listed: boolean;
  /** A short label the page repeats (a share row under every teaser, "Buy now" under every item). */
  stock: boolean;
  /** Weight of the line as story evidence: lower for lines packed between others in a spaced copy. */
  weight: number;
}

export function textRoles(blocks: readonly Block[], anchors: Anchors): Role[] {
  const lines = describe(blocks, anchors);
  const roles: Role[] = mapPacked(lines, (): Role => "body");
  const region = storyRegion(lines, anchors);
  if (!region) {
    lines.forEach((line, i) => {
      if (line.kind && !line.claimed) roles[i] = line.kind;
    });
    return roles;
  }
  const [start, end] = region;
  classifyInside(lines, roles, start, end);
  const headline = findHeadline(lines, start);
  classifyBefore(lines, roles, start, headline);
  classifyAfter(lines, roles, end);
  return roles;
}

function describe(blocks: readonly Block[], anchors: Anchors): Line[] {
  const counts = new Map<string, number>();
  for (const b of blocks) counts.set(b.text, (counts.get(b.text) ?? 0) + 1);
  // Only a copy that spaces some lines and not others tells paragraphs from packed lists.
  const spacedShare = blocks.filter((b) => b.spaced).length / Math.max(1, blocks.length);
  const spacing = spacedShare > 0.02 && spacedShare < 0.9;
  const language = languageOf(longestText(blocks, 6000)) ?? "en";
  const unspaced = language === "ja" || language === "zh";
  // a line repeated down the page (menus, separators) is matched against the lexicon once
  const known = new Map<string, { phrase: Phrase | null; kind: Role | null; marker: boolean }>();
  return mapPacked(blocks, (b, i) => {
    const text = b.text;
    // in scripts without spaces, count characters in place of words (about two per word)
    const counted = unspaced && unspacedShare(text) > 0.3 ? null : wordCount(text, language);
    const n = counted ? counted.count : Math.round(text.length / 2);
    // the line's share of function words, counted once for both tests below
    let share = -1;
    const stopShare = () => {
      if (share < 0)
        share = counted ? (counted.count ? counted.stop / counted.count : 0) : stopwordShare(text, language);
      return share;
    };
    const claimed = anchors.claimed.has(i);
    const seen = claimed ? undefined : known.get(text);
    const phrase = claimed ? null : seen ? seen.phrase : matchPhrase(text);
    const kind: Role | null = claimed
      ? null
      : seen
        ? seen.kind
        : (phrase?.kind ?? (readDateStamp(text) ? "timestamp" : null));
    const marker = claimed ? false : seen ? seen.marker : !kind && isRelatedMarker(text);
    if (!claimed && !seen) known.set(text, { phrase, kind, marker });
    const endsStory = Boolean(phrase?.endsStory);
    const repeated = (counts.get(text) ?? 0) > 1;
    const sentence = !kind && !marker && !claimed && n >= 3 && endsLikeSentence(text);
    const confident =
      !kind &&
      !marker &&
      !claimed &&
      !repeated &&
      text.length >= (unspaced ? 35 : 70) &&
      n >= 10 &&
      (unspaced || stopShare() >= 0.2) &&
      (endsLikeSentence(text) || text.length >= 150);
    const weight = spacing && !b.spaced ? 0.5 : 1;
    const stock = !claimed && (counts.get(text) ?? 0) >= STOCK_REPEATS && n <= STOCK_WORDS && !endsLikeSentence(text);
    const bullet = Boolean(b.bullet);
    const listed =
      !kind &&
      !marker &&
      !claimed &&
      !stock &&
      // "Ingredients:", "You will need:" open a list
      ((n >= LIST_WORDS && (unspaced || stopShare() >= LIST_STOPWORDS)) || /[:：]$/.test(text));
    return { text, words: n, kind, marker, endsStory, sentence, confident, claimed, bullet, listed, stock, weight };
  });
}

/** The longest blocks, up to about `limit` characters: the prose that tells a page's language. */
function longestText(blocks: readonly Block[], limit: number): string {
  const longest = [...blocks].sort((a, b) => b.text.length - a.text.length);
  let text = "";
  for (const b of longest) {
    if (text.length >= limit) break;
    text += `${b.text}\n`;
  }
  return text;
}

/** [first, last] block of the story, or null when nothing reads as story text. */
interface Group {
  first: number;
  last: number;
  /** Weighted characters of its confident lines. */
  chars: number;
  confident: number;
  /** A closing line (comments, "Next post") stands right after the group. */
  closed: boolean;
}

function storyRegion(lines: Line[], anchors: Anchors): [number, number] | null {
  const groups = proseGroups(lines);
  let start: number;
  let end: number;
  if (anchors.lead !== null) {
    const lead = anchors.lead;
    const at = groups.findIndex((g) => g.last >= lead && g.first <= lead + MAX_GAP);
    start = at >= 0 && proseLinesBetween(lines, groups[at].first, lead) >= PROSE_BEFORE_LEAD ? groups[at].first : lead;
    end = at >= 0 ? Math.max(mergeForward(groups, at), lead) : lead;
  } else if (groups.length) {
    // a story is dense with prose; a teaser list spreads its excerpts between titles and names
    const score = (g: Group) => (g.chars * g.confident) / (g.last - g.first + 1);
    let best = 0;
    groups.forEach((g, i) => {
      if (score(g) > score(groups[best])) best = i;
    });
    start = groups[best].first;
    end = mergeForward(groups, best);
    while (start > 0 && lines[start - 1].sentence && lines[start - 1].words >= 8) start--;
  } else {
    const sentences = lines.flatMap((l, i) => (l.sentence ? [i] : []));
    if (!sentences.length) return null;
    start = sentences[0];
    end = sentences[sentences.length - 1];
  }

  const credits = anchors.credits;
  if (credits !== null && credits >= start) {
    if (credits <= end || credits - end <= MAX_GAP) end = credits;
  }
  end = trimPackedTail(lines, start, end, credits);
  while (end + 1 < lines.length && (lines[end + 1].claimed || (lines[end + 1].sentence && lines[end + 1].weight === 1)))
    end++;
  while (end + 1 < lines.length && lines[end + 1].listed) end++;
  return [start, storyEnd(lines, start, end)];
}

function proseLinesBetween(lines: Line[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (lines[i].confident) n++;
  return n;
}

/**
 * Confident prose lines grouped across gaps of up to MAX_GAP lines. A closing line ends a group, and
 * prose after a comments heading weighs little: it is readers' comments.
 */
function proseGroups(lines: Line[]): Group[] {
  const groups: Group[] = [];
  let open = false;
  let discount = 1;
  lines.forEach((line, i) => {
    if (line.endsStory) {
      if (open) groups[groups.length - 1].closed = true;
      open = false;
      if (line.kind === "comments") discount = 0.25;
      return;
    }
    if (!line.confident) return;
    const last = groups[groups.length - 1];
    const chars = line.text.length * line.weight * discount;
    if (open && last && i - last.last - 1 <= MAX_GAP) {
      last.last = i;
      last.chars += chars;
      last.confident++;
    } else groups.push({ first: i, last: i, chars, confident: 1, closed: false });
    open = true;
  });
  return groups;
}

/**
 * In a copy whose story opens with paragraphs between blank lines, packed lines trailing the region
 * are a list that follows the story (teasers, links), not more of it.
 */
function trimPackedTail(lines: Line[], start: number, end: number, credits: number | null): number {
  const prose = lines.slice(start, end + 1).filter((l) => l.confident);
  const opening = prose.slice(0, Math.max(2, Math.ceil(prose.length / 3)));
  if (opening.some((l) => l.weight < 1) || lines[end].weight === 1) return end;
  let last = end;
  const trailing = (l: Line) => l.weight < 1 || (!l.confident && !l.sentence);
  while (last > start && trailing(lines[last]) && last !== credits && !lines[last].claimed) last--;
  return last;
}

/** A story broken by an inline box (related links, a gallery) goes on in the next dense group. */
function mergeForward(groups: Group[], at: number): number {
  let end = groups[at].last;
  for (let i = at; i + 1 < groups.length && !groups[i].closed; i++) {
    const next = groups[i + 1];
    const density = next.confident / (next.last - next.first + 1);
    if (next.first - end - 1 > 2 * MAX_GAP || density < 0.5) break;
    end = next.last;
  }
  return end;
}

/**
 * The story stops before a closing line (comments, tags, "Next post") once enough story stands before
 * it, and before a related-list heading, unless the list is an inline box: a few short lines after
 * which the prose resumes.
 */
function storyEnd(lines: Line[], start: number, end: number): number {
  let words = 0;
  for (let i = start + 1; i <= end; i++) {
    const line = lines[i];
    if (!line.kind && !line.marker) words += line.words;
    if (words < 60) continue;
    if (line.endsStory) return i - 1;
    if (line.marker && !proseResumes(lines, i + 1, end)) return i - 1;
  }
  return end;
}

/** After a list's short lines, two of the next four lines are confident prose. */
function proseResumes(lines: Line[], from: number, end: number): boolean {
  let i = from;
  while (i <= end && !lines[i].confident && (lines[i].marker || !lines[i].sentence)) i++;
  let prose = 0;
  for (let k = i; k <= Math.min(end, i + 3); k++) if (lines[k].confident) prose++;
  return prose >= 2;
}

/** Inside the story only clear chrome goes; a related-list heading takes the short lines after it. */
function classifyInside(lines: Line[], roles: Role[], start: number, end: number): void {
  let inList = false;
  for (let i = start; i <= end; i++) {
    const line = lines[i];
    if (line.claimed) continue;
    if (line.marker) {
      roles[i] = "related";
      inList = true;
    } else if (line.kind) roles[i] = line.kind;
    else if (inList && !line.confident && !line.sentence) roles[i] = "related";
    else if (line.stock) roles[i] = "other";
    else inList = false;
  }
}

/** The title-like line nearest above the story, past stamps, captions, menus and bylines. */
function findHeadline(lines: Line[], start: number): number | null {
  for (let i = start - 1; i >= 0 && i >= start - HEADLINE_REACH; i--) {
    const line = lines[i];
    if (line.claimed || line.kind || line.marker || line.bullet || line.words <= 2) continue;
    if (looksLikeHeadline(line)) return i;
    if (line.sentence && line.words > 8) continue; // a standfirst between headline and story
    return null;
  }
  return null;
}

function looksLikeHeadline(line: Line): boolean {
  if (line.words < 3 || line.words > 30 || line.text.length > 250) return false;
  return !endsLikeSentence(line.text) || capitalisedShare(line.text) >= 0.6;
}

function classifyBefore(lines: Line[], roles: Role[], start: number, headline: number | null): void {
  const headlineText = headline === null ? null : lines[headline].text;
  for (let i = 0; i < start; i++) {
    const line = lines[i];
    if (line.claimed) continue;
    if (headlineText !== null && line.text === headlineText) roles[i] = "headline";
    else if (line.kind) roles[i] = line.kind;
    else if (line.marker) roles[i] = "related";
    else if (line.bullet || line.words <= 4) roles[i] = "navigation";
    else roles[i] = "other";
  }
}

/** After the story: each list heading or chrome line sets the kind of the plain lines that follow. */
function classifyAfter(lines: Line[], roles: Role[], end: number): void {
  let current: Role = "footer";
  for (let i = end + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.claimed) continue;
    if (line.marker) current = roles[i] = "related";
    else if (line.kind) {
      roles[i] = line.kind;
      if (line.kind === "newsletter" || line.kind === "comments" || line.kind === "legal") current = line.kind;
    } else roles[i] = current;
  }
}
