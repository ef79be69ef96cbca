// Reported speech boundaries (session 9): where a clause content ends at a dash. Invented sentences,
// one rule per test, each with the case the rule leaves alone.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const texts = (paragraphs: string[]) => extractAttributions(paragraphs, "en").reported.map((r) => r.text);

describe("reported speech: a dash before the reporter's contrast", () => {
  it("ends a clause content at a dash that opens a contrast, as a comma does", () => {
    expect(
      texts(["Marsh said the harbour would reopen in May - though the ferries have not run since March."]),
    ).toEqual(["the harbour would reopen in May"]);
    expect(texts(["Varga said the levy had paid for the pier — even as the council raised the fares."])).toEqual([
      "the levy had paid for the pier",
    ]);
    expect(texts(["Varga said the levy had paid for the pier — while the fares rose again."])).toEqual([
      "the levy had paid for the pier",
    ]);
  });

  it("goes on past a dash that opens no contrast, or a contrast that the statement goes on with", () => {
    expect(texts(["Marsh said the harbour would reopen — and soon — once the pier was mended."])).toEqual([
      "the harbour would reopen — and soon — once the pier was mended",
    ]);
    expect(texts(["Marsh said the harbour was old — but that the council would mend it."])).toEqual([
      "the harbour was old — but that the council would mend it",
    ]);
    // "even" alone is no contrast
    expect(texts(["Marsh said the harbour would reopen — even sooner than planned."])).toEqual([
      "the harbour would reopen — even sooner than planned",
    ]);
  });
});

describe("reported speech: a short aside after a content's subject", () => {
  it("goes on past an aside closed by a comma before an auxiliary, with no 'that'", () => {
    expect(texts(["Varga says the ferry scandal, while troublesome, was dealt with properly."])).toEqual([
      "the ferry scandal, while troublesome, was dealt with properly",
    ]);
    expect(texts(["Marsh said the levy, however small, will hurt the harbour."])).toEqual([
      "the levy, however small, will hurt the harbour",
    ]);
  });

  it("still ends at a contrast that opens a clause, or one with no auxiliary after it", () => {
    expect(texts(["Varga said the pier was old, while the harbour was new."])).toEqual(["the pier was old"]);
    expect(texts(["Varga says the ferry scandal, while troublesome for the town, hurt nobody."])).toEqual([
      "the ferry scandal",
    ]);
  });
});

describe("reported speech: a participle that says what the act caused", () => {
  it("ends a content before ', forcing …', ', angering …': the reporter's account of the result", () => {
    expect(texts(["The council declared a closure of the north pier, forcing the ferries to dock at Leith."])).toEqual([
      "a closure of the north pier",
    ]);
    expect(texts(["Varga said the levy would double, angering the crews and the harbour board."])).toEqual([
      "the levy would double",
    ]);
  });

  it("goes on past a participle that is the content's own", () => {
    expect(texts(["Varga said the crews were forcing the council to act."])).toEqual([
      "the crews were forcing the council to act",
    ]);
  });
});
