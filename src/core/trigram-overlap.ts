/**
 * How much two notes read alike: the Jaccard index of their lower-cased word trigrams
 * (shared trigrams over all distinct trigrams of both). The playbook calls two notes to one
 * company near-copies at 0.5 or more.
 */
export function trigramJaccard(
  a: string,
  b: string,
  words: (text: string) => string[] = wordsOf,
): number {
  return jaccard(trigrams(words(a)), trigrams(words(b)));
}

export const NEAR_COPY_OVERLAP = 0.5;

/** Words with their inner apostrophes kept: "team's", "don't". */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Words split at every mark, so "team's" is two: the stricter reading of the same text. */
function splitWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A note's trigrams under both ways of cutting words, worked out once for many comparisons. */
export interface TrigramProfile {
  plain: Set<string>;
  strict: Set<string>;
}

export function trigramProfile(text: string): TrigramProfile {
  return { plain: trigrams(wordsOf(text)), strict: trigrams(splitWords(text)) };
}

/** The overlap under both ways of cutting words, whichever is higher, so a check elsewhere cannot read it as higher still. */
export function panelOverlap(a: string | TrigramProfile, b: string | TrigramProfile): number {
  const left = typeof a === "string" ? trigramProfile(a) : a;
  const right = typeof b === "string" ? trigramProfile(b) : b;
  return Math.max(jaccard(left.plain, right.plain), jaccard(left.strict, right.strict));
}

function jaccard(left: Set<string>, right: Set<string>): number {
  if (left.size === 0 && right.size === 0) return 0;
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared++;
  return shared / (left.size + right.size - shared);
}

function trigrams(words: string[]): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++)
    grams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}
