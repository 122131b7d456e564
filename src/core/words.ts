/**
 * What counts as a word wherever a message is read or measured: letters, then letters or
 * digits, then any apostrophe endings ("don't", "Dana’s" are one word each).
 */
export const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}]+)*/gu;

/** The number of words in a text, as the proofreader counts a note's length. */
export function countWords(text: string): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) count++;
  return count;
}
