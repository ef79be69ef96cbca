// A lexicon pattern that opens with `^.{m,n}` is tried only on lines that pass its quick test (the rest
// of the pattern alone): every line the pattern matches passes it (checked on lines the patterns
// themselves generate and on mixed text), matchPhrase names the same kind as the lexicon tried in
// order, and the quick tests stay linear on hostile lines.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CaseFreePattern, caseFree, testCaseFree } from "../../src/extract/boilerplate/case-free.js";
import { afterLeadingAny, quickTest } from "../../src/extract/boilerplate/leading-any.js";
import { matchPhrase } from "../../src/extract/boilerplate/phrases.js";
import { LINE_PATTERNS } from "../../src/lexicon/boilerplate.js";
import { expectLinearGrowth, repeatTo } from "../timing.js";

const LINES = LINE_PATTERNS.map((p) => caseFree(p.match));
/** The lexicon's patterns that have a quick test, with it. */
const QUICK = LINES.flatMap((p) => {
  const quick = quickTest(p);
  return quick ? [[p, quick] as const] : [];
});

const passes = (p: CaseFreePattern, text: string) => testCaseFree(p, text, text.toLowerCase());

/**
 * Lines a pattern generates: fast-check cannot generate `\b` or lookarounds, so `\b` is dropped (the
 * lines that come out are then kept only where the pattern matches them) and patterns with a lookaround
 * are left to the mixed lines.
 */
function generated(pattern: RegExp): fc.Arbitrary<string> | null {
  if (/\(\?<?[=!]/.test(pattern.source)) return null;
  const source = pattern.source.replace(/\\b/g, "");
  return fc.stringMatching(new RegExp(source, pattern.flags.replace("i", "")));
}

describe("quick tests of the phrase lexicon", () => {
  it("drops a leading 'any m to n characters' unless the rest opens with a repeat", () => {
    expect(afterLeadingAny("^.{0,120}\\ball\\s+rights$")).toBe("\\ball\\s+rights$");
    expect(afterLeadingAny("^.{0,80}(?:news|letter)\\b.{0,40}$")).toBe("(?:news|letter)\\b.{0,40}$");
    expect(afterLeadingAny("^.{1,80}\\s+on\\s+x$")).toBe("^.{1,80}\\s+on\\s+x$");
    expect(afterLeadingAny("^.{0,80}(?:a|b)+c")).toBe("^.{0,80}(?:a|b)+c");
    expect(afterLeadingAny("^.{0,80}[ab]{2}c")).toBe("^.{0,80}[ab]{2}c");
    expect(afterLeadingAny("^.{0,80}\\p{L}+c")).toBe("^.{0,80}\\p{L}+c");
    expect(afterLeadingAny("^.{0,80}?x")).toBe("^.{0,80}?x");
    expect(afterLeadingAny("^.*x")).toBe("^.*x");
    expect(quickTest(caseFree(/^(?:share|tweet)$/i))).toBeNull();
    expect(quickTest(caseFree(/^.{0,200}\bwe\s+use\s+cookies\b.{0,300}$/i))).toEqual({
      re: /\bwe\s+use\s+cookies\b.{0,300}$/,
      onLower: true,
    });
    // most of the lexicon's "any characters first" patterns get one
    expect(QUICK.length).toBeGreaterThanOrEqual(8);
  });

  it("passes every line its pattern generates and matches", () => {
    let matched = 0;
    QUICK.forEach(([pattern, quick], k) => {
      const lines = generated(pattern.re);
      if (!lines) return;
      for (const line of fc.sample(lines, { numRuns: 60, seed: 7 + k })) {
        if (!passes(pattern, line)) continue;
        matched++;
        expect(passes(quick, line), `${pattern.re.source}: ${JSON.stringify(line)}`).toBe(true);
      }
    });
    // most generated lines match their pattern: the check is not run on misses alone
    expect(matched).toBeGreaterThan(QUICK.length * 20);
  });

  it("agrees with the lexicon tried in order on mixed text", () => {
    const words = [
      "we use cookies",
      "This site uses cookies",
      "all rights reserved",
      "Alle Rechte vorbehalten",
      "click here",
      "subscribe to our newsletter",
      "Newsletter abonnieren",
      "may not be published, broadcast",
      "Photo: ",
      "REUTERS/Jane Doe",
      " / Getty Images",
      "Read more",
      "The council said",
      " on March 3, 2025 at 4:12 pm said:",
      "@jdoe",
      "https://x.example/a",
      "—",
      "\n",
      "  ",
    ];
    const line = fc
      .array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 12, unit: "grapheme" })), { maxLength: 8 })
      .map((parts) => parts.join(""));
    // the lexicon tried in order, as matchPhrase did before the quick tests
    const firstKind = (text: string) => {
      if (text.length > 400) return null;
      const t = text.replace(/^[•·▪●◦‣∙*|]\s*/, "").trim();
      const lower = t.toLowerCase();
      const k = LINES.findIndex((p) => testCaseFree(p, t, lower));
      return k < 0 ? null : LINE_PATTERNS[k].kind;
    };
    let named = 0;
    fc.assert(
      fc.property(line, (text) => {
        for (const [pattern, quick] of QUICK) if (passes(pattern, text)) expect(passes(quick, text)).toBe(true);
        const kind = firstKind(text);
        if (kind) named++;
        expect(matchPhrase(text)?.kind ?? null).toBe(kind);
      }),
      { numRuns: 3000, seed: 11 },
    );
    expect(named).toBeGreaterThan(100);
  });

  it("stay linear on long hostile lines", () => {
    for (const unit of [
      " ",
      "we use cookies ",
      "subscribe to our ",
      "Diese Website verwendet ",
      "newsletter ",
      "click here ",
      "/ ",
      "all rights ",
      "a".repeat(30),
    ]) {
      expectLinearGrowth(
        JSON.stringify(unit),
        (n) => {
          const text = repeatTo(unit, n, "x");
          return () => {
            for (const [, quick] of QUICK) passes(quick, text);
          };
        },
        4_000,
      );
    }
  });
});
