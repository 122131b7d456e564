import { tokensOf, type Tokens } from "./tokens.js";

/**
 * Phrase lists are written for people to read and turned into patterns here. In a phrase:
 * words match across any spacing or line break, `(a|b)` is a choice, `*` is any one word, `'`
 * matches a straight or curly apostrophe, and letters match in any case. A phrase matches whole
 * words only.
 */
export type Phrase = readonly [phrase: string, suggestion?: string];

export interface CompiledPhrase {
  phrase: string;
  suggestion: string | null;
}

const LETTER_BEFORE = "(?<![\\p{L}\\p{N}'’-])";
const LETTER_AFTER = "(?![\\p{L}\\p{N}]|['’][\\p{L}])";

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
  /**
   * Every place a phrase matches, with the entry it came from; matches may overlap. `tokens` is the
   * text's reading into words when the caller has it.
   */
  find(
    text: string,
    tokens?: Tokens,
  ): { start: number; end: number; entry: CompiledPhrase & { tag: T } }[];
  /** Whether any phrase occurs, stopping at the first; `tokens` as for `find`. */
  test(text: string, tokens?: Tokens): boolean;
}

type Entry<T> = CompiledPhrase & { tag: T };

interface Candidates<T> {
  entries: Entry<T>[];
  pattern: RegExp;
}

/** The phrases starting with one word: those that need no second word, and those by their second. */
interface Lead<T> {
  alone?: Candidates<T>;
  bySecond: Map<string, Candidates<T>>;
}

/**
 * Compiles phrase lists so that a text is read once: at each word of the text, only the phrases
 * that can start with that word and the next are tried. A hundred phrases cost about what one does.
 */
export function compilePhrases<T>(
  lists: readonly { tag: T; phrases: readonly Phrase[] }[],
  flags = "giu",
): PhraseMatcher<T> {
  const ignoreCase = flags.includes("i");
  const fold = (word: string) => (ignoreCase ? word.toLowerCase() : word);
  const grouped = new Map<string, Map<string | null, Entry<T>[]>>();
  const anywhere: Entry<T>[] = [];
  for (const { tag, phrases } of lists) {
    for (const [phrase, suggestion] of phrases) {
      const entry = { tag, phrase, suggestion: suggestion ?? null };
      const leads = leadingWords(phrase);
      if (!leads) {
        anywhere.push(entry);
        continue;
      }
      for (const [first, second] of leads) {
        const bySecond = grouped.get(fold(first)) ?? new Map<string | null, Entry<T>[]>();
        const key = second === null ? null : fold(second);
        bySecond.set(key, [...(bySecond.get(key) ?? []), entry]);
        grouped.set(fold(first), bySecond);
      }
    }
  }
  // The phrases sharing their lead words are tried together, longest first, in one sticky pattern,
  // compiled when a text first has those words: most never occur, and compiling all of them
  // would slow every start of the program.
  const sticky = flags.replace("g", "") + "y";
  const candidates = (entries: Entry<T>[]): Candidates<T> => {
    const sorted = [...new Set(entries)].sort((a, b) => b.phrase.length - a.phrase.length);
    let pattern: RegExp | null = null;
    return {
      entries: sorted,
      get pattern() {
        return (pattern ??= alternatives(sorted, sticky));
      },
    };
  };
  const byLead = new Map<string, Lead<T>>();
  for (const [first, bySecond] of grouped) {
    const lead: Lead<T> = { bySecond: new Map() };
    for (const [second, entries] of bySecond) {
      if (second === null) lead.alone = candidates(entries);
      else lead.bySecond.set(second, candidates(entries));
    }
    byLead.set(first, lead);
  }
  const everywhere = anywhere.length > 0 ? alternatives(anywhere, flags) : null;
  /** Tries the phrases that can start at word i; `onMatch` returns true to stop. */
  const tryAt = (
    text: string,
    tokens: Tokens,
    i: number,
    onMatch: (match: RegExpExecArray, entries: Entry<T>[]) => boolean,
  ): boolean => {
    const list = ignoreCase ? tokens.lower : tokens.head;
    const lead = byLead.get(list[i]!);
    if (!lead) return false;
    const next = i + 1 < list.length ? lead.bySecond.get(list[i + 1]!) : undefined;
    for (const group of [next, lead.alone]) {
      if (!group) continue;
      group.pattern.lastIndex = tokens.start[i]!;
      const match = group.pattern.exec(text);
      if (match && onMatch(match, group.entries)) return true;
    }
    return false;
  };
  const find: PhraseMatcher<T>["find"] = (text, tokens = tokensOf(text)) => {
    const found: { start: number; end: number; entry: Entry<T> }[] = [];
    const record = (match: RegExpExecArray | RegExpMatchArray, entries: Entry<T>[]) => {
      const group = match.findIndex((value, i) => i > 0 && value !== undefined);
      const start = match.index!;
      found.push({ start, end: start + match[0].length, entry: entries[group - 1]! });
    };
    for (let i = 0; i < tokens.start.length; i++) {
      tryAt(text, tokens, i, (match, entries) => {
        record(match, entries);
        return false;
      });
    }
    if (everywhere) for (const match of text.matchAll(everywhere)) record(match, anywhere);
    return found;
  };
  return {
    find,
    test(text, tokens = tokensOf(text)) {
      for (let i = 0; i < tokens.start.length; i++) {
        if (tryAt(text, tokens, i, () => true)) return true;
      }
      if (!everywhere) return false;
      everywhere.lastIndex = 0;
      return everywhere.test(text);
    },
  };
}

/** A phrase with more wordings than this is tried everywhere rather than indexed. */
const MAX_EXPANSIONS = 512;

/**
 * The words a phrase can start with, up to an apostrophe ("(I'll|I will) …" → I, and then the
 * next word or null), or null when it can start with anything (a `*`, a digit, an optional first
 * group).
 */
export function leadingWords(phrase: string): [string, string | null][] | null {
  const expansions = expand(phrase.trim());
  if (!expansions) return null;
  const leads = new Map<string, [string, string | null]>();
  for (const expansion of expansions) {
    const heads = (expansion.match(/[\p{L}\p{N}*][\p{L}\p{N}*]*(?:['’][\p{L}]+)*/gu) ?? []).map(
      (token) => token.split(/['’]/u)[0]!,
    );
    const first = heads[0];
    if (!first || !/^\p{L}/u.test(first) || first.includes("*") || /^\s/.test(expansion)) {
      return null;
    }
    const second = heads[1] && !heads[1].includes("*") ? heads[1] : null;
    leads.set(`${first}|${second}`, [first, second]);
  }
  return [...leads.values()];
}

/** Every concrete wording of a phrase, its choices spelled out; null past MAX_EXPANSIONS. */
function expand(phrase: string): string[] | null {
  const open = phrase.indexOf("(");
  if (open < 0) return [phrase];
  let depth = 0;
  let close = -1;
  for (let i = open; i < phrase.length && close < 0; i++) {
    if (phrase[i] === "(") depth++;
    else if (phrase[i] === ")" && --depth === 0) close = i;
  }
  if (close < 0) return [phrase];
  const head = phrase.slice(0, open);
  const rest = phrase.slice(close + 1);
  const out: string[] = [];
  for (const alternative of splitTopLevel(phrase.slice(open + 1, close))) {
    const tails = expand(alternative + rest);
    if (!tails) return null;
    for (const tail of tails) {
      out.push(head + tail);
      if (out.length > MAX_EXPANSIONS) return null;
    }
  }
  return out;
}

/** One pattern trying each entry in turn, each in its own capture group. */
function alternatives<T>(entries: Entry<T>[], flags: string): RegExp {
  const branches = entries.map((entry) => `(${phraseSource(entry.phrase)})`).join("|");
  return new RegExp(`${LETTER_BEFORE}(?:${branches})${LETTER_AFTER}`, flags);
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
export function anyPhraseTest(list: readonly string[]): PhraseMatcher<null> {
  return compilePhrases([{ tag: null, phrases: list.map((phrase) => [phrase] as const) }]);
}

/** A pattern matching any of the phrases. */
export function anyPhrase(list: readonly string[]): RegExp {
  return new RegExp(`${LETTER_BEFORE}(?:${list.map(phraseSource).join("|")})${LETTER_AFTER}`, "iu");
}
