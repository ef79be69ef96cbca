import { describe, expect, it } from "vitest";
import { isRelatedMarker, matchPhrase, phraseKind } from "../../src/extract/boilerplate/phrases.js";

describe("chrome phrases", () => {
  it("names the kind of whole chrome lines", () => {
    const lines: [string, string][] = [
      ["FILE PHOTO: A ferry leaves port at dawn. REUTERS/Jon Doe", "caption"],
      ["Photo by Sam Reed/Getty Images", "caption"],
      ["Image 2 of 7", "caption"],
      ["Advertisement", "advert"],
      ["Story continues below advertisement", "advert"],
      ["Facebook Twitter Email", "share"],
      ["Follow us on our official WhatsApp channel for breaking news alerts!", "promo"],
      ["Sign up for our daily newsletter to get the news in your inbox", "newsletter"],
      ["Stay up to date with the council. Subscribe to our newsletter.", "newsletter"],
      ["Thank you for subscribing!", "newsletter"],
      ["We use cookies to give you the best experience on our website.", "cookie"],
      ["Subscribe to read the full article", "paywall"],
      ["12 Comments", "comments"],
      ["© 2025 Eastmere Gazette. All rights reserved.", "legal"],
      ["Privacy Policy", "legal"],
      ["Home > World > Europe", "navigation"],
      ["3 hours ago", "timestamp"],
      ["___", "other"],
      ["* * *", "other"],
    ];
    for (const [line, kind] of lines) expect(phraseKind(line), line).toBe(kind);
  });

  it("leaves story sentences alone, even when they mention chrome words", () => {
    for (const sentence of [
      "The newsletter said the council had voted to close the bridge.",
      "Copyright lawyers said the ruling would change how songs are licensed.",
      "Photographers were kept behind a barrier as the minister arrived.",
      "Comments from the minister angered farmers, who said they had not been consulted.",
      "Readers who follow the council's meetings were not surprised.",
      "Shares rose 3 percent > analysts' forecasts, traders said on Monday, and the index closed higher.",
    ]) {
      expect(phraseKind(sentence), sentence).toBeNull();
    }
  });

  it("marks the lines after which a story does not go on", () => {
    expect(matchPhrase("Leave a Reply")?.endsStory).toBe(true);
    expect(matchPhrase("Jo Smith on March 3, 2025 at 4:12 pm said:")?.endsStory).toBe(true);
    expect(matchPhrase("Previous Post")?.endsStory).toBe(true);
    expect(matchPhrase("Advertisement")?.endsStory).toBe(false);
  });

  it("knows related-list headings", () => {
    for (const heading of [
      "Next In World",
      "Others Also Read",
      "Related Stories",
      "More from Business",
      "You may also like",
    ]) {
      expect(isRelatedMarker(heading), heading).toBe(true);
    }
    expect(isRelatedMarker("More than 200 people attended the vigil on Sunday.")).toBe(false);
  });
});
