// Reported speech: a cue after a quote is the quote's attribution, not a statement of its own, even when
// the rest of the source's noun phrase stands between them (`"…," the head of the harbour and ferry agency
// told the council`). Invented sentences; each test of the rule comes with the shapes it leaves alone.
import { describe, expect, it } from "vitest";
import { reportedCues } from "./helpers.js";

describe("reported speech: a quote before a long source phrase", () => {
  it("reads no statement from a cue whose source phrase follows a quote", () => {
    expect(
      reportedCues(['"The pier is safe," the head of the regional harbour and ferry agency told the council.']),
    ).toEqual([]);
    expect(
      reportedCues(['"The pier is safe," the agency\'s chief executive, Ana Ruiz, told the council that it was.']),
    ).toEqual([]);
  });

  it("keeps a statement after a quote that names a show inside an opening phrase", () => {
    expect(reportedCues(['On "Harbour Talk," the host of the show and its producer said the pier was safe.'])).toEqual([
      "said: the pier was safe",
    ]);
  });
});
