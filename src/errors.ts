// Error type of the public API: a code from the contract's vocabulary and a one-line message, what the
// CLI prints and maps to an exit code.
import type { ErrorCode } from "./story.js";

/** An input that cannot be parsed, with the contract's error code. Its message is one line. */
export class WirestoryError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "WirestoryError";
    this.code = code;
  }
}
