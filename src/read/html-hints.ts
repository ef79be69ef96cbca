// What an element's own markup says it is: a kind of page chrome by its tag, role, itemprop or its
// class and id words (see the html-vocab lexicon), or an embedded social post the story quotes.
import {
  BODY_TOKENS,
  COMPOUND_KINDS,
  EMBED_CLASSES,
  ITEMPROP_KINDS,
  ROLE_KINDS,
  SIDE_PREFIXES,
  SIDE_WORDS,
  STATE_PREFIXES,
  TAG_KINDS,
  WORD_KINDS,
} from "../lexicon/html-vocab.js";
import { isRemovedKind, type RemovedKind } from "../story.js";
import { memoize } from "./memo.js";

const MAX_ATTR = 1000;
const MAX_TOKEN = 80;

/** The class and id tokens of an element, as written (long attributes and tokens cut off). */
export function classTokens(attrs: Record<string, string> | null): string[] {
  if (!attrs) return [];
  return [...attrTokens(attrs.class ?? ""), ...attrTokens(attrs.id ?? "")];
}

/** The tokens of one class or id attribute. */
function attrTokens(value: string): string[] {
  return value
    .slice(0, MAX_ATTR)
    .split(/\s+/)
    .filter((t) => t && t.length <= MAX_TOKEN);
}

/** "c-share-bar__item" -> [c, share, bar, item]; "relatedArticles" -> [related, articles]. */
export function tokenWords(token: string): string[] {
  return token
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A token with its separators taken out, lower case: "most-read" -> "mostread". */
export function squashed(token: string): string {
  return token.toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/** Class names repeat across a page and across pages: token readings are remembered, up to a bound. */
const MAX_REMEMBERED = 20_000;
/** A lexicon's kind names, checked once at load: a misspelt kind fails loudly, never reaches output. */
function checkedKind(kind: string): RemovedKind {
  if (!isRemovedKind(kind)) throw new Error(`html-vocab: "${kind}" is not a removed kind`);
  return kind;
}

function checkedTable(table: Readonly<Record<string, string>>): ReadonlyMap<string, RemovedKind> {
  return new Map(Object.entries(table).map(([key, kind]) => [key, checkedKind(kind)]));
}

const TAG_KIND = checkedTable(TAG_KINDS);
const ROLE_KIND = checkedTable(ROLE_KINDS);
const ITEMPROP_KIND = checkedTable(ITEMPROP_KINDS);
const WORD_KIND = checkedTable(WORD_KINDS);
const COMPOUND_KIND = COMPOUND_KINDS.map(([compound, kind]) => [compound, checkedKind(kind)] as const);

/** The chrome kind a class or id token names, or null (tokens repeat across a page: answers are remembered). */
export const tokenKind: (token: string) => RemovedKind | null = memoize(readTokenKind, MAX_REMEMBERED);

function readTokenKind(token: string): RemovedKind | null {
  const words = tokenWords(token);
  // "has-sidebar", "with-ads", "no-comments": a state of a layout box, not the box itself
  if (STATE_PREFIXES.has(words[0])) return null;
  const flat = squashed(token);
  for (const [compound, kind] of COMPOUND_KIND) if (flat.includes(compound)) return kind;
  for (let i = 0; i < words.length; i++) {
    const kind = WORD_KIND.get(words[i]);
    if (!kind) continue;
    // "and-w-sidebar" is a layout with a sidebar; "sidebar", "left-sidebar", "rail-right" are one
    if (SIDE_WORDS.has(words[i]) && i > 0 && !SIDE_PREFIXES.has(words[i - 1])) continue;
    return kind;
  }
  return null;
}

/** A token that names the article body ("article-body", "entry-content"), and no kind of chrome. */
export const isBodyToken: (token: string) => boolean = memoize(readBodyToken, MAX_REMEMBERED);

function readBodyToken(token: string): boolean {
  const flat = squashed(token);
  return BODY_TOKENS.some((b) => flat.includes(b)) && !tokenKind(token);
}

/** The chrome kind an element's own tag, role, itemprop, class or id names; null when none does. */
export function ownKind(tag: string, attrs: Record<string, string> | null): RemovedKind | null {
  const byTag = TAG_KIND.get(tag);
  if (byTag) return byTag;
  if (!attrs) return null;
  const role = ROLE_KIND.get((attrs.role ?? "").toLowerCase());
  if (role) return role;
  const itemprop = ITEMPROP_KIND.get((attrs.itemprop ?? "").toLowerCase().split(/\s+/)[0]);
  if (itemprop) return itemprop;
  const byClass = attrs.class ? attrHints(attrs.class) : NO_HINTS;
  // ids are one to an element (remembering them would crowd the class values out)
  const byId = attrs.id ? readAttrHints(attrs.id) : NO_HINTS;
  // "article-body pagination-first": the body's own name outweighs the other words
  if (byClass.body || byId.body) return null;
  return byClass.kind ?? byId.kind;
}

/** What one class or id attribute's tokens say: the chrome kind the first of them names; whether one names the body. */
export interface AttrHints {
  kind: RemovedKind | null;
  body: boolean;
}

const NO_HINTS: AttrHints = { kind: null, body: false };

/** Class values repeat across a page's elements and across pages: each is read once, up to a bound. */
export const attrHints: (value: string) => AttrHints = memoize(readAttrHints, MAX_REMEMBERED);

function readAttrHints(value: string): AttrHints {
  const tokens = attrTokens(value);
  let kind: RemovedKind | null = null;
  for (const token of tokens) {
    kind = tokenKind(token);
    if (kind) break;
  }
  return { kind, body: tokens.some(isBodyToken) };
}

/** An embedded tweet, Instagram post and the like. */
export function isEmbed(attrs: Record<string, string> | null): boolean {
  if (!attrs) return false;
  if (attrs["data-instgrm-permalink"] !== undefined || attrs["data-tweet-id"] !== undefined) return true;
  return attrs.class ? isEmbedClass(attrs.class) : false;
}

const isEmbedClass: (value: string) => boolean = memoize(
  (value) => EMBED_CLASSES.some((c) => value.slice(0, MAX_ATTR).toLowerCase().includes(c)),
  MAX_REMEMBERED,
);
