import { describe, expect, it } from "vitest";
import { textToDocument } from "../../src/read/text-blocks.js";

describe("textToDocument", () => {
  it("makes one block per non-empty line, trimmed, with bullets and spacing noted", () => {
    const doc = textToDocument("Headline here\n  • Sport\n\nFirst paragraph of the story.\r\n\r\nSecond one.\n");
    expect(doc.page).toBeNull();
    expect(doc.blocks).toEqual([
      { text: "Headline here", spaced: false },
      { text: "Sport", bullet: true, spaced: true },
      { text: "First paragraph of the story.", spaced: true },
      { text: "Second one.", spaced: true },
    ]);
  });

  it("joins hard-wrapped wire text back into paragraphs at indents and blank lines", () => {
    const wrapped = [
      "HARBOUR FIRM SELLS UNIT",
      "    PORTSMOUTH, N.H., March 3 - Harbour Marine Inc said it sold",
      "its boat repair unit to a group of local investors for an",
      "undisclosed sum, and would use the money to cut its debt.",
      "    The company said the sale would close by the end of the",
      "month and that it expected no change to its dividend policy",
      "for the rest of the year, a spokesman said on Tuesday.",
      " Reuter",
    ].join("\n");
    const texts = textToDocument(wrapped).blocks.map((b) => b.text);
    expect(texts).toEqual([
      "HARBOUR FIRM SELLS UNIT",
      "PORTSMOUTH, N.H., March 3 - Harbour Marine Inc said it sold its boat repair unit to a group of local investors for an undisclosed sum, and would use the money to cut its debt.",
      "The company said the sale would close by the end of the month and that it expected no change to its dividend policy for the rest of the year, a spokesman said on Tuesday.",
      "Reuter",
    ]);
  });

  it("leaves one-paragraph-per-line text alone", () => {
    const lines = Array.from(
      { length: 8 },
      (_, i) => `Paragraph ${i} says something complete about the day's events in the town.`,
    );
    expect(textToDocument(lines.join("\n")).blocks).toHaveLength(8);
  });
});
