// The CLI's garbage-collector policy for long inputs: V8 lets the heap grow to several times what is
// alive before it collects again, which on one very long story (tens of MB) multiplies the peak resident
// set; a heap that grows by a fifth at a time keeps the peak near what the parse really holds (issue 5:
// a 40 MB story in <= 25x its size). Batches of ordinary stories keep V8's default, which spends less
// time collecting. The flag is process-wide (worker threads included) and changes no output.
import { setFlagsFromString } from "node:v8";

/** Inputs from this size on (bytes or characters) switch the policy on, for the rest of the run. */
const LONG_INPUT = 1 << 20;
/** How far (percent) the heap may grow past what the last full collection left alive. */
const HEAP_GROWING_PERCENT = 20;

let tight = false;

/** Called with each input's size before it is parsed. */
export function heapPolicyFor(size: number): void {
  if (tight || size < LONG_INPUT) return;
  setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  tight = true;
}
