// The CLI's garbage-collector policy: V8 lets the heap grow to several times what is alive before it
// collects again, which on one very long story (tens of MB) multiplies the peak resident set; a heap
// that grows by a fifth at a time keeps the peak near what the parse really holds (issue 5: a 40 MB
// story in <= 25x its size). Short stories stay far below the first limit, where this changes nothing.
// The flag is process-wide (worker threads included) and changes no output.
import { setFlagsFromString } from "node:v8";

/** How far (percent) the heap may grow past what the last full collection left alive. */
const HEAP_GROWING_PERCENT = 20;

export function keepHeapTight(): void {
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
