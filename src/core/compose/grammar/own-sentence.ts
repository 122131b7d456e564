import { endSentence, tidySpaces } from "./punctuation.js";
import { capitaliseSentenceStart } from "./sentence-case.js";

/**
 * The candidate's own sentences from the record (a response, an answer, a reason to write),
 * kept in their words: only spacing, the first capital and the final stop are put right.
 */
export function ownSentences(raw: string): string {
  const text = tidySpaces(raw.replace(/\s+/g, " "))
    // "…under my own registration. happy to be paired up": each sentence starts with a capital,
    // though not after an abbreviation ("e.g. find two…").
    .replace(
      /(?<!\b(?:e\.g|i\.e|etc|vs|approx|incl|cf|no|St|Dr|Mr|Mrs|Ms|Prof))([.!?])\s+(\p{Ll})(?=\p{Ll})/gu,
      (_, stop: string, letter: string) => `${stop} ${letter.toUpperCase()}`,
    );
  return endSentence(capitaliseSentenceStart(text));
}
