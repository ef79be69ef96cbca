// Boilerplate in HTML pages. The reader has marked which blocks sit in the article's content element,
// how much of each is links and what the markup says about the others. Outside the content everything
// goes, with the kind its markup or text says. Inside it, a block goes when its markup or its text
// names a kind of chrome (captions, bylines, stamps, "Read more" lines, share rows...), when it is
// mostly links, when it stands before the story starts (headline, standfirst, kicker), or when it
// follows a related-stories heading or an end-of-story marker.
import { BYLINE_OPENERS } from "../../lexicon/boilerplate.js";
import type { Block, Document, PageMeta } from "../../read/block.js";
import { readDateStamp } from "../../read/dates.js";
import type { RemovedKind } from "../../story.js";
import { isRelatedMarker, matchPhrase } from "./phrases.js";
import type { Anchors, Role } from "./roles.js";

/** A story paragraph: this long at least, at most this share links. */
const PARAGRAPH_MIN = 80;
const PARAGRAPH_MAX_LINKS = 0.3;
/** A list item, cell, heading or div this much links is a link (below LINK_LIST_LONG characters). */
const LINK_LIST = 0.5;
const LINK_LIST_LONG = 200;
/** A paragraph this much links is one (below LINK_LIST_LONG characters). */
const LINK_PARAGRAPH = 0.8;
/** Any block goes at this share of links. */
const LINK_FARM = 0.9;
/** A paragraph above the content element joins the story when this long and this free of links. */
const LEAD_MIN = 100;
const LEAD_MAX_LINKS = 0.2;
/** A heading between the headline and the story this many words long is a standfirst. */
const STANDFIRST_WORDS = 6;
/** An end-of-story marker counts once this many words of story came before it. */
const STORY_BEFORE_END = 60;

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const MACHINE_DATE = /\b(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{4})\b/g;
const CLOCK = /\b\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?/gi;

interface Facts {
  /** The kind the block's markup or words name. */
  kind: RemovedKind | null;
  /** Mostly links, by the thresholds for its tag (a linked subhead between paragraphs is not). */
  linked: boolean;
  /** A related-stories heading: the blocks after it are its list. */
  marker: boolean;
  /** Nothing after this block belongs to the story. */
  endsStory: boolean;
  /** Reads as a story paragraph. */
  paragraph: boolean;
}

export function htmlRoles(doc: Document, anchors: Anchors): Role[] {
  const blocks = doc.blocks;
  const facts = blocks.map((b, i) => blockFacts(b, anchors.claimed.has(i)));
  const roles: Role[] = blocks.map((b, i) => {
    if (anchors.claimed.has(i)) return "body";
    if (!b.html || b.html.inContent) return facts[i].kind ?? (facts[i].linked ? "related" : "body");
    return facts[i].kind ?? outsideKind(b);
  });
  const lead = leadAbove(blocks, facts);
  for (const i of proseBelow(blocks, facts)) lead.add(i);
  for (const i of lead) roles[i] = "body";
  const inContent = (i: number) => !blocks[i].html || blocks[i].html?.inContent === true || lead.has(i);
  const storyTag = dominantTag(blocks, facts, inContent);
  markBeforeStory(blocks, facts, roles, anchors, doc.page, storyTag, inContent);
  markRelatedLists(blocks, facts, roles, storyTag, (i) => inContent(i) && !anchors.claimed.has(i));
  markAfterEnd(blocks, facts, roles, anchors, inContent);
  markTrailingHeadings(blocks, roles, (i) => inContent(i) && !anchors.claimed.has(i));
  rescueEmpty(blocks, roles, anchors, inContent);
  return roles;
}

/** A body shorter than this is nearly empty: the page's own prose is looked for again. */
const RESCUE_BELOW = 200;

/**
 * A page the passes above left (nearly) empty although it shows text: the markup misnamed the story's
 * box (a wrapper called "byline" or "widget"), or the story is a few lines. Its blocks that read as
 * prose by their own words come back, those of the content element first; failing prose, any plain
 * line; failing that, every line (a page of links still shows its words).
 */
function rescueEmpty(
  blocks: readonly Block[],
  roles: Role[],
  anchors: Anchors,
  inContent: (i: number) => boolean,
): void {
  const open = (i: number) => !anchors.claimed.has(i) && !blocks[i].html?.embed;
  let kept = 0;
  blocks.forEach((b, i) => {
    if (roles[i] === "body" && open(i)) kept += b.text.length;
  });
  if (kept >= RESCUE_BELOW) return;
  const prose = (i: number) => {
    const b = blocks[i];
    const links = b.html?.linkDensity ?? 0;
    return (
      b.text.length >= PARAGRAPH_MIN &&
      links < PARAGRAPH_MAX_LINKS &&
      !HEADINGS.has(b.html?.tag ?? "") &&
      b.html?.hint !== "comments" &&
      !matchPhrase(b.text)
    );
  };
  const plain = (i: number) => (blocks[i].html?.linkDensity ?? 0) < LINK_LIST && !matchPhrase(blocks[i].text);
  const tests: ((i: number) => boolean)[] = [
    (i) => inContent(i) && prose(i),
    prose,
    (i) => inContent(i) && plain(i),
    plain,
    () => true,
  ];
  for (const test of tests) {
    const found = blocks.flatMap((_, i) => (roles[i] !== "body" && open(i) && test(i) ? [i] : []));
    const chars = found.reduce((n, i) => n + blocks[i].text.length, 0);
    if (chars <= kept) continue;
    for (const i of found) roles[i] = "body";
    return;
  }
}

function blockFacts(block: Block, claimed: boolean): Facts {
  const f = block.html;
  const text = block.text;
  const none: Facts = { kind: null, linked: false, marker: false, endsStory: false, paragraph: false };
  if (claimed || f?.embed) return { ...none, paragraph: !claimed && text.length >= PARAGRAPH_MIN };
  const phrase = matchPhrase(text);
  const marker = (!phrase || phrase.kind === "navigation") && isRelatedMarker(text);
  let kind: RemovedKind | null = f?.hint ? refined(f.hint, text, phrase?.kind ?? null) : null;
  kind ??= phrase?.kind ?? (marker ? "related" : null);
  if (!kind && f?.tag === "h1") kind = "headline";
  if (!kind && (readDateStamp(text) || isMachineStamp(text))) kind = "timestamp";
  if (!kind && isByline(text)) kind = "byline";
  const links = f?.linkDensity ?? 0;
  // a linked subhead between story paragraphs stays (gift guides name each product so); lists after
  // a related heading or the story's end go by the passes below
  const linkLimit = f?.tag === "p" ? LINK_PARAGRAPH : LINK_LIST;
  const heading = HEADINGS.has(f?.tag ?? "");
  const linked = !heading && ((links >= linkLimit && text.length < LINK_LIST_LONG) || links >= LINK_FARM);
  const paragraph = !kind && !linked && text.length >= PARAGRAPH_MIN && links < PARAGRAPH_MAX_LINKS && !heading;
  // a "Comments" link is a button that opens them, often set inside the story; a heading starts them
  const endsStory = Boolean(phrase?.endsStory) && !(phrase?.kind === "comments" && links >= LINK_LIST);
  return { kind, linked, marker, endsStory, paragraph };
}

/**
 * Story paragraphs right above the content element: a lead or standfirst paragraph set in a box of
 * its own (the page's summary) belongs to the story when it reads as prose and nothing names it chrome.
 */
function leadAbove(blocks: readonly Block[], facts: readonly Facts[]): Set<number> {
  const out = new Set<number>();
  const start = blocks.findIndex((b) => b.html?.inContent);
  for (let i = start - 1; i >= 0; i--) {
    const b = blocks[i];
    const f = b.html;
    if (!f || f.hint || facts[i].kind || !facts[i].paragraph || f.linkDensity > LEAD_MAX_LINKS) break;
    if (b.text.length < LEAD_MIN || !/[.!?]["”’)]?$/.test(b.text)) break;
    out.add(i);
  }
  return out;
}

/** Plain lines between two runs of the story's prose below its content element. */
const BELOW_GAP = 1;
/** ... and the run holds this many paragraphs at least (one may be a teaser's summary). */
const BELOW_MIN = 3;

/**
 * Story paragraphs right below the content element: a story the markup split over several boxes
 * (old table layouts, a forum post's later parts) goes on in prose that nothing names chrome. The
 * run stops at the first block the markup or words name, a link line, or a few plain lines in a row.
 */
function proseBelow(blocks: readonly Block[], facts: readonly Facts[]): Set<number> {
  const out = new Set<number>();
  let last = -1;
  for (let i = blocks.length - 1; i >= 0 && last < 0; i--) if (blocks[i].html?.inContent) last = i;
  if (last < 0) return out;
  let plain: number[] = [];
  for (let i = last + 1; i < blocks.length; i++) {
    const f = blocks[i].html;
    if (!f || f.inContent || f.hint || facts[i].kind || facts[i].linked || f.linkDensity > LEAD_MAX_LINKS) break;
    if (facts[i].paragraph) {
      for (const j of plain) out.add(j);
      plain = [];
      out.add(i);
    } else if (plain.push(i) > BELOW_GAP) break;
  }
  let paragraphs = 0;
  for (const i of out) if (facts[i].paragraph) paragraphs++;
  return paragraphs >= BELOW_MIN ? out : new Set();
}

/**
 * A short line around a machine-written date and time ("기사입력 : 2018-09-28 17:32", "Posted
 * 28.09.2018, 17:32"): with the date and time taken out, a label of a few letters at most is left.
 */
function isMachineStamp(text: string): boolean {
  if (text.length > 80) return false;
  const undated = text.replace(MACHINE_DATE, " ");
  const rest = undated.replace(CLOCK, " ");
  if (undated === text || rest === undated) return false;
  return (rest.match(/\p{L}/gu)?.length ?? 0) <= 12 && !/[.!?]["”’]?\s*$/.test(text);
}

/** A byline hint on a date is a stamp; a stamp hint on "By Name" is a byline. */
/** Containers whose kind says only where a block sits, not what it is. */
const PLACE_KINDS: ReadonlySet<RemovedKind> = new Set(["footer", "navigation", "other"]);

/** The markup's kind, corrected by what the block's words say it is ("© 2024 …" in a footer is legal). */
function refined(hint: RemovedKind, text: string, phrase: RemovedKind | null): RemovedKind {
  if (hint === "byline" && readDateStamp(text)) return "timestamp";
  if (hint === "timestamp" && isByline(text)) return "byline";
  if (phrase && PLACE_KINDS.has(hint) && !PLACE_KINDS.has(phrase)) return phrase;
  return hint;
}

/** A byline opener as written (lower, upper or capitalised) before a capitalised name. */
const BYLINE_OPENER = new RegExp(
  `^(?:${BYLINE_OPENERS.flatMap((w) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)]).join("|")})\\s+\\p{Lu}`,
  "u",
);

/** "By Jane Doe", "BY JANE DOE and JOHN ROE, Associated Press", "Von Max Muster". */
function isByline(text: string): boolean {
  if (text.length > 100 || /[.!?]["”]?$/.test(text)) return false;
  return BYLINE_OPENER.test(text) && text.split(/\s+/).length <= 12;
}

/** Kind of a block outside the content element that neither markup nor phrase names. */
function outsideKind(block: Block): RemovedKind {
  if ((block.html?.linkDensity ?? 0) >= LINK_LIST || block.text.length < 60) return "navigation";
  return "other";
}

/** The tag most story paragraphs of the content have (p on most pages). */
function dominantTag(blocks: readonly Block[], facts: readonly Facts[], inContent: (i: number) => boolean): string {
  const counts = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (facts[i].paragraph && inContent(i)) {
      const tag = b.html?.tag ?? "p";
      counts.set(tag, (counts.get(tag) ?? 0) + b.text.length);
    }
  });
  let best = "p";
  let most = 0;
  for (const [tag, n] of counts) {
    if (n > most) {
      best = tag;
      most = n;
    }
  }
  return best;
}

/**
 * Above the story's first paragraph (or its dateline lead): the headline, standfirst and kicker
 * lines go; a short lead paragraph stays.
 */
function markBeforeStory(
  blocks: readonly Block[],
  facts: readonly Facts[],
  roles: Role[],
  anchors: Anchors,
  page: PageMeta | null,
  storyTag: string,
  inContent: (i: number) => boolean,
): void {
  let first = blocks.findIndex((_, i) => facts[i].paragraph && inContent(i) && roles[i] === "body");
  if (anchors.lead !== null && (first < 0 || anchors.lead < first)) first = anchors.lead;
  if (first < 0) return;
  const title = page?.headline ?? page?.title ?? null;
  const headline = roles.lastIndexOf("headline", first);
  for (let i = 0; i < first; i++) {
    if (roles[i] !== "body" || anchors.claimed.has(i)) continue;
    const b = blocks[i];
    const tag = b.html?.tag ?? "p";
    const short = b.text.length < 40 && !/[.!?:]["”’]?$/.test(b.text);
    if (title && sameHeadline(b.text, title)) roles[i] = "headline";
    // a kicker above the headline, a standfirst below it; a short subhead below it opens the story
    else if (HEADINGS.has(tag) && (i < headline || b.text.split(/\s+/).length >= STANDFIRST_WORDS)) roles[i] = "other";
    else if (short && tag !== storyTag && !HEADINGS.has(tag) && tag !== "li") roles[i] = "other";
  }
}

/** A whole sentence of a few words: "Many of them wore masks." */
function isSentence(text: string): boolean {
  return text.length >= 30 && /^["“‘'\p{Lu}\d]/u.test(text) && /[.!?]["”’)]?$/.test(text);
}

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The block repeats the page's headline (the title may add the site's name). */
function sameHeadline(text: string, title: string): boolean {
  const ws = wordsOf(text);
  if (!ws.length) return false;
  const tw = new Set(wordsOf(title));
  const shared = ws.filter((w) => tw.has(w)).length;
  return shared / ws.length >= 0.8 && ws.length >= 0.6 * Math.min(tw.size, ws.length + 4);
}

/**
 * After a related-stories heading, its list: every block up to the next one that reads as a story
 * paragraph in the story's own tag.
 */
function markRelatedLists(
  blocks: readonly Block[],
  facts: readonly Facts[],
  roles: Role[],
  storyTag: string,
  inContent: (i: number) => boolean,
): void {
  let inList = false;
  let lastLinked = false;
  let lastTag = "";
  blocks.forEach((b, i) => {
    if (!inContent(i)) return;
    const tag = b.html?.tag ?? "p";
    if (facts[i].marker) {
      inList = true;
      lastLinked = true;
      lastTag = "";
      return;
    }
    if (!inList) return;
    const linked = (b.html?.linkDensity ?? 0) >= LINK_LIST;
    if (roles[i] !== "body") {
      lastLinked = linked || roles[i] === "related";
      lastTag = tag;
      return;
    }
    // the list ends where the story goes on, a new section starts (a plain heading not followed by
    // another link, as a teaser's summary is), or two plain blocks follow
    const sameItems = tag === lastTag && tag === "li";
    const story = tag === storyTag && !linked && (facts[i].paragraph || isSentence(b.text));
    const section = HEADINGS.has(tag) && !linked && !nextLinked(blocks, i, inContent);
    if (story || section || (!linked && !lastLinked && !sameItems)) {
      inList = false;
      return;
    }
    roles[i] = "related";
    lastLinked = linked;
    lastTag = tag;
  });
}

function nextLinked(blocks: readonly Block[], i: number, inContent: (i: number) => boolean): boolean {
  for (let j = i + 1; j < blocks.length; j++) {
    if (inContent(j)) return (blocks[j].html?.linkDensity ?? 0) >= LINK_LIST;
  }
  return false;
}

/** After an end-of-story marker (comments, tags, "About the author"), once a story came before it. */
function markAfterEnd(
  blocks: readonly Block[],
  facts: readonly Facts[],
  roles: Role[],
  anchors: Anchors,
  inContent: (i: number) => boolean,
): void {
  let words = 0;
  let ended = false;
  blocks.forEach((b, i) => {
    if (!inContent(i)) return;
    if (ended) {
      if (roles[i] === "body" && !anchors.claimed.has(i)) roles[i] = facts[i].linked ? "related" : "other";
      return;
    }
    if (roles[i] === "body") words += b.text.split(/\s+/).length;
    if (facts[i].endsStory && words >= STORY_BEFORE_END) ended = true;
  });
}

/** Headings left at the very end of the content introduce nothing of the story. */
function markTrailingHeadings(blocks: readonly Block[], roles: Role[], inContent: (i: number) => boolean): void {
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (!inContent(i) || roles[i] !== "body") continue;
    if (!HEADINGS.has(blocks[i].html?.tag ?? "")) return;
    roles[i] = "other";
  }
}
