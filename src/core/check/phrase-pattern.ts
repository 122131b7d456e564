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

export function compilePhrases(list: readonly Phrase[]): CompiledPhrase[] {
  return list.map(([phrase, suggestion]) => ({
    phrase,
    pattern: phrasePattern(phrase),
    suggestion: suggestion ?? null,
  }));
}

/** A pattern matching any of the phrases, for quick tests such as "does the note say thanks?". */
export function anyPhrase(list: readonly string[]): RegExp {
  return new RegExp(`${LETTER_BEFORE}(?:${list.map(phraseSource).join("|")})${LETTER_AFTER}`, "iu");
}
