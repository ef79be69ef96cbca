// Remembers a pure function's answers for strings it was asked about before (words, class tokens and short
// phrases recur across the blocks of a story and across the stories of a batch). The readers and the
// extractors share it, so it sits here, below both. The memory is bounded: it starts afresh once it holds
// `limit` answers.
export function memoize<T>(fn: (key: string) => T, limit = 4096): (key: string) => T {
  let seen = new Map<string, T>();
  return (key: string): T => {
    const known = seen.get(key);
    if (known !== undefined || seen.has(key)) return known as T;
    const value = fn(key);
    if (seen.size >= limit) seen = new Map();
    seen.set(key, value);
    return value;
  };
}
