import type { Span } from "./finding.js";
import { wordsIn } from "./message-text.js";
import { phraseSource } from "./phrase-pattern.js";
import { matchPerson } from "../person-match.js";
import { perString } from "./memo.js";
import {
  GENERIC_COMPANY_WORDS,
  HONORIFICS,
  LEGAL_SUFFIXES,
  SENIORITY_WORDS,
  STOPWORDS,
} from "./phrases/name-parts.js";

const LEGAL = new Set(LEGAL_SUFFIXES);
const GENERIC = new Set(GENERIC_COMPANY_WORDS);
const SENIORITY = new Set(SENIORITY_WORDS);
const STOP = new Set(STOPWORDS);
const HONORIFIC = new Set(HONORIFICS);

/** Lower case, without a possessive ending or accents: "Northbridge’s" → "northbridge". */
export const foldWord = perString((word: string): string =>
  word
    .toLowerCase()
    .replace(/['’]s?$/u, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, ""),
);

/** A crude stem, enough to see "nursing" and "nurse" or "reviews" and "review" as one word. */
export const stem = perString((word: string): string => {
  const folded = foldWord(word);
  if (folded.length <= 4) return folded;
  return folded
    .replace(/(?:ies)$/u, "y")
    .replace(/(?:ing|ed|es|e|s)$/u, "")
    .replace(/(.)\1$/u, "$1");
});

export function wordList(text: string): string[] {
  return wordsIn(text).map((word) => word.text);
}

/** The stems of a phrase's topic words. */
export const topicStems = perString((phrase: string): string[] =>
  unique(
    wordList(phrase)
      .map(foldWord)
      .filter((word) => word.length >= 3 && !STOP.has(word))
      .map(stem),
  ),
);

/** A company name without its legal ending: "Northbridge Analytics, Inc." → "Northbridge Analytics". */
export const companyCore = perString((name: string): string => {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && LEGAL.has(foldWord(words[words.length - 1]!.replace(/[.,]/g, "")))) {
    words.pop();
  }
  return words.join(" ").replace(/[,.]+$/u, "");
});

/** The words of a company name that identify it alone ("Northbridge"), not "Analytics". */
export const distinctiveCompanyWords = perString((name: string): string[] =>
  wordList(companyCore(name)).filter(
    (word) => word.length >= 4 && !GENERIC.has(foldWord(word)) && /^\p{Lu}/u.test(word),
  ),
);

/** The words of a job title that say what the job is: "Senior Backend Engineer" → backend, engineer. */
export const titleStems = perString((position: string): string[] =>
  unique(
    wordList(position)
      .map(foldWord)
      .filter((word) => !SENIORITY.has(word) && !STOP.has(word))
      .map(stem),
  ),
);

/** A person's name without an honorific: "Dr. Helen Okafor" → ["Helen", "Okafor"]. */
export const nameParts = perString((name: string): string[] =>
  wordList(name).filter((word) => !HONORIFIC.has(foldWord(word))),
);

export function isHonorific(word: string): boolean {
  return HONORIFIC.has(foldWord(word.replace(/\.$/, "")));
}

/** The person a name means, by the one rule the whole product uses (matchPerson). */
export function personNamed<T extends { name: string }>(
  people: readonly T[],
  name: string,
): T | undefined {
  const found = matchPerson(people, name);
  return found.ok ? found.value : undefined;
}

export interface NameMatch extends Span {
  text: string;
}

/**
 * Where `name` occurs in `text` as whole words, possessive included. Case matters unless asked
 * otherwise: "Summit" the company is not "summit" the word.
 */
export function findName(
  text: string,
  name: string,
  options: { ignoreCase?: boolean } = {},
): NameMatch[] {
  if (name.trim() === "") return [];
  return [...text.matchAll(cachedPattern(name, options.ignoreCase ?? false))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    text: match[0],
  }));
}

/** Whether `name` occurs in `text`, as findName would find it. */
export function containsName(
  text: string,
  name: string,
  options: { ignoreCase?: boolean } = {},
): boolean {
  if (name.trim() === "") return false;
  const pattern = cachedPattern(name, options.ignoreCase ?? false);
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Compiled name patterns, kept because the same names are looked for in every draft. */
const patterns = new Map<string, RegExp>();
const MAX_PATTERNS = 2000;

function cachedPattern(name: string, ignoreCase: boolean): RegExp {
  const key = `${ignoreCase ? "i" : "-"}${name}`;
  let pattern = patterns.get(key);
  if (!pattern) {
    if (patterns.size >= MAX_PATTERNS) patterns.clear();
    pattern = namesPattern([name], { ignoreCase });
    patterns.set(key, pattern);
  }
  return pattern;
}

/** A pattern matching any of the names as whole words, possessive included. */
export function namesPattern(
  names: readonly string[],
  options: { ignoreCase?: boolean } = {},
): RegExp {
  const sources = names.map((name) =>
    phraseSource(
      name
        .trim()
        .replace(/[()|*]/g, " ")
        .replace(/\s+/g, " ")
        .trim(),
    ),
  );
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${sources.join("|")})(?:['’]s?)?(?![\\p{L}\\p{N}])`,
    options.ignoreCase ? "giu" : "gu",
  );
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
