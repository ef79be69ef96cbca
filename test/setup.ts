// Runs before every test file. Property tests (fast-check) draw their cases from one fixed seed, so a
// run of the suite tests the same generated stories every time: a rare counterexample shows up on the
// developer's machine and in CI alike, not as a failure on one run in twenty. To explore new cases, run
// with FC_SEED=random (or any number); fast-check prints the seed and path of a failure to replay it.
import fc from "fast-check";

const requested = process.env.FC_SEED;
const seed = requested === "random" ? Math.floor(Math.random() * 0x7fffffff) : Number(requested ?? 20261130);
if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", not ${requested}`);
fc.configureGlobal({ seed });
