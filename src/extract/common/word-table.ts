// A fixed list of words -> a table that finds a word by its characters where they stand in a text
// (text, start, end), without copying it out: the language guess and the function-word counts look up
// every word of a sample, and a slice per word (plus a hash of each fresh string) cost more than the
// look-up itself. Open addressing over FNV-1a hashes of the UTF-16 codes; equal characters, equal word.

export class WordTable<T> {
  private readonly keys: string[] = [];
  private readonly values: T[] = [];
  /** Index + 1 of the entry in each slot, 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** `entries`: distinct words and their values. */
  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [key, value] of entries) {
      this.keys.push(key);
      this.values.push(value);
    }
    let size = 16;
    while (size < this.keys.length * 4) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.keys.forEach((key, i) => {
      let s = hashRange(key, 0, key.length) & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = i + 1;
    });
  }

  /** The value of the word text[start, end), if the table has it. */
  get(text: string, start: number, end: number): T | undefined {
    const length = end - start;
    for (let s = hashRange(text, start, end) & this.mask; ; s = (s + 1) & this.mask) {
      const entry = this.slots[s];
      if (entry === 0) return undefined;
      const key = this.keys[entry - 1];
      if (key.length === length && sameCodes(key, text, start)) return this.values[entry - 1];
    }
  }
}

function hashRange(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** `key` stands in `text` at `start` (the caller checked there is room). */
function sameCodes(key: string, text: string, start: number): boolean {
  for (let j = 0; j < key.length; j++) if (key.charCodeAt(j) !== text.charCodeAt(start + j)) return false;
  return true;
}
