import { describe, expect, it } from "vitest";
import { attrHints, classTokens, isBodyToken, ownKind, tokenKind } from "../../src/read/html-hints.js";

describe("attrHints", () => {
  it("reads a whole class or id value: the first token's chrome kind, and whether a token names the body", () => {
    expect(attrHints("c-share-bar__item")).toEqual({ kind: "share", body: false });
    expect(attrHints("layout  left-sidebar share-tools")).toEqual({ kind: "related", body: false });
    expect(attrHints("article-body wide")).toEqual({ kind: null, body: true });
    expect(attrHints("has-sidebar no-comments")).toEqual({ kind: null, body: false });
    expect(attrHints("")).toEqual({ kind: null, body: false });
  });

  it("gives the same answer when asked again, and agrees with the token-by-token reading", () => {
    for (const value of ["relatedArticles x", "story-text social", "mostRead", "plain words only"]) {
      const tokens = classTokens({ class: value });
      const first = attrHints(value);
      expect(attrHints(value)).toBe(first);
      expect(first.body).toBe(tokens.some(isBodyToken));
      expect(first.kind).toBe(tokens.map(tokenKind).find((k) => k !== null) ?? null);
    }
  });

  it("ownKind reads class and id alike: a body token in either outweighs chrome words in the other", () => {
    expect(ownKind("div", { class: "promo-box", id: "article-body" })).toBeNull();
    expect(ownKind("div", { class: "wide", id: "share-bar" })).toBe("share");
    expect(ownKind("div", { class: "share-bar", id: "related" })).toBe("share");
  });
});
