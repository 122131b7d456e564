import { stripTrailingPunctuation, tidySpaces } from "./punctuation.js";

/**
 * Makes a phrase from the record read correctly inside a sentence, whatever way it was typed:
 * bullets and stray line breaks go, a trailing period goes (an abbreviation keeps its own),
 * a capital that only marked the start of a list item is lowered ("The weekly demo" becomes
 * "the weekly demo", "Moving the pipeline" becomes "moving the pipeline"), and a phrase typed
 * in capitals is brought down to ordinary case, keeping short acronyms ("API DESIGN REVIEW"
 * becomes "API design review"). Names and acronyms the person wrote are never lowered:
 * "Kafka migration" stays as it is.
 */
export function phraseInSentence(raw: string): string {
  let phrase = tidySpaces(raw.replace(/\s+/g, " "));
  phrase = phrase.replace(/^(?:[-*•·–—]+|\d+[.)])\s+/, "");
  phrase = stripTrailingPunctuation(phrase);
  phrase = unshout(phrase);
  return lowerListCapital(phrase);
}

/** True when the text is a question as someone asked it ("How would you shard it?"). */
export function isDirectQuestion(raw: string): boolean {
  return /\?["'”’)]*\s*$/.test(raw.trim());
}

/** The part of a long phrase before its first comma, dash, colon or bracket, when that part can stand alone. */
export function firstClause(phrase: string): string {
  const cut = /\s*(?:,|;|:|\s[–—-]\s|\()/.exec(phrase);
  if (!cut) return phrase;
  const head = phrase.slice(0, cut.index).trim();
  return head.split(/\s+/).length >= 3 ? head : phrase;
}

/**
 * A phrase cut to at most `maxChars` characters at a word boundary, first at a clause break,
 * never ending on a word like "the" or "and" that needs what follows it.
 */
export function shortenPhrase(phrase: string, maxChars: number): string {
  if ([...phrase].length <= maxChars) return phrase;
  const clause = firstClause(phrase);
  if ([...clause].length <= maxChars) return clause;
  const words = clause.split(/\s+/);
  const kept: string[] = [];
  for (const word of words) {
    if ([...[...kept, word].join(" ")].length > maxChars) break;
    kept.push(word);
  }
  while (kept.length > 1 && DANGLING.has(kept[kept.length - 1]!.toLowerCase())) kept.pop();
  if (kept.length === 0) kept.push(words[0]!);
  return stripTrailingPunctuation(kept.join(" "));
}

const DANGLING = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "of",
  "to",
  "for",
  "with",
  "in",
  "on",
  "at",
  "by",
  "from",
  "into",
  "about",
  "our",
  "your",
  "my",
  "their",
  "its",
  "his",
  "her",
  "that",
  "which",
  "who",
  "as",
  "how",
  "what",
  "while",
  "when",
  "where",
  "so",
  "than",
  "vs",
  "&",
]);

// Words that start a list item in lower case when written inside a sentence.
const LOWER_IN_SENTENCE = new Set([
  ...DANGLING,
  "these",
  "those",
  "this",
  "some",
  "any",
  "each",
  "every",
  "all",
  "both",
  "several",
  "many",
  "much",
  "more",
  "most",
  "other",
  "another",
  "such",
  "why",
  "whether",
  "if",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "first",
  "second",
  "last",
  "next",
  "new",
  "recent",
  "current",
  "upcoming",
  "ongoing",
  "future",
  "past",
  "previous",
  "weekly",
  "daily",
  "monthly",
  "quarterly",
  "annual",
  "yearly",
  "long-term",
  "short-term",
  "remote",
  "hybrid",
  "team",
  "teams",
  "career",
  "personal",
  "professional",
  "technical",
  "cross-functional",
  "customer",
  "customers",
  "user",
  "users",
  "product",
  "company",
  "internal",
  "external",
  "early",
  "open",
  "shared",
  "better",
  "improved",
  "growing",
  "possible",
  "potential",
  "key",
  "main",
  "common",
  "different",
  "real",
  "real-time",
  "large",
  "small",
  "big",
  "high",
  "low",
  "global",
  "local",
  "manual",
  "automated",
  "mentoring",
  "mentorship",
  "onboarding",
  "hiring",
  "leadership",
  "management",
  "strategy",
  "culture",
  "work",
  "working",
  "day-to-day",
  "end-to-end",
]);

// Proper names that merely look like gerunds.
const NAMES_ENDING_IN_ING = new Set([
  "boeing",
  "beijing",
  "reading",
  "sterling",
  "viking",
  "nanjing",
  "kipling",
  "darjeeling",
  "ealing",
  "woking",
  "epping",
  "spring",
]);

function lowerListCapital(phrase: string): string {
  const match = /^(\p{Lu}[\p{Ll}]*(?:-[\p{Ll}]+)*)(?=$|[\s,;:])(\s+(\S+))?/u.exec(phrase);
  if (!match) return phrase;
  const [, word = "", , next] = match;
  const lower = word.toLowerCase();
  if (word.length > 1 && word.slice(1) !== word.slice(1).toLowerCase()) return phrase;
  const nextIsLower = next === undefined || /^[\p{Ll}\d"'“(]/u.test(next);
  const gerund =
    /^\p{L}{3,}ing$/u.test(lower) &&
    /[aeiouy]/.test(lower.slice(0, -3)) &&
    !NAMES_ENDING_IN_ING.has(lower);
  if (word === "I") return phrase;
  // "The", "Our", "How" start a list item, not a name, whatever follows them.
  if (DANGLING.has(lower)) return lower + phrase.slice(word.length);
  if (nextIsLower && (LOWER_IN_SENTENCE.has(lower) || gerund))
    return lower + phrase.slice(word.length);
  return phrase;
}

function unshout(phrase: string): string {
  const letters = phrase.replace(/[^\p{L}]/gu, "");
  if (letters === "" || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) {
    return phrase;
  }
  const words = phrase.split(/\s+/);
  if (words.length < 2 || !words.some((word) => word.replace(/[^\p{L}]/gu, "").length >= 4)) {
    return phrase;
  }
  return words
    .map((word) => {
      const bare = word.replace(/[^\p{L}]/gu, "");
      const keepAsAcronym = bare.length <= 3 && !LOWER_IN_SENTENCE.has(bare.toLowerCase());
      return keepAsAcronym ? word : word.toLowerCase();
    })
    .join(" ");
}
