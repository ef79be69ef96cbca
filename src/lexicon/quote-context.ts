// Words that mark a quoted stretch as a title, name or scare quote rather than speech
// (the film "Harbor Nights", the so-called "budget truce", the hashtag "#PortStrike"). Data only.

/** A word right before the opening mark that introduces a title or a label. */
// biome-ignore format: a word list reads best wrapped
export const TITLE_CUES: readonly string[] = [
  "so-called", "show", "shows", "program", "programme", "podcast", "book", "books", "memoir", "novel",
  "film", "films", "movie", "movies", "documentary", "series", "song", "songs", "album", "play", "musical",
  "opera", "column", "op-ed", "essay", "article", "segment", "episode", "magazine", "newspaper",
  "newsletter", "sitcom", "blog", "poem", "painting", "exhibit", "exhibition", "operation", "bill", "act",
  "initiative", "plan", "brand", "banner", "sign", "signs", "shirt", "shirts", "t-shirt",
  "t-shirts", "hat", "hats", "ad", "ads", "video", "report", "study", "paper", "speech", "tour", "caucus",
  "party", "group",
];

/**
 * A word right before the opening mark that names what follows (the slogan "…", a memo titled "…", the
 * term "…"): the annotators count the named words as a quote, title-like or not.
 */
// biome-ignore format: a word list reads best wrapped
export const NAMING_CUES: readonly string[] = [
  "titled", "entitled", "headlined", "headline", "billed", "hashtag", "slogan", "slogans", "motto", "tagline",
  "term", "word", "words", "phrase", "label", "nickname", "nicknamed", "pseudonym", "moniker", "alias",
  "handle", "username",
];

/**
 * Two-word lead-ins to a name ("known as", "billed as", "dubbed the"), and to the words a crowd calls out
 * (chants of "…", cries of "…"): spoken, like a slogan, however much they look like a title.
 */
// biome-ignore format: a word list reads best wrapped
export const NAMING_CUE_PAIRS: readonly string[] = [
  "known as", "billed as", "referred to", "dubbed the", "chant of", "chants of", "cry of", "cries of",
  "shout of", "shouts of", "calls of", "cheers of", "chorus of", "refrain of", "roar of", "roars of",
];

/** Small words a title keeps in lower case ("Face the Week", "Lord of the Tides"). */
// biome-ignore format: a word list reads best wrapped
export const TITLE_SMALL_WORDS: readonly string[] = [
  "a", "an", "the", "of", "and", "or", "but", "nor", "in", "on", "at", "to", "for", "with", "by", "from",
  "as", "vs", "via", "into", "over", "up",
];

/** Prepositions before a Title Case quote that make it a title: on "Face the Week", in "Harbor Nights". */
// biome-ignore format: a word list reads best wrapped
export const TITLE_PREPOSITIONS: readonly string[] = [
  "on", "in", "for", "at", "from", "of", "with", "to", "during", "into", "aboard",
];

/** Object pronouns: "called him "…"" names a person, "a website called "…"" names a thing. */
// biome-ignore format: a word list reads best wrapped
export const OBJECT_PRONOUNS: readonly string[] = [
  "him", "her", "them", "it", "us", "me", "himself", "herself", "themselves", "itself",
];

/** Words that introduce a noun a short quote may modify: the "establishment" candidate. */
// biome-ignore format: a word list reads best wrapped
export const MODIFIER_DETERMINERS: readonly string[] = [
  "a", "an", "the", "this", "that", "his", "her", "their", "its", "our", "my", "your",
];

/** Function words: after a short quote they show it is not a noun's modifier. */
// biome-ignore format: a word list reads best wrapped
export const NON_NOUNS: readonly string[] = [
  "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could", "and",
  "or", "but", "of", "to", "in", "on", "at", "for", "from", "with", "by", "as", "that", "which", "who",
  "than", "then",
];

/** Words that list one quote after another ("rapists" and "thieves", "fair" or "free"). */
export const LISTING_CONJUNCTIONS: readonly string[] = ["and", "or"];

/**
 * Past participles that name or describe in the passive, their agent after "by": `labeled a "witch hunt"
 * by critics`, `seen by organizers as a "lifeboat"`, `known by some as the "hug"`.
 */
// biome-ignore format: a word list reads best wrapped
export const NAMING_PARTICIPLES: readonly string[] = [
  "called", "labeled", "labelled", "dubbed", "branded", "termed", "nicknamed", "named", "known", "seen",
  "described", "characterized", "characterised", "hailed", "derided", "denounced", "decried",
];
