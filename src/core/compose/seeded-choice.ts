/**
 * Picks among phrasings the same way every time for the same seed, so a re-draft reads as the
 * first draft did. Each slot is hashed on its own: adding a phrasing to one slot leaves every
 * other slot's choice where it was.
 */
export class SeededChoice {
  constructor(readonly seed: string) {}

  pick<T>(slot: string, options: readonly T[]): T {
    if (options.length === 0) throw new Error(`no phrasings for slot ${slot}`);
    return options[fnv1a(`${this.seed}\u0000${slot}`) % options.length]!;
  }

  /** The same choices under another seed: how a panel member's note is varied when it reads too close to a colleague's. */
  variant(attempt: number): SeededChoice {
    return attempt === 0 ? this : new SeededChoice(`${this.seed}#${attempt}`);
  }
}

/** 32-bit FNV-1a over the string's UTF-16 code units: small, fast and the same in every engine. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
