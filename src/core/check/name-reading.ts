import type { Span } from "./finding.js";
import type { MessageText } from "./message-text.js";
import { foldWord, isHonorific, within } from "./names.js";
import { COMMON_WORDS } from "./phrases/common-words.js";

const COMMON = new Set(COMMON_WORDS);

/** How an unknown word reads: as a name, or as a typo (of `meant`, when a word nearby is meant). */
export type Reading = { name: true } | { name: false; meant?: string };

/**
 * Whether a capitalised word that no dictionary knows is a name (or a term) rather than a typo.
 * A slip of one of the candidate's own names, or of a name written elsewhere in the note, is a
 * typo ("Halvorson" for "Halvorsen"). Then where it stands decides: in the greeting, the sign-off
 * and signature, or after a title ("Dear Mr. Halvorsen,", "Best, Ngozi", "Dr. Adeyemi") it is a
 * name. Elsewhere it is a typo when a close, common word is meant ("Teh", "Thnak"); else a name
 * when the note names it so elsewhere, or when it stands inside a sentence ("at Midwest
 * Freightways"); at the start of a sentence, a name unless the dictionary's first guess is a
 * plain word one slip away ("Recieved").
 */
export function readingOf(
  message: MessageText,
  span: Span,
  word: string,
  suggestions: readonly string[],
  ownWords: readonly string[],
): Reading {
  if (!/^\p{Lu}/u.test(word)) return { name: false };
  const own = slipOf(word, ownWords);
  if (own) return { name: false, meant: own };
  if (standsAsName(message, span)) return { name: true };
  if (meansCommonWord(word)) return { name: false };
  const runTogether = commonWordsRunTogether(word);
  if (runTogether) return { name: false, meant: runTogether };
  const nearby = slipOf(word, likelierNames(message, span, word));
  if (nearby) return { name: false, meant: nearby };
  if (namedElsewhere(message, span, word)) return { name: true };
  if (insideSentence(message.text, span.start)) {
    return /^\p{Lu}\p{Ll}/u.test(word) ? { name: true } : { name: false };
  }
  return oneSlipFrom(word, suggestions[0]) ? { name: false } : { name: true };
}

/**
 * The note's other capitalised words that are likelier names than this one: written more often,
 * or as often but where a name stands while this word starts a sentence. Of "Midwest Freightways
 * … Freightwyas was fun", the second is the slip.
 */
function likelierNames(message: MessageText, span: Span, word: string): string[] {
  const folded = foldWord(word);
  const capitalised = message.words.filter((other) => /^\p{Lu}/u.test(other.text));
  const times = (name: string) =>
    capitalised.filter((other) => foldWord(other.text) === foldWord(name)).length;
  const mine = times(word);
  const startsSentence = !insideSentence(message.text, span.start);
  return capitalised
    .filter((other) => foldWord(other.text) !== folded)
    .filter((other) => {
      const theirs = times(other.text);
      return (
        theirs > mine ||
        (theirs === mine &&
          startsSentence &&
          (insideSentence(message.text, other.start) || standsAsName(message, other)))
      );
    })
    .map((other) => other.text);
}

/** A name of five letters or more that the word is one slip away from: "Freightwyas" → "Freightways". */
function slipOf(word: string, names: readonly string[]): string | undefined {
  if (word.length < 5) return undefined;
  const folded = foldWord(word);
  return names.find((name) => {
    const other = foldWord(name);
    return other.length >= 5 && other !== folded && withinOneEdit(folded, other);
  });
}

/** In the greeting, in the sign-off and signature, or after a title. */
function standsAsName(message: MessageText, span: Span): boolean {
  if (message.greeting && within(span, message.greeting)) return true;
  const signOff = signOffOf(message);
  if (signOff && span.start >= signOff.start) return true;
  return afterTitle(message.text, span.start);
}

/** From the closing to the end: the name, title, company and contact lines. */
function signOffOf(message: MessageText): Span | null {
  if (message.closing) return { start: message.closing.start, end: message.body.end };
  if (message.signature) return message.signature;
  // No closing phrase we know ("Ngā mihi,", "Ta,"): a last line of one to four capitalised words.
  const last = message.lines.findLast((line) => line.end > line.start);
  if (!last) return null;
  const text = message.text.slice(last.start, last.end);
  return /^\s*[—–-]?\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*$/u.test(text) &&
    last.start > message.content.start
    ? last
    : null;
}

/** "Mr. Halvorsen", "Dr Ngozi Adeyemi": the word after a title, or after a title and a first name. */
function afterTitle(text: string, at: number): boolean {
  const before = /(\p{L}+)\.?\s+(?:\p{Lu}[\p{L}'’-]*\s+)?$/u.exec(
    text.slice(Math.max(0, at - 40), at),
  );
  return before !== null && isHonorific(before[1]!);
}

/** The same word as a name elsewhere in the note: greeted, signed, titled or mid-sentence. */
function namedElsewhere(message: MessageText, span: Span, word: string): boolean {
  const folded = foldWord(word);
  return message.words.some(
    (other) =>
      other.start !== span.start &&
      /^\p{Lu}/u.test(other.text) &&
      foldWord(other.text) === folded &&
      (standsAsName(message, other) || insideSentence(message.text, other.start)),
  );
}

/** Preceded on its line by a word, number, comma or bracket: not the first word of a sentence. */
function insideSentence(text: string, at: number): boolean {
  return /[\p{L}\p{N},;)][ \t]+$/u.test(text.slice(Math.max(0, at - 3), at));
}

/**
 * One slip away from one of the commonest words: "Teh", "Thnak", "Wiht". A three-letter word counts
 * only when two letters are swapped, and a longer one is compared with longer words only, so short
 * names ("Ade", "Wen", "Anya") stay names.
 */
function meansCommonWord(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.length < 3 || COMMON.has(lower)) return false;
  for (const common of COMMON) {
    if (
      lower.length === 3
        ? swapped(lower, common)
        : common.length >= 4 && withinOneEdit(lower, common)
    ) {
      return true;
    }
  }
  return false;
}

/** Two common words typed as one: "Thankyou" → "Thank you". */
function commonWordsRunTogether(word: string): string | undefined {
  const lower = word.toLowerCase();
  for (let at = 3; at <= lower.length - 3; at++) {
    if (COMMON.has(lower.slice(0, at)) && COMMON.has(lower.slice(at))) {
      return `${word.slice(0, at)} ${word.slice(at)}`;
    }
  }
  return undefined;
}

/**
 * A long word whose best guess is a plain word with the same first letter, one slip away
 * ("Recieved" → "Received"), or run together from common words ("Thankyou" → "Thank you").
 */
function oneSlipFrom(word: string, guess: string | undefined): boolean {
  if (!guess) return false;
  const lower = foldWord(word);
  const parts = guess.toLowerCase().split(/\s+/u);
  if (parts.length > 1) return parts.join("") === lower && parts.every((part) => COMMON.has(part));
  if (word.length < 6 || !/^\p{Lu}?\p{Ll}+$/u.test(guess)) return false;
  const plain = foldWord(guess);
  return lower[0] === plain[0] && withinOneEdit(lower, plain);
}

function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const diff = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
  return (
    diff.length === 2 &&
    diff[1] === diff[0]! + 1 &&
    a[diff[0]!] === b[diff[1]!] &&
    a[diff[1]!] === b[diff[0]!]
  );
}

/** One letter added, dropped, changed, or two neighbours swapped. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((letter, i) => (letter === b[i] ? [] : [i]));
    return diff.length === 1 || swapped(a, b);
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return short.slice(i) === long.slice(i + 1);
}
