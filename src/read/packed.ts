// Maps an array into a new one that has the same V8 elements kind whichever tier built it. `Array.prototype
// .map` makes a packed array when the interpreter runs it but a holey one once TurboFan has inlined it, so a
// function fed by a mapped array (the paragraphs, lines, pieces of a story) meets an array map it never saw
// after its producer is optimized, deoptimizes and is compiled again: in a batch the compiles kept coming
// for the whole run. A loop that pushes into a fresh array builds a packed array in every tier. The readers
// and the extractors share it, so it sits here, below both.
export function mapPacked<T, U>(items: readonly T[], fn: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(fn(items[i], i));
  return out;
}
