// Sentence numbers for a paragraph's tokens. Quotes are single tokens, so a sentence break inside a
// quote never splits the reporter's sentence around it; a quote whose content ends a sentence
// (`"We are done." He left.`) ends the sentence with it.
import { NON_FINAL_ABBREVIATIONS, SENTENCE_OPENERS } from "../../lexicon/abbreviations.js";
import { HONORIFICS } from "../../lexicon/titles.js";
import { cueAt } from "./cues.js";
import type { Token } from "./tokens.js";

const ABBREVIATIONS = new Set([...NON_FINAL_ABBREVIATIONS, ...Object.keys(HONORIFICS)]);
const OPENERS = new Set(SENTENCE_OPENERS);

function startsSentence(t: Token | undefined): boolean {
  if (!t) return true;
  if (t.kind === "quote") return true;
  const c = t.text.charCodeAt(0);
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || (c > 0x7f && t.text[0] !== t.text[0].toLowerCase());
}

/** A period after this word does not end the sentence. */
function isAbbreviation(word: Token, next: Token | undefined): boolean {
  if (word.kind !== "word") return false;
  if (word.text.length === 1 && /[A-Z]/.test(word.text)) return true; // an initial
  // "J.M. Berger", "U.N. envoy": dotted initials, unless a sentence plainly starts after them
  if (/^(\p{L}\.)+\p{L}$/u.test(word.text)) return !(next && OPENERS.has(next.text));
  // "then-Sen. Ruiz", "ex-Gov. Varga": a title after a hyphen is one as well
  const lower = word.lower.slice(word.lower.lastIndexOf("-") + 1);
  if (!ABBREVIATIONS.has(lower)) return false;
  return !(lower.includes(".") && next && OPENERS.has(next.text));
}

/** Content ends like a finished sentence: . or ... inside the marks (?! only when no cue follows). */
function quoteEndsSentence(tokens: readonly Token[], i: number): boolean {
  const content = tokens[i].text.trimEnd();
  const last = content.charAt(content.length - 1);
  if (last === "." || last === "…") return true;
  if (last !== "?" && last !== "!") return false;
  for (let k = i + 1; k < tokens.length && k <= i + 7; k++) {
    const t = tokens[k];
    if (t.kind === "quote" || (t.kind === "punct" && t.text !== "." && t.text !== "'" && t.text !== "’")) return true;
    if (cueAt(tokens, k)) return false;
  }
  return true;
}

export function splitSentences(tokens: Token[]): void {
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    t.sentence = sentence;
    let ends = false;
    if (t.kind === "punct" && (t.text === "." || t.text === "!" || t.text === "?" || t.text === "…")) {
      let k = i + 1;
      while (k < tokens.length && tokens[k].kind === "punct" && /^[)\]"'’”]$/.test(tokens[k].text)) k++;
      const prev = tokens[i - 1];
      const abbreviation =
        t.text === "." && prev !== undefined && prev.end === t.start && isAbbreviation(prev, tokens[k]);
      // ". (Ruiz left.)": a parenthesis that opens a sentence after the period
      const opener = tokens[k]?.text === "(" ? tokens[k + 1] : tokens[k];
      ends = !abbreviation && startsSentence(opener);
      // closing brackets after the period stay in this sentence
      while (ends && i + 1 < k) {
        i++;
        tokens[i].sentence = sentence;
      }
    } else if (t.kind === "quote" && quoteEndsSentence(tokens, i)) {
      ends = startsSentence(tokens[i + 1]);
    }
    if (ends) sentence++;
  }
}
