// The CLI's policy for V8's regexp compiler. The launcher (bin/wirestory.js) starts a run with the
// compiler's optimisation passes off: on a line that holds one character past Latin-1 (a dash, a curly
// quote), a lexicon pattern with `\p{…}` classes under a bounded repeat took V8 ~10 ms to compile with
// them, and a one-story run compiles each pattern it meets once (the first story costs a quarter less
// CPU). For a batch (several inputs, a folder, a stream of records), from the second input on, for a long
// first input, or in a pool of workers, the passes are back on, so the patterns V8 compiles to machine
// code in a batch or a long story (the hot ones) are optimised as before. A batch turns them on before
// its first story: a pattern run over a long text is compiled to machine code at once, and code compiled
// without the passes stays so for the whole run (840 stories as one NDJSON stream spent 230 ms more in
// three such patterns). Matching is the same either way: no output changes.
import { setFlagsFromString } from "node:v8";

/** A first input from this size on (bytes or characters) is parsed with the passes on. */
const LONG_INPUT = 1 << 18;

let inputs = 0;
let optimising = false;

/** Called once a run knows its inputs, before the first is parsed: a batch has the passes on throughout. */
export function regexpPolicyForRun(batch: boolean): void {
  if (batch) regexpOptimisationOn();
}

/** Called with each input's size before it is parsed. */
export function regexpPolicyFor(size: number): void {
  if (inputs++ > 0 || size >= LONG_INPUT) regexpOptimisationOn();
}

/**
 * The passes on for the rest of the run: a pool of workers (each its own V8 isolate, the flag shared by
 * all) runs a batch, whose first story matters little.
 */
export function regexpOptimisationOn(): void {
  if (optimising) return;
  setFlagsFromString("--regexp-optimization");
  optimising = true;
}
