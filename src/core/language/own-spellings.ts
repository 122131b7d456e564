/**
 * Words the candidate spells with capitals of their own somewhere in the record ("Next.js",
 * "iOS", "HubSpot", "McKenzie") and types in lower case elsewhere ("no next.js in
 * production"). The record's own spelling is the one a careful note uses. Only spellings that
 * mix cases count: a capital at the start alone may be a sentence's first word, and a word in
 * capitals ("IT", "US") may be an ordinary word typed loudly.
 */
export function ownSpellings(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const [token] of text.matchAll(TOKEN)) {
      if (mixesCases(token)) found.add(token);
    }
  }
  return [...found];
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
