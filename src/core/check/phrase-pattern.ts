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
}

type Entry<T> = CompiledPhrase & { tag: T };

/** A word, its part before any apostrophe captured: "I'll" → "I". */
const TOKEN = /([\p{L}\p{M}][\p{L}\p{M}\p{N}]*)(?:['’][\p{L}]+)*/gu;

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
  const sticky = flags.replace("g", "") + "y";
  const byFirstWord = new Map<string, Entry<T>[]>();
  const anywhere: Entry<T>[] = [];
  for (const { tag, phrases } of lists) {
    for (const [phrase, suggestion] of phrases) {
      const entry = {
        tag,
        phrase,
        suggestion: suggestion ?? null,
        pattern: phrasePattern(phrase, sticky),
      };
      const firsts = firstWords(phrase);
      if (!firsts) {
        anywhere.push({ ...entry, pattern: phrasePattern(phrase, flags) });
        continue;
      }
      for (const word of firsts) {
        const key = ignoreCase ? word.toLowerCase() : word;
        byFirstWord.set(key, [...(byFirstWord.get(key) ?? []), entry]);
      }
    }
  }
  return {
    find(text) {
      const found: { start: number; end: number; entry: Entry<T> }[] = [];
      for (const token of text.matchAll(TOKEN)) {
        const head = token[1]!;
        const entries = byFirstWord.get(ignoreCase ? head.toLowerCase() : head);
        if (!entries) continue;
        for (const entry of entries) {
          entry.pattern.lastIndex = token.index;
          const match = entry.pattern.exec(text);
          if (match) found.push({ start: match.index, end: match.index + match[0].length, entry });
        }
      }
      for (const entry of anywhere) {
        for (const match of text.matchAll(entry.pattern)) {
          found.push({ start: match.index, end: match.index + match[0].length, entry });
        }
      }
      return found;
    },
  };
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

/** A pattern matching any of the phrases, for quick tests such as "does the note say thanks?". */
export function anyPhrase(list: readonly string[]): RegExp {
  return new RegExp(`${LETTER_BEFORE}(?:${list.map(phraseSource).join("|")})${LETTER_AFTER}`, "iu");
}
