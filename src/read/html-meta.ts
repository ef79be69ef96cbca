// What a page's markup says about its story, before any of its text is read: JSON-LD (the article
// object, also inside @graph, arrays or mainEntity), OpenGraph and article:* properties, <meta name>
// tags, <title>, <html lang> and <link rel=canonical>. Dates come out as ISO 8601, as precise as written.

import type { PageMeta } from "./block.js";
import { normaliseMachineDate } from "./dates.js";
import type { HeadTags } from "./html-tree.js";

const ARTICLE_TYPES = new Set([
  "newsarticle",
  "article",
  "reportagenewsarticle",
  "analysisnewsarticle",
  "opinionnewsarticle",
  "backgroundnewsarticle",
  "reviewnewsarticle",
  "askpublicnewsarticle",
  "satiricalarticle",
  "advertisercontentarticle",
  "blogposting",
  "liveblogposting",
  "socialmediaposting",
  "report",
  "techarticle",
  "scholarlyarticle",
]);
const PAGE_TYPES = new Set(["webpage", "itempage", "collectionpage"]);
/** JSON-LD objects looked at, at most, per page. */
const MAX_LD_NODES = 5000;
const MAX_FIELD = 100_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export function pageMeta(head: HeadTags): PageMeta {
  const metas = metaValues(head.metas);
  const m = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = metas.get(k);
      if (v) return v;
    }
    return null;
  };
  const { article, page } = linkedData(head.jsonLd);
  const ld = (key: string): Json | undefined => article?.[key] ?? undefined;
  const date = (...values: (string | null)[]): string | null => {
    for (const v of values) {
      const iso = v ? normaliseMachineDate(v.replace(/\s+([+-]\d{2}:?\d{2})$/, "$1").replace(" ", "T")) : null;
      if (iso) return iso;
      const plain = v ? normaliseMachineDate(v) : null;
      if (plain) return plain;
    }
    return null;
  };
  const title = head.title ? clean(head.title) : null;
  return {
    title: title || null,
    headline: str(ld("headline")) ?? str(ld("name")) ?? m("og:title", "twitter:title", "title", "headline"),
    description: str(ld("description")) ?? m("og:description", "description", "twitter:description"),
    published: date(
      str(ld("datePublished")),
      str(ld("dateCreated")),
      m(
        "article:published_time",
        "og:published_time",
        "datepublished",
        "date",
        "pubdate",
        "publishdate",
        "publish-date",
        "publish_date",
        "article.published",
        "article_date_original",
        "sailthru.date",
        "parsely-pub-date",
        "dc.date",
        "dc.date.issued",
        "dcterms.created",
        "dcterms.date",
        "cxenseparse:recs:publishtime",
      ),
      str(page?.datePublished),
    ),
    modified: date(
      str(ld("dateModified")),
      m(
        "article:modified_time",
        "og:updated_time",
        "datemodified",
        "last-modified",
        "dcterms.modified",
        "article.updated",
      ),
      str(page?.dateModified),
    ),
    section: first(ld("articleSection")) ?? m("article:section", "section", "parsely-section", "article.section"),
    language: language(
      str(ld("inLanguage")) ?? head.lang ?? m("og:locale", "content-language", "language", "dc.language"),
    ),
    canonicalUrl: canonical(head.links) ?? m("og:url", "twitter:url"),
    siteName: m("og:site_name", "application-name") ?? names(ld("publisher"))[0] ?? null,
    authors: authors(
      ld("author"),
      ld("creator"),
      m("author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator"),
    ),
    articleBody: text(ld("articleBody")),
  };
}

function metaValues(metas: readonly Record<string, string>[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const a of metas) {
    const key = (a.property ?? a.name ?? a.itemprop ?? a["http-equiv"] ?? "").trim().toLowerCase();
    const value = clean(a.content ?? "");
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

function clean(s: string): string {
  return s.slice(0, MAX_FIELD).replace(/\s+/g, " ").trim();
}

function str(v: Json | undefined): string | null {
  if (typeof v === "string") return decodeEntities(clean(v)) || null;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === "object") return str(v["@value"] ?? v.name);
  return null;
}

/** A long text with its paragraph breaks kept. */
function text(v: Json | undefined): string | null {
  if (typeof v !== "string") return str(v);
  const t = v
    .slice(0, MAX_FIELD)
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .trim();
  return decodeEntities(t) || null;
}

function first(v: Json | undefined): string | null {
  return str(Array.isArray(v) ? v.find((x) => typeof x === "string" && x.trim()) : v);
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

/** JSON-LD text sometimes carries HTML entities; the common ones are decoded. */
function decodeEntities(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|nbsp|#39|#x[0-9a-f]{1,6}|#\d{1,7});/gi, (whole, name: string) => {
    const key = name.toLowerCase();
    if (ENTITIES[key]) return ENTITIES[key];
    const code = key.startsWith("#x") ? Number.parseInt(key.slice(2), 16) : Number.parseInt(key.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function types(o: JsonObject): string[] {
  const t = o["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.toLowerCase().replace(/^.*[/:]/, ""));
}

/** The JSON-LD article object (the one with the longest body when several), and a WebPage object. */
function linkedData(scripts: readonly string[]): { article: JsonObject | null; page: JsonObject | null } {
  let article: JsonObject | null = null;
  let page: JsonObject | null = null;
  let seen = 0;
  for (const script of scripts) {
    let data: Json;
    try {
      data = JSON.parse(script.trim().replace(/^<!--|-->$/g, "")) as Json;
    } catch {
      continue;
    }
    const stack: Json[] = [data];
    while (stack.length && seen < MAX_LD_NODES) {
      const cur = stack.pop() as Json;
      seen++;
      if (Array.isArray(cur)) {
        for (let i = cur.length - 1; i >= 0; i--) stack.push(cur[i]);
        continue;
      }
      if (!cur || typeof cur !== "object") continue;
      const ts = types(cur);
      if (ts.some((t) => ARTICLE_TYPES.has(t))) {
        if (!article || rank(cur) > rank(article)) article = cur;
      } else if (!page && ts.some((t) => PAGE_TYPES.has(t))) page = cur;
      for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "itemListElement", "hasPart"]) {
        const v = cur[key];
        if (v && typeof v === "object") stack.push(v);
      }
    }
  }
  return { article, page };
}

/** An article object with a headline beats one without; then the longer body wins. */
function rank(o: JsonObject): number {
  return (typeof o.headline === "string" ? 1e9 : 0) + (typeof o.articleBody === "string" ? o.articleBody.length : 0);
}

/** Names of people or organisations in a JSON-LD value: a string, an object with name, or a list. */
function names(v: Json | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (typeof v === "string") return v.trim() ? [decodeEntities(clean(v))] : [];
  if (Array.isArray(v)) return v.slice(0, 50).flatMap((x) => (Array.isArray(x) ? [] : names(x)));
  if (typeof v === "object") {
    const name = v.name;
    return typeof name === "string" ? names(name) : [];
  }
  return [];
}

function authors(author: Json | undefined, creator: Json | undefined, metaAuthor: string | null): string[] {
  let list = names(author);
  if (!list.length) list = names(creator);
  if (!list.length && metaAuthor) list = [metaAuthor.replace(/^by\s+/i, "")];
  const out: string[] = [];
  for (const name of list) {
    if (/^https?:\/\//i.test(name) || name.length > 100) continue;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

function language(raw: string | null): string | null {
  if (!raw) return null;
  const m = /^([a-zA-Z]{2,3})(?:[-_]([a-zA-Z0-9]{2,8}))?/.exec(raw.trim());
  if (!m) return null;
  const primary = m[1].toLowerCase();
  if (!m[2]) return primary;
  return `${primary}-${m[2].length === 2 ? m[2].toUpperCase() : m[2]}`;
}

function canonical(links: readonly Record<string, string>[]): string | null {
  for (const a of links) {
    if ((a.rel ?? "").toLowerCase().split(/\s+/).includes("canonical") && a.href?.trim()) return a.href.trim();
  }
  return null;
}
