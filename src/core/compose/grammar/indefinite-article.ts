/**
 * "a" or "an" before a phrase, by how its first word is spoken rather than spelled:
 * "an hour", "a university", "an SRE", "a URL", "an 8-week project", "a NASA contractor".
 */
export function indefiniteArticle(phrase: string): "a" | "an" {
  const word = firstWord(phrase);
  if (word === "") return "a";
  if (/^\d/.test(word)) return startsWithVowelNumber(word) ? "an" : "a";
  if (isSpelledOut(word)) return LETTERS_WITH_VOWEL_SOUND.has(word[0]!.toUpperCase()) ? "an" : "a";
  return startsWithVowelSound(word.toLowerCase()) ? "an" : "a";
}

/** The phrase with its article: "an onsite interview". */
export function withIndefiniteArticle(phrase: string): string {
  return `${indefiniteArticle(phrase)} ${phrase}`;
}

// Letter names that begin with a vowel sound: "an F", "an M", "an S" (ef, em, es).
const LETTERS_WITH_VOWEL_SOUND = new Set([..."AEFHILMNORSX"]);

// Upper-case words read as words, not letter by letter.
const ACRONYMS_READ_AS_WORDS = new Set([
  "NASA",
  "NATO",
  "FAANG",
  "FIFA",
  "HIPAA",
  "LASER",
  "LIDAR",
  "MOOC",
  "NASDAQ",
  "NAFTA",
  "RAM",
  "ROM",
  "RADAR",
  "SCRUM",
  "SIM",
  "SWAT",
  "SAAS",
  "OSHA",
]);

// Vowel-initial words spoken with a consonant sound ("a user", "a one-off", "a European").
const CONSONANT_SOUNDING =
  /^(?:uni(?![nmd])|use|usa|usu|uti|ure|uri|uro|ura|ufo|ubiq|unan|eu|ewe|one(?![r])|once)/;
// Consonant-initial words spoken with a vowel sound ("an hour", "an honest").
const VOWEL_SOUNDING = /^(?:hour|honest|honor|honour|heir)/;

function startsWithVowelSound(word: string): boolean {
  if (VOWEL_SOUNDING.test(word)) return true;
  if (CONSONANT_SOUNDING.test(word)) return false;
  return /^[aeiouàáâäæèéêëìíîïòóôöœùúûü]/.test(word);
}

/** True for initialisms such as "SRE", "MBA", "HR", "S3": read letter by letter. */
function isSpelledOut(word: string): boolean {
  const letters = word.replace(/[^A-Za-z]/g, "");
  if (letters.length === 0 || letters.length > 5) return false;
  if (ACRONYMS_READ_AS_WORDS.has(letters.toUpperCase())) return false;
  if (letters.length === 1) return word === word.toUpperCase() || /\d/.test(word);
  return letters === letters.toUpperCase();
}

function startsWithVowelNumber(word: string): boolean {
  // "an 8", "an 80", "an 11", "an 18" (and 11,000 / 18,500), "a 1", "a 100".
  if (word.startsWith("8")) return true;
  const digits = word.match(/^[\d,]+/)?.[0].replace(/,/g, "") ?? "";
  if (!/^1[18]/.test(digits)) return false;
  return digits.length === 2 || digits.length === 5 || digits.length === 8;
}

function firstWord(phrase: string): string {
  return (
    phrase
      .trim()
      .replace(/^["'“‘([]+/, "")
      .split(/[\s\-–—/]+/)[0] ?? ""
  );
}
