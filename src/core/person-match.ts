import { HONORIFICS } from "./check/phrases/name-parts.js";
import { fail, ok, type Result } from "./result.js";
import { writtenAlike } from "./written-name.js";

/** Someone a person can be picked from: an interviewer, a planned message's recipient, a contact. */
export interface Named {
  name: string;
  email?: string | null;
}

export type PersonMismatch<T> =
  | { code: "unknown-person"; query: string; candidates: T[] }
  | { code: "ambiguous-person"; query: string; candidates: T[] };

const HONORIFIC = new Set(HONORIFICS);

/** A name folded for comparison: case, accents, spacing and a title ("Dr.", "Ms") do not matter. */
export function foldName(name: string): string {
  return nameWords(name).join(" ");
}

/**
 * A name's words, folded (case, accents, a trailing dot), without a title when more is left.
 * A hyphen joins two words people also type apart: "marie claude" is Marie-Claude. An aside in
 * brackets ("kevin (HR)") is left out.
 */
export function nameWords(name: string): string[] {
  // "kevin (HR)": an aside in brackets says who they are, and is no part of the name.
  const bare = name.replace(/\s*\([^()]*\)/gu, " ").trim() || name;
  const words = bare
    .split(/[\s,]+|(?<=\p{L})-(?=\p{L})/u)
    .map(foldNameWord)
    .filter(Boolean);
  return words.length > 1
    ? words.filter((word) => !HONORIFIC.has(word) && !COURTESY.has(word))
    : words;
}

/** Said after a name out of respect ("Anjali ma'am", "Ravi sir", "Mehta ji"): not a name. */
const COURTESY = new Set(["ma'am", "ma’am", "maam", "madam", "sir", "ji"]);

function foldNameWord(word: string): string {
  return word.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\.$/, "");
}

/**
 * True when every word written is a word of the person's name, whole or by its start of three
 * letters or more: "Dan" and "Mr. Reyes" mean Daniel Reyes, "Dana" does not. How a greeting, a
 * name typed on the command line or one seen in a note is taken to mean someone.
 */
export function namesMatch(written: readonly string[], theirs: readonly string[]): boolean {
  const folded = theirs.map(foldNameWord);
  return everyWord(
    written.map(foldNameWord).filter(Boolean),
    folded,
    (a, b) => a === b || (a.length >= 3 && b.startsWith(a)),
  );
}

/** True when `who` (a name or an e-mail address) is this very person. */
export function samePerson(who: string, person: Named): boolean {
  const folded = foldName(who);
  return (
    folded === foldName(person.name) ||
    (Boolean(person.email) && who.trim().toLowerCase() === person.email!.toLowerCase())
  );
}

/**
 * The one person among `people` that `query` means, however it is written: the name as written
 * (accents included), an e-mail address, the full name in any case, accent or title, then a first
 * or last name ("Dana", "Ms Whitfield"), then the start of one ("Dan" for Daniel). The first rule
 * that finds anyone decides; two people found by it make the query ambiguous.
 */
export function matchPerson<T extends Named>(
  people: readonly T[],
  query: string,
): Result<T, PersonMismatch<T>> {
  const wanted = nameWords(query);
  const rules: ((person: T) => boolean)[] = [
    (person) => writtenAlike(person.name, query),
    (person) => Boolean(person.email) && query.trim().toLowerCase() === person.email!.toLowerCase(),
    (person) => foldName(person.name) === wanted.join(" "),
    (person) => everyWord(wanted, nameWords(person.name), (a, b) => a === b),
    (person) => namesMatch(wanted, nameWords(person.name)),
    // "Tom K.": a name and an initial.
    (person) => withInitials(wanted, nameWords(person.name)),
  ];
  if (wanted.length === 0) return fail({ code: "unknown-person", query, candidates: [...people] });
  for (const rule of rules) {
    const found = uniqueByName(people.filter(rule));
    if (found.length === 1) return ok(found[0]!);
    if (found.length > 1) return fail({ code: "ambiguous-person", query, candidates: found });
  }
  return fail({ code: "unknown-person", query, candidates: [...people] });
}

/** What to tell the person when a name picks no one, or more than one. */
export function mismatchMessage<T extends Named>(
  mismatch: PersonMismatch<T>,
  among: string,
): string {
  const names = mismatch.candidates.map((person) => person.name);
  if (mismatch.code === "ambiguous-person") {
    return `"${mismatch.query}" could be ${names.join(" or ")}: write more of the name, or the e-mail address.`;
  }
  return names.length > 0
    ? `No one ${among} is called "${mismatch.query}"; ${names.length === 1 ? "there is" : "they are"} ${names.join(", ")}.`
    : `No one ${among} is called "${mismatch.query}".`;
}

/** Every word written is a word of the name or the initial of one, and one is more than an initial. */
function withInitials(wanted: string[], theirs: string[]): boolean {
  return (
    wanted.some((word) => word.length > 1) &&
    everyWord(wanted, theirs, (a, b) =>
      a.length === 1 ? b.startsWith(a) : a === b || (a.length >= 3 && b.startsWith(a)),
    )
  );
}

function everyWord(wanted: string[], theirs: string[], same: (a: string, b: string) => boolean) {
  return wanted.length > 0 && wanted.every((word) => theirs.some((their) => same(word, their)));
}

/** One entry per person: a person planned for twice (e-mail and card) is still one person. */
function uniqueByName<T extends Named>(people: T[]): T[] {
  const seen = new Set<string>();
  return people.filter((person) => {
    const key = `${person.name}|${person.email?.toLowerCase() ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
