import { readMessage } from "./message-text.js";

/** Playbook §2: two notes sharing this share of their word trigrams are near-copies. */
export const NEAR_COPY_THRESHOLD = 0.5;

/** The lower-cased word trigrams of a text. */
export function wordTrigrams(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? [];
  const trigrams = new Set<string>();
  for (let i = 0; i + 2 < words.length; i++)
    trigrams.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return trigrams;
}

/** Jaccard similarity of two texts' word-trigram sets: 0 (nothing shared) to 1 (the same). */
export function trigramJaccard(a: string, b: string): number {
  return jaccard(wordTrigrams(a), wordTrigrams(b));
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const trigram of a) if (b.has(trigram)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * What a note says, for comparing notes: the text between greeting and closing, so that the
 * names in the greeting and the shared signature neither hide nor fake a copy.
 */
export function noteContent(text: string): string {
  const message = readMessage(text);
  return text.slice(message.content.start, message.content.end);
}

export interface NearCopy<T> {
  note: T;
  similarity: number;
}

/** The notes among `others` that `text` nearly copies, most similar first. */
export function findNearCopies<T extends { text: string }>(
  text: string,
  others: readonly T[],
  threshold = NEAR_COPY_THRESHOLD,
): NearCopy<T>[] {
  if (others.length === 0) return [];
  const mine = wordTrigrams(noteContent(text));
  return others
    .map((note) => ({ note, similarity: jaccard(mine, wordTrigrams(noteContent(note.text))) }))
    .filter((copy) => copy.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity);
}
