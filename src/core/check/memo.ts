/**
 * Memoises what a rule derives from a context alone (compiled name patterns, the vocabulary):
 * the same context is checked against many drafts, and the work is then done once.
 */
export function perContext<K extends object, T>(derive: (key: K) => T): (key: K) => T {
  const cache = new WeakMap<K, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = derive(key);
      cache.set(key, value);
    }
    return value;
  };
}
