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

/** Memoises what is derived from one message in one context: several rules ask for the same. */
export function perCheck<M extends object, C extends object, T>(
  derive: (message: M, context: C) => T,
): (message: M, context: C) => T {
  const cache = new WeakMap<M, WeakMap<C, T>>();
  return (message, context) => {
    let byContext = cache.get(message);
    if (!byContext) {
      byContext = new WeakMap();
      cache.set(message, byContext);
    }
    let value = byContext.get(context);
    if (value === undefined) {
      value = derive(message, context);
      byContext.set(context, value);
    }
    return value;
  };
}

const MAX_CACHED = 20_000;

/**
 * Memoises a function of a string: names and titles recur in every draft of an application, and a
 * page checking as the candidate types asks again about every word of the note at each keystroke.
 */
export function perString<T>(compute: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= MAX_CACHED) cache.clear();
      value = compute(text);
      cache.set(text, value);
    }
    return value;
  };
}
