// One input in, one outcome out: the Story, or the failure record that stands in for it.
import { parse } from "../index.js";
import type { FormatOption } from "../read/sniff.js";
import type { Story } from "../story.js";
import { readInput, STDIN } from "./inputs.js";
import { type Failure, failure } from "./records.js";

export type Outcome = { story: Story; failure?: undefined } | { story?: undefined; failure: Failure };

export interface ParseInputOptions {
  maxBytes: number;
  format: FormatOption;
}

export async function parseInput(input: string, options: ParseInputOptions): Promise<Outcome> {
  const path = input === STDIN ? null : input;
  try {
    const bytes = await readInput(input, options.maxBytes);
    return { story: await parse(bytes, { format: options.format, path }) };
  } catch (error) {
    return { failure: failure(error, path, null) };
  }
}
