// A block is the unit every extractor sees: one line or paragraph of a text input, or one text-bearing
// element of an HTML page. Readers fill in what the source tells about it; extractors never see bytes
// or markup.
import type { RemovedKind, Story } from "../story.js";

export interface Block {
  /** The block's text, trimmed; inner spacing kept as written. */
  text: string;
  /** For text input: a line that starts with a list bullet (•, *, -); the bullet is not in `text`. */
  bullet?: boolean;
  /**
   * For text input: the line stands next to a blank line. Page copy puts blank lines around the
   * paragraphs of a story and none between menu items or list entries.
   */
  spaced?: boolean;
  /** Features an HTML reader found for the element; absent for text input. */
  html?: HtmlFeatures;
}

export interface HtmlFeatures {
  /** Lower-case tag of the element the text came from: p, h1, li, td, blockquote, div... */
  tag: string;
  /** Inside the element the reader chose as the article's content. */
  inContent: boolean;
  /** Share of the text inside links, 0..1. */
  linkDensity: number;
  /** What the element's or an ancestor's tag, class, id or role says it is, when it says boilerplate. */
  hint: RemovedKind | null;
  /** Inside an embedded social post (tweet, Instagram post) that the story quotes. */
  embed?: boolean;
}

/** Story facts that a page's metadata and the story's own blocks can both give. */
export type StoryFacts = Pick<
  Story,
  "headline" | "published" | "modified" | "section" | "language" | "canonicalUrl" | "siteName"
>;

/** What a page's markup says about the story: JSON-LD, OpenGraph, <meta> and <link> tags. */
export interface PageMeta extends StoryFacts {
  /** The <title>, as written (often with the site's name). */
  title: string | null;
  description: string | null;
  authors: string[];
  /** JSON-LD articleBody, when the page carries one. */
  articleBody: string | null;
}

export interface Document {
  blocks: Block[];
  /** Present for HTML input. */
  page: PageMeta | null;
  /** Reader warnings, e.g. html_flattened. */
  warnings: { code: "html_flattened" | "truncated"; message: string }[];
}
