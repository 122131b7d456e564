import { endSentence, tidySpaces } from "./punctuation.js";
import { capitaliseSentenceStart } from "./sentence-case.js";

/**
 * The candidate's own sentences from the record (a response, an answer, a reason to write),
 * kept in their words: only spacing, the first capital and the final stop are put right.
 */
export function ownSentences(raw: string): string {
  const text = tidySpaces(raw.replace(/\s+/g, " "));
  return endSentence(capitaliseSentenceStart(text));
}
