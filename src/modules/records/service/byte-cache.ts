// A least-recently-used cache bounded by the bytes its values hold (as the caller estimates them). Used for
// rendered page images and page sizes; a Map keeps insertion order, so re-inserting on a hit makes the
// first key the least recently used.
export function createByteCache<V = Uint8Array>(budgetBytes: number) {
  const entries = new Map<string, { value: V; bytes: number }>();
  let held = 0;
  const stats = { hits: 0, misses: 0 };
  return {
    stats,
    get size() {
      return held;
    },
    get(key: string): V | undefined {
      const e = entries.get(key);
      if (!e) {
        stats.misses += 1;
        return undefined;
      }
      stats.hits += 1;
      entries.delete(key);
      entries.set(key, e);
      return e.value;
    },
    set(key: string, value: V, bytes: number): void {
      if (bytes > budgetBytes / 4) return; // one huge value would push out everything else
      const old = entries.get(key);
      if (old) {
        held -= old.bytes;
        entries.delete(key);
      }
      entries.set(key, { value, bytes });
      held += bytes;
      for (const [k, e] of entries) {
        if (held <= budgetBytes) break;
        entries.delete(k);
        held -= e.bytes;
      }
    },
  };
}
