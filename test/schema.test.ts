// The JSON output validates against the published JSON Schema, for every sample and for errors.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { errorRecordSchema, storySchema } from "../src/story.js";
import { runCli, SAMPLES } from "./helpers.js";

const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateStory = ajv.compile(storySchema);
const validateError = ajv.compile(errorRecordSchema);

describe("JSON Schema", () => {
  const inputs = readdirSync(SAMPLES)
    .filter((f) => /\.(txt|html)$/.test(f))
    .map((f) => join(SAMPLES, f));

  it("validates the CLI's output for every sample", () => {
    expect(inputs.length).toBeGreaterThanOrEqual(7);
    const r = runCli(["-f", "ndjson", ...inputs]);
    expect(r.code).toBe(0);
    for (const line of r.stdout.trim().split("\n")) {
      const story = JSON.parse(line);
      expect(validateStory(story), JSON.stringify(validateStory.errors)).toBe(true);
    }
  });

  it("validates error records, and rejects a Story with a field missing", () => {
    const r = runCli(["-f", "ndjson", "missing.txt"]);
    const record = JSON.parse(r.stdout);
    expect(validateError(record), JSON.stringify(validateError.errors)).toBe(true);
    const story = JSON.parse(runCli(["-f", "json", inputs[0]]).stdout);
    delete story.quotes;
    expect(validateStory(story)).toBe(false);
  });

  it("is what --schema prints", () => {
    expect(JSON.parse(runCli(["--schema"]).stdout)).toEqual(JSON.parse(JSON.stringify(storySchema)));
  });
});
