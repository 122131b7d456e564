/**
 * Capitalises the first letter of a sentence, leaving words whose capitals are their own
 * ("iOS", "eBay", "npm" is left as written only when it mixes cases) untouched.
 */
export function capitaliseSentenceStart(text: string): string {
  const match = /^([^\p{L}\p{N}]*)(\p{L})([\p{L}\p{M}'’-]*)/u.exec(text);
  if (!match) return text;
  const [, lead = "", first = "", rest = ""] = match;
  if (/\p{Lu}/u.test(rest)) return text;
  return lead + first.toUpperCase() + text.slice(lead.length + first.length);
}
