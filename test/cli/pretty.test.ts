// The pretty view: one colour per speaker in the list and the body, reported speech underlined, the
// dateline marked, wrapped at word boundaries by display width, plain without colour, and terminal-safe.
import { Chalk } from "chalk";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { prettyWriter, renderStory } from "../../src/cli/pretty.js";
import { fixtureStory, HOSTILE } from "./story-fixture.js";

const coloured = new Chalk({ level: 1 });
const plain = new Chalk({ level: 0 });
// biome-ignore lint/suspicious/noControlCharactersInRegex: colours are what is looked for
const SGR = /\u001b\[[0-9;]*m/g;
const strip = (s: string) => s.replace(SGR, "");
const ESC = "\u001b";
const YELLOW = "\u001b[33m"; // the first speaker's colour
const GREEN = "\u001b[32m"; // the second's
const UNDERLINE = "\u001b[4m";

describe("pretty view", () => {
  const story = fixtureStory();

  it("gives each speaker one colour, in the quote list and in the body", () => {
    const out = renderStory(story, coloured, { width: null, showRemoved: false });
    const [list, body] = out.split("Reported (2)");
    expect(list).toContain(`${YELLOW}“We heard the nurses and the bakers loud and clear,”`);
    expect(list).toContain(`${GREEN}“There is room for one more berth,”`);
    expect(list).toContain(`${YELLOW}\u001b[1mInes Morrow`);
    expect(body).toContain(`${YELLOW}We heard the nurses and the bakers loud and clear,`);
    expect(body).toContain(`${GREEN}There is room for one more berth,`);
    // the unattributed quote is not given a speaker's colour
    expect(out).not.toMatch(new RegExp(`${ESC}\\[3[1-6]mNobody asked`));
  });

  it("underlines reported speech in its speaker's colour, in its list and in the body", () => {
    const out = renderStory(story, coloured, { width: null, showRemoved: false });
    const underlined = (text: string, colour: string) => out.split(`${colour}${UNDERLINE}${text}`).length - 1;
    expect(underlined("The new boats would be ready by May", YELLOW)).toBe(2);
    expect(underlined("the quay could take the extra traffic", GREEN)).toBe(2);
    expect(strip(out)).toContain("Reported (2)");
  });

  it("marks the dateline in the body", () => {
    const out = renderStory(story, coloured, { width: null, showRemoved: false });
    expect(out).toContain("\u001b[36m\u001b[1mLAKEPORT, Ore. (Newswire) —");
  });

  it("wraps at word boundaries within the width, counting wide characters double", () => {
    for (const width of [32, 47, 80]) {
      const out = strip(renderStory(story, plain, { width, showRemoved: true }));
      for (const line of out.split("\n")) expect(stringWidth(line), line).toBeLessThanOrEqual(width);
      // no word cut in two: the body's words come back when the wrapped lines are joined with spaces
      const words = (s: string) => s.split(/\s+/).filter(Boolean);
      const joined = words(out).join(" ");
      for (const p of story.body.paragraphs) expect(joined).toContain(words(p).join(" "));
    }
    // the Chinese sentence (10 characters, 20 columns) is measured as 20 columns: it fits a line of 24
    const cjk = strip(renderStory(story, plain, { width: 24, showRemoved: false })).split("\n");
    expect(cjk.some((l) => l.includes("港口将增加夜间航班。"))).toBe(true);
    for (const line of cjk) expect(stringWidth(line), line).toBeLessThanOrEqual(24);
  });

  it("does not wrap when no width is known", () => {
    const out = renderStory(story, plain, { width: null, showRemoved: false });
    for (const p of story.body.paragraphs) expect(out.split("\n")).toContain(p);
  });

  it("lists the removed blocks with their kind, dimmed, with --show-removed; else counts them", () => {
    const shown = renderStory(story, coloured, { width: null, showRemoved: true });
    expect(shown).toContain("Removed (2)");
    expect(shown).toMatch(new RegExp(`${ESC}\\[2m\\[navigation\\] +Home \\| Local \\| Sport`));
    expect(shown).toMatch(new RegExp(`${ESC}\\[2m\\[promo\\] +Subscribe`));
    const counted = strip(renderStory(story, coloured, { width: null, showRemoved: false }));
    expect(counted).toContain("2 block(s) removed (--show-removed lists them)");
    expect(counted).not.toContain("[navigation]");
  });

  it("is plain text without colour", () => {
    const out = renderStory(story, plain, { width: 60, showRemoved: true });
    expect(out).not.toContain("\u001b");
    expect(out).toContain("Ines Morrow (said): “We heard the nurses");
  });

  it("shows several stories each under a rule with its path", () => {
    let out = "";
    const writer = prettyWriter((s) => (out += s), true, { color: false, width: 50, showRemoved: false });
    writer.write(story, "a/one.txt");
    writer.write(fixtureStory(), "b/two.txt");
    writer.end();
    const rules = out.split("\n").filter((l) => l.startsWith("── "));
    expect(rules).toEqual([expect.stringMatching(/^── a\/one\.txt ─+$/), expect.stringMatching(/^── b\/two\.txt ─+$/)]);
    expect(rules.every((r) => stringWidth(r) === 50)).toBe(true);
  });

  it("lets no control from the input through, only its own colours", () => {
    let out = "";
    const writer = prettyWriter((s) => (out += s), true, { color: true, width: 40, showRemoved: true });
    writer.write(fixtureStory(true), `dir/${HOSTILE.terminal}name.txt`);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: controls are what is looked for
    expect(out.replace(SGR, "")).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(strip(out)).toContain("<script>"); // the words stay, as words
  });
});
