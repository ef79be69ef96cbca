import { describe, expect, it } from "vitest";
import { parse } from "../src/index.js";

describe("parse", () => {
  it("turns plain text into a Story with the contract's fields", async () => {
    const story = await parse(
      "Storm hits coast\n\nA storm hit the coast on Monday, officials said, and thousands of homes lost power across the region.\n",
    );
    expect(story.schemaVersion).toBe(1);
    expect(story.headline).toBe("Storm hits coast");
    expect(story.body.paragraphs).toHaveLength(1);
    expect(story.source).toEqual({ path: null, id: null, format: "text", encoding: "utf-8", bytes: 120 });
  });
});
