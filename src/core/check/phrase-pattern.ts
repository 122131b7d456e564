/**
 * Phrase lists are written for people to read and turned into patterns here. In a phrase:
 * words match across any spacing or line break, `(a|b)` is a choice, `*` is any one word, `'`
 * matches a straight or curly apostrophe, and letters match in any case. A phrase matches whole
 * words only.
 */
export type Phrase = readonly [phrase: string, suggestion?: string];

export interface CompiledPhrase {
  pattern: RegExp;
  phrase: string;
  suggestion: string | null;
}

const LETTER_BEFORE = "(?<![\\p{L}\\p{N}'’-])";
const LETTER_AFTER = "(?![\\p{L}\\p{N}]|['’][\\p{L}])";

export function phrasePattern(phrase: string, flags = "giu"): RegExp {
  return new RegExp(`${LETTER_BEFORE}${phraseSource(phrase)}${LETTER_AFTER}`, flags);
}

/** The regular-expression source of a phrase, without the word boundaries. */
export function phraseSource(phrase: string): string {
  let source = "";
  for (const char of phrase.trim()) {
    if (char === " ") source += "\\s+";
    else if (char === "*") source += "[\\p{L}\\p{N}'’-]+";
    else if (char === "'" || char === "’") source += "['’]";
    else if (char === "(" || char === ")" || char === "|") source += char === "(" ? "(?:" : char;
    else source += char.replace(/[.?+^$[\]\\{}/]/g, "\\$&");
  }
  return source;
}

/** Phrase lists compiled for a fast scan of a whole text. */
export interface PhraseMatcher<T> {
  /** Every place a phrase matches, with the entry it came from; matches may overlap. */
  find(text: string): { start: number; end: number; entry: CompiledPhrase & { tag: T } }[];
  /** Whether any phrase occurs, stopping at the first. */
  test(text: string): boolean;
}

type Entry<T> = CompiledPhrase & { tag: T };

/** A word, its part before any apostrophe captured: "I'll" → "I". */
const TOKEN = /([\p{L}\p{M}][\p{L}\p{M}\p{N}]*)(?:['’][\p{L}]+)*/gu;

interface Token {
  index: number;
  head: string;
  lower: string;
}

/** The last text's words: every rule scans the same message, so it is read into words once. */
let lastText: string | null = null;
let lastTokens: Token[] = [];

function tokensOf(text: string): Token[] {
  if (text !== lastText) {
    lastTokens = [...text.matchAll(TOKEN)].map((match) => ({
      index: match.index,
      head: match[1]!,
      lower: match[1]!.toLowerCase(),
    }));
    lastText = text;
  }
  return lastTokens;
}

/**
 * Compiles phrase lists so that a text is read once: each word of the text looks up the phrases
 * that can start with it, and only those are tried there. A hundred phrases cost about what one
 * does.
 */
export function compilePhrases<T>(
  lists: readonly { tag: T; phrases: readonly Phrase[] }[],
  flags = "giu",
): PhraseMatcher<T> {
  const ignoreCase = flags.includes("i");
  const grouped = new Map<string, Entry<T>[]>();
  const anywhere: Entry<T>[] = [];
  for (const { tag, phrases } of lists) {
    for (const [phrase, suggestion] of phrases) {
      const entry = { tag, phrase, suggestion: suggestion ?? null, pattern: phrasePattern(phrase, flags) };
      const firsts = firstWords(phrase);
      if (!firsts) {
        anywhere.push(entry);
        continue;
      }
      for (const word of firsts) {
        const key = ignoreCase ? word.toLowerCase() : word;
        grouped.set(key, [...(grouped.get(key) ?? []), entry]);
      }
    }
  }
  // The phrases sharing a first word are tried together, longest first, in one sticky pattern.
  const byFirstWord = new Map(
    [...grouped].map(([word, entries]) => {
      const sorted = [...entries].sort((a, b) => b.phrase.length - a.phrase.length);
      return [word, { entries: sorted, pattern: alternatives(sorted, flags.replace("g", "") + "y") }];
    }),
  );
  const everywhere = anywhere.length > 0 ? alternatives(anywhere, flags) : null;
  const everywhereOnce = anywhere.length > 0 ? alternatives(anywhere, flags.replace("g", "")) : null;
  return {
    test(text) {
      for (const token of tokensOf(text)) {
        const candidates = byFirstWord.get(ignoreCase ? token.lower : token.head);
        if (!candidates) continue;
        candidates.pattern.lastIndex = token.index;
        if (candidates.pattern.test(text)) return true;
      }
      return everywhereOnce !== null && everywhereOnce.test(text);
    },
    find(text) {
      const found: { start: number; end: number; entry: Entry<T> }[] = [];
      const record = (match: RegExpExecArray | RegExpMatchArray, entries: Entry<T>[]) => {
        const group = match.findIndex((value, i) => i > 0 && value !== undefined);
        const start = match.index!;
        found.push({ start, end: start + match[0].length, entry: entries[group - 1]! });
      };
      for (const token of tokensOf(text)) {
        const candidates = byFirstWord.get(ignoreCase ? token.lower : token.head);
        if (!candidates) continue;
        candidates.pattern.lastIndex = token.index;
        const match = candidates.pattern.exec(text);
        if (match) record(match, candidates.entries);
      }
      if (everywhere) for (const match of text.matchAll(everywhere)) record(match, anywhere);
      return found;
    },
  };
}

/** One pattern trying each entry in turn, each in its own capture group. */
function alternatives<T>(entries: Entry<T>[], flags: string): RegExp {
  const branches = entries.map((entry) => `(${phraseSource(entry.phrase)})`).join("|");
  return new RegExp(`${LETTER_BEFORE}(?:${branches})${LETTER_AFTER}`, flags);
}

/**
 * The words a phrase can start with, up to an apostrophe ("(I'll|I will) …" → I), or null when
 * it can start with anything (a `*`, an optional group, a digit).
 */
export function firstWords(phrase: string): string[] | null {
  const text = phrase.trim();
  if (text.startsWith("(")) {
    let depth = 0;
    let close = -1;
    for (let i = 0; i < text.length && close < 0; i++) {
      if (text[i] === "(") depth++;
      else if (text[i] === ")" && --depth === 0) close = i;
    }
    if (close < 0) return null;
    const words: string[] = [];
    for (const alternative of splitTopLevel(text.slice(1, close))) {
      const firsts = alternative.trim() === "" ? null : firstWords(alternative);
      if (!firsts) return null;
      words.push(...firsts);
    }
    return words;
  }
  const head = /^[\p{L}][\p{L}\p{N}]*/u.exec(text)?.[0];
  return head ? [head] : null;
}

function splitTopLevel(group: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < group.length; i++) {
    if (group[i] === "(") depth++;
    else if (group[i] === ")") depth--;
    else if (group[i] === "|" && depth === 0) {
      parts.push(group.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(group.slice(start));
  return parts;
}

/** A test for any of the phrases, such as "does the note say thanks?". */
export function anyPhraseTest(list: readonly string[]): { test(text: string): boolean } {
  return compilePhrases([{ tag: null, phrases: list.map((phrase) => [phrase] as const) }]);
}

/** A pattern matching any of the phrases. */
export function anyPhrase(list: readonly string[]): RegExp {
  return new RegExp(`${LETTER_BEFORE}(?:${list.map(phraseSource).join("|")})${LETTER_AFTER}`, "iu");
}
