import { WORD } from "../words.js";

/**
 * A text's words, read once: the message reader and every phrase list use the same reading, so a
 * check scans the text for words a single time.
 */
export interface Tokens {
  /** Where each word starts and ends. */
  start: number[];
  end: number[];
  /** Each word as written, apostrophe endings included ("Northbridge’s"). */
  text: string[];
  /** Each word's part before any apostrophe, as written ("I'll" → "I") and lower-cased. */
  head: string[];
  lower: string[];
}

let lastText: string | null = null;
let lastTokens: Tokens | null = null;

/** The words of `text`; the last text's reading is kept, since every rule reads the same message. */
export function tokensOf(text: string): Tokens {
  if (text === lastText && lastTokens) return lastTokens;
  const tokens: Tokens = { start: [], end: [], text: [], head: [], lower: [] };
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const word = match[0];
    const apostrophe = apostropheAt(word);
    const head = apostrophe < 0 ? word : word.slice(0, apostrophe);
    tokens.start.push(match.index);
    tokens.end.push(match.index + word.length);
    tokens.text.push(word);
    tokens.head.push(head);
    tokens.lower.push(head.toLowerCase());
  }
  lastText = text;
  lastTokens = tokens;
  return tokens;
}

function apostropheAt(word: string): number {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 0x27 || code === 0x2019) return i;
  }
  return -1;
}
