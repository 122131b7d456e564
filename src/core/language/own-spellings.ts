import { isCommonWord, wordsOf } from "./nlp.js";

/**
 * Words the candidate spells with capitals of their own somewhere in the record ("Next.js",
 * "iOS", "HubSpot", "McKenzie") and types in lower case elsewhere ("no next.js in
 * production"), and names it capitalises mid-sentence ("Bohol") and types in lower case elsewhere.
 * The record's own spelling is the one a careful note uses. A capital at the start alone may be
 * a sentence's first word, and a word in capitals ("IT", "US") an ordinary word typed loudly.
 */
export function ownSpellings(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(TOKEN)) {
      const token = match[0];
      if (mixesCases(token) || namedMidSentence(token, text.slice(0, match.index))) {
        found.add(token);
      }
    }
  }
  return [...found];
}

/**
 * "should help in Bohol": a word capitalised after a word in lower case is a name, unless it is
 * an ordinary word ("Polish" is "polish" as often), and its capital belongs wherever it is typed.
 */
function namedMidSentence(token: string, before: string): boolean {
  return (
    /^\p{Lu}\p{Ll}{2,}$/u.test(token) &&
    /(?:^|\s)\p{Ll}+,?\s+$/u.test(before) &&
    !isCommonWord(token)
  );
}

/** The text with each lower-case typing of a spelling written as the record spells it. */
export function withOwnSpellings(text: string, spellings: readonly string[]): string {
  if (spellings.length === 0) return text;
  const byLower = new Map(spellings.map((spelling) => [spelling.toLowerCase(), spelling]));
  return text.replace(TOKEN, (token) =>
    token === token.toLowerCase() ? (byLower.get(token) ?? token) : token,
  );
}

/** A word, with the dots and joins inside it: "Next.js", "Node.js", "co-op". */
const TOKEN =
  /(?<![\p{L}\p{N}@/_-])\p{L}[\p{L}\p{N}]*(?:[.'’-]\p{L}[\p{L}\p{N}]*)*(?![\p{L}\p{N}@/_-]|\.\p{L})/gu;

function mixesCases(token: string): boolean {
  const letters = token.replace(/[^\p{L}]/gu, "");
  if (letters.length < 3) return false;
  // "tHE": caps lock left on, not a spelling.
  if (/^\p{Ll}\p{Lu}+$/u.test(letters)) return false;
  // "McKenzie", "iOS", "eBay": a capital after a small letter in one word ("Step-Down" is two).
  if (token.split(/[-'’.]/u).some((part) => /\p{Ll}\p{Lu}/u.test(part))) return true;
  // "Next.js", "Vue.js": a capital, then a small part after a dot.
  return /^\p{Lu}/u.test(token) && /\.\p{Ll}/u.test(token);
}

/**
 * The words the record types in lower case somewhere: "soundcheck" at soundcheck, "input" in
 * "the input credit side". A note that opens on one of them with a capital ("Soundcheck test",
 * "Input credit repayment was 94%") capitalised it only to start the line.
 */
export function lowerCaseWords(texts: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const text of texts) {
    for (const [token] of text.matchAll(TOKEN)) {
      if (token === token.toLowerCase() && /\p{L}{3}/u.test(token)) found.add(token);
    }
  }
  return found;
}

/**
 * The note with its first word in lower case where the record types that word in lower case
 * elsewhere, so a sentence that takes the note inside it does not carry the capital. A name
 * ("Grace", "Perth") keeps its capital however else the record writes it.
 */
export function withOpeningAsTyped(text: string, lowerWords: ReadonlySet<string>): string {
  const first = /^\p{Lu}\p{Ll}+(?=$|[\s,.;:!?-])/u.exec(text)?.[0];
  if (!first || !lowerWords.has(first.toLowerCase())) return text;
  const tags = wordsOf(first.toLowerCase())[0]?.tags;
  if (!tags || NAMED.some((tag) => tags.has(tag))) return text;
  return first.toLowerCase() + text.slice(first.length);
}

const NAMED = ["ProperNoun", "Person", "Place", "Organization", "FirstName", "LastName"];
