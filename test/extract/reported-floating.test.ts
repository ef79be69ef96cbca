// Reported speech: a quantifier or degree word that floats between a subject and its verb ("have both
// argued", "were more likely to say") is not the source; the noun phrase before it is. Invented sentences.
import { describe, expect, it } from "vitest";
import { extractAttributions } from "../../src/extract/reported.js";

const reported = (text: string) => extractAttributions([text], "en").reported.map((r) => [r.text, r.speakerMention]);

describe("reported speech: floating quantifiers after the source", () => {
  it("skips 'both' / 'all' / 'more' between the subject and the cue", () => {
    expect(reported("Tom Varga and Ana Ruiz have both argued that the ferry fares are too high.")).toEqual([
      ["the ferry fares are too high", "Tom Varga and Ana Ruiz"],
    ]);
    expect(reported("Harbour pilots were slightly more likely to say that the tide was the problem.")).toEqual([
      ["the tide was the problem", "Harbour pilots"],
    ]);
    expect(reported("Varga, Ruiz and Marsh all say the pier is safe.")).toEqual([
      ["the pier is safe", "Ruiz and Marsh"],
    ]);
    // a bracket after a name: the quantifier still floats
    expect(reported("Sen. Ana Ruiz (D-Ore.) and Tom Varga both said the levy would fail.")).toEqual([
      ["the levy would fail", "Tom Varga"],
    ]);
  });

  it("skips a quantifier after a dash aside that closes on the subject", () => {
    expect(
      reported("Harbour pilots — whose union was once famous for its discipline — both said the pier was unsafe."),
    ).toEqual([["the pier was unsafe", "Harbour pilots"]]);
  });

  it("skips concessive and frequency adverbs between the subject and the cue", () => {
    expect(reported("The ferry owners have nevertheless claimed that the fares are fair.")).toEqual([
      ["the fares are fair", "The ferry owners"],
    ]);
    expect(reported("Tom Varga has nonetheless insisted that the levy would fail.")).toEqual([
      ["the levy would fail", "Tom Varga"],
    ]);
    expect(reported("The two mayors have mostly argued that the bridge is too costly.")).toEqual([
      ["the bridge is too costly", "The two mayors"],
    ]);
  });

  it("skips a two-word adverbial between the subject and the cue", () => {
    expect(reported("The harbour master so far has said that the pier is safe.")).toEqual([
      ["the pier is safe", "The harbour master"],
    ]);
    expect(reported("Tom Varga at least admitted that the fares were high.")).toEqual([
      ["the fares were high", "Tom Varga"],
    ]);
  });

  it("keeps 'at least' that counts the subject at the start of the sentence", () => {
    expect(reported("At least four city councillors say the budget is too small.")).toEqual([
      ["the budget is too small", "At least four city councillors"],
    ]);
  });

  it("keeps a quantifier that opens the sentence or follows a determiner as the source", () => {
    expect(reported("Both said the pier was safe.")).toEqual([["the pier was safe", "Both"]]);
    expect(reported("All said the pier was safe.")).toEqual([["the pier was safe", "All"]]);
    expect(reported("The pilots, all veterans, said the pier was unsafe.")).toEqual([
      ["the pier was unsafe", "The pilots"],
    ]);
  });
});
