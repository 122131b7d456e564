import {
  NEAR_COPY_OVERLAP,
  panelOverlap,
  trigramProfile,
  type TrigramProfile,
} from "../trigram-overlap.js";
import { readMessage } from "./message-text.js";

/** Playbook §2: two notes sharing this share of their word trigrams are near-copies. */
export const NEAR_COPY_THRESHOLD = NEAR_COPY_OVERLAP;

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

/** The notes among `others` that `text` (a whole note) nearly copies, most similar first. */
export function findNearCopies<T extends { text: string }>(
  text: string,
  others: readonly T[],
  threshold = NEAR_COPY_THRESHOLD,
): NearCopy<T>[] {
  return nearCopiesOf(noteContent(text), others, threshold);
}

/** As findNearCopies, for a note's content already read (see noteContent). */
export function nearCopiesOf<T extends { text: string }>(
  content: string,
  others: readonly T[],
  threshold = NEAR_COPY_THRESHOLD,
): NearCopy<T>[] {
  if (others.length === 0) return [];
  // The composer's own measure: what it keeps apart, the checker never calls a copy.
  const mine = trigramProfile(content);
  return others
    .map((note) => ({ note, similarity: panelOverlap(mine, profileOf(note)) }))
    .filter((copy) => copy.similarity >= threshold)
    .sort((a, b) => b.similarity - a.similarity);
}

/** The other notes are the same while the candidate edits one: each is read once. */
const profiles = new WeakMap<{ text: string }, { text: string; profile: TrigramProfile }>();

function profileOf(note: { text: string }): TrigramProfile {
  const known = profiles.get(note);
  if (known && known.text === note.text) return known.profile;
  const profile = trigramProfile(noteContent(note.text));
  profiles.set(note, { text: note.text, profile });
  return profile;
}
