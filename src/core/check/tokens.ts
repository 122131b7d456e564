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

/** Texts whose reading is kept: the note, and the few phrases a check reads beside it. */
const KEPT = 4;
const kept: { text: string; tokens: Tokens }[] = [];

/**
 * The words of `text`. The last few readings are kept, since every rule reads the same message;
 * a text that differs from one of them by an edit (a keystroke in the note) is read again only
 * around the edit, and the words before and after it are taken over, those after moved with it.
 */
export function tokensOf(text: string): Tokens {
  const same = kept.findIndex((entry) => entry.text === text);
  if (same >= 0) return kept[same]!.tokens;
  const base = closestKept(text);
  const tokens = base ? reread(base.text, base.tokens, text) : readWords(text);
  kept.unshift({ text, tokens });
  if (kept.length > KEPT) kept.pop();
  return tokens;
}

/** An edit this short (a keystroke, a word pasted) leaves nothing better to look for. */
const SMALL_EDIT = 16;

/**
 * The kept reading that shares most of `text`, when the two share more than half of it. The most
 * recent comes first, and one that differs from it by a small edit is taken at once.
 */
function closestKept(text: string): { text: string; tokens: Tokens } | null {
  let best: { text: string; tokens: Tokens } | null = null;
  let bestShared = text.length / 2;
  for (const entry of kept) {
    const { prefix, suffix } = commonEnds(entry.text, text);
    if (prefix + suffix + SMALL_EDIT >= Math.max(text.length, entry.text.length)) return entry;
    if (prefix + suffix > bestShared) {
      best = entry;
      bestShared = prefix + suffix;
    }
  }
  return best;
}

/** How many characters two texts share at their start, and then at their end. */
function commonEnds(before: string, after: string): { prefix: number; suffix: number } {
  const shortest = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  return { prefix, suffix };
}

/**
 * `after`'s words from `before`'s: a word ending two characters or more before the edit cannot
 * have changed (the character after it, and the one after an apostrophe there, decide where it
 * ends), and once the reading after the edit starts a word where `before` had one, every word from
 * there on is `before`'s, moved.
 */
function reread(before: string, old: Tokens, after: string): Tokens {
  const { prefix, suffix } = commonEnds(before, after);
  let keep = 0;
  while (keep < old.end.length && old.end[keep]! + 1 < prefix) keep++;
  const tokens: Tokens = {
    start: old.start.slice(0, keep),
    end: old.end.slice(0, keep),
    text: old.text.slice(0, keep),
    head: old.head.slice(0, keep),
    lower: old.lower.slice(0, keep),
  };
  return readTokens(after, keep > 0 ? old.end[keep - 1]! : 0, tokens, {
    tokens: old,
    delta: after.length - before.length,
    editEnd: after.length - suffix,
    from: keep,
  });
}

/** The reading of a text before an edit, and where the edit ends in the text after it. */
interface Earlier {
  tokens: Tokens;
  /** How much longer the text is after the edit. */
  delta: number;
  editEnd: number;
  /** Its first word not already taken over. */
  from: number;
}

/** The words of `text`, read from its start: what `tokensOf` gives, without what it kept. */
export function readWords(text: string): Tokens {
  return readTokens(text, 0, { start: [], end: [], text: [], head: [], lower: [] });
}

/**
 * Reads the words of `text` from `from` into `tokens`. After the edit, a word that starts where the
 * earlier reading had one ends the reading: the earlier words from it on are added, moved.
 */
function readTokens(
  text: string,
  from: number,
  tokens: Tokens,
  earlier: Earlier | null = null,
): Tokens {
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const at = match.index;
    if (earlier && at >= earlier.editEnd) {
      const { tokens: old, delta } = earlier;
      const i = lowerBound(old.start, at - delta, earlier.from);
      if (old.start[i] === at - delta) {
        for (let j = i; j < old.start.length; j++) {
          tokens.start.push(old.start[j]! + delta);
          tokens.end.push(old.end[j]! + delta);
          tokens.text.push(old.text[j]!);
          tokens.head.push(old.head[j]!);
          tokens.lower.push(old.lower[j]!);
        }
        return tokens;
      }
    }
    const word = match[0];
    const apostrophe = apostropheAt(word);
    const head = apostrophe < 0 ? word : word.slice(0, apostrophe);
    tokens.start.push(at);
    tokens.end.push(at + word.length);
    tokens.text.push(word);
    tokens.head.push(head);
    tokens.lower.push(head.toLowerCase());
  }
  return tokens;
}

/** The first index from `from` whose value is at least `target`. */
function lowerBound(values: readonly number[], target: number, from: number): number {
  let low = from;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

function apostropheAt(word: string): number {
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 0x27 || code === 0x2019) return i;
  }
  return -1;
}
