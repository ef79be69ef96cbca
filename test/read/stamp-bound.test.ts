// readDateStamp turns down long lines by counting before it runs its replacements: the count must never
// exceed what the replacements leave, whatever labels, times, bullets and separators a line holds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { keptAtLeast, readDateStamp, stampText } from "../../src/read/dates.js";

const PIECES = [
  "First Published on: ",
  "last updated ",
  "Posted:",
  "DATE",
  "modified on",
  " - at 12:30:45 p.m. GMT+12",
  "at 9:05 a.m. UTC-3",
  ", 11:45:59 PM EST",
  "| 7:02 pm",
  "• ",
  "* ",
  "▪",
  "·",
  "|",
  ",",
  " ",
  "\u00a0",
  "\u3000",
  "\t",
  "\n",
  "Nov. 19, 2019",
  "30 Aug 2024",
  "2024-05-14",
  "Friday",
  "Updated",
];

describe("date stamps", () => {
  it("counts no more than the replacements leave", () => {
    const line = fc
      .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6, unit: "grapheme" })), { maxLength: 14 })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(line, (text) => {
        expect(keptAtLeast(text)).toBeLessThanOrEqual(stampText(text).length);
      }),
      { numRuns: 5000, seed: 5 },
    );
  });

  it("reads stamps with the longest labels and times, and turns down prose", () => {
    expect(readDateStamp("• First published on: Nov. 19, 2019 - at 12:30:45 p.m. GMT+12")).toEqual({
      year: 2019,
      month: 11,
      day: 19,
    });
    expect(keptAtLeast("• First published on: Nov. 19, 2019 - at 12:30:45 p.m. GMT+12")).toBeLessThanOrEqual(40);
    const prose =
      "The council voted on Monday to delay the new bridge toll until the spring, the mayor said after the meeting.";
    expect(keptAtLeast(prose)).toBeGreaterThan(40);
    expect(readDateStamp(prose)).toBeNull();
  });
});
