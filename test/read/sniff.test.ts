import { describe, expect, it } from "vitest";
import { chooseFormat } from "../../src/read/sniff.js";

describe("chooseFormat", () => {
  it("follows an explicit choice", () => {
    expect(chooseFormat("html", "plain words", "a.txt")).toBe("html");
    expect(chooseFormat("text", "<html><body>", "a.html")).toBe("text");
  });

  it("decides by extension, and sniffs only stdin and unknown extensions", () => {
    expect(chooseFormat("auto", "plain words", "story.HTML")).toBe("html");
    expect(chooseFormat("auto", "<html><body>x</body></html>", "story.txt")).toBe("text");
    expect(chooseFormat("auto", "  <!DOCTYPE html>\n<html>", null)).toBe("html");
    expect(chooseFormat("auto", "<!-- saved page -->\n<head><title>x</title>", "page.dat")).toBe("html");
    expect(chooseFormat("auto", "<b>Breaking</b>: storm hits coast", null)).toBe("text");
    expect(chooseFormat("auto", "MOSCOW (Reuters) - words", "dir.v2/story")).toBe("text");
  });
});
