// Boilerplate in plain text (page copy, wire text): the region method. Lines that read confidently as
// prose are grouped; the largest group (or the one the dateline opens) is the story, stretched over
// nearby sentences; inside it only clear chrome goes, outside it everything goes, each with its kind.
import type { Block } from "../../read/block.js";
import { readDateStamp } from "../common/dates.js";
import { capitalisedShare, endsLikeSentence, stopwordShare, words } from "../common/words.js";
import type { Anchors, Role } from "./index.js";
import { isRelatedMarker, phraseKind } from "./phrases.js";

/** Confident prose lines may be this many blocks apart and still belong to one story. */
const MAX_GAP = 8;
/** How far above the story the headline may stand (menus, stamps and captions between). */
const HEADLINE_REACH = 12;

interface Line {
  text: string;
  words: number;
  kind: Role | null;
  marker: boolean;
  sentence: boolean;
  confident: boolean;
  claimed: boolean;
  bullet: boolean;
}

export function textRoles(blocks: readonly Block[], anchors: Anchors): Role[] {
  const lines = describe(blocks, anchors);
  const roles: Role[] = lines.map(() => "body");
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
  return blocks.map((b, i) => {
    const text = b.text;
    const n = words(text).length;
    const claimed = anchors.claimed.has(i);
    const kind: Role | null = claimed ? null : (phraseKind(text) ?? (readDateStamp(text) ? "timestamp" : null));
    const marker = !claimed && !kind && isRelatedMarker(text);
    const repeated = (counts.get(text) ?? 0) > 1;
    const sentence = !kind && !marker && !claimed && n >= 3 && endsLikeSentence(text);
    const confident =
      !kind &&
      !marker &&
      !claimed &&
      !repeated &&
      text.length >= 70 &&
      n >= 10 &&
      stopwordShare(text) >= 0.2 &&
      (endsLikeSentence(text) || text.length >= 150);
    return { text, words: n, kind, marker, sentence, confident, claimed, bullet: Boolean(b.bullet) };
  });
}

/** [first, last] block of the story, or null when nothing reads as story text. */
function storyRegion(lines: Line[], anchors: Anchors): [number, number] | null {
  const groups: [number, number, number][] = []; // first, last, characters
  lines.forEach((line, i) => {
    if (!line.confident) return;
    const last = groups[groups.length - 1];
    if (last && i - last[1] - 1 <= MAX_GAP) {
      last[1] = i;
      last[2] += line.text.length;
    } else groups.push([i, i, line.text.length]);
  });

  let start: number;
  let end: number;
  if (anchors.lead !== null) {
    const lead = anchors.lead;
    const group = groups.find((g) => g[1] >= lead && g[0] <= lead + MAX_GAP);
    start = lead;
    end = group ? Math.max(group[1], lead) : lead;
  } else if (groups.length) {
    const best = groups.reduce((a, b) => (b[2] > a[2] ? b : a));
    [start, end] = best;
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
  while (end + 1 < lines.length && (lines[end + 1].sentence || lines[end + 1].claimed)) end++;
  return [start, end];
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
