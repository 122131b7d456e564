import { HONORIFICS } from "../check/phrases/name-parts.js";

/** The known name closest to a misspelt one (at most two edits away, case ignored), or null. */
export function closestName(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The people among `names` that `written` means, however it was written: the name as it stands,
 * in any case or without its accents, or some of its words with or without a title ("Dana",
 * "Dr. Whitfield", "ms dana whitfield"). The closest reading wins: a name written alike beats one
 * that only folds alike, which beats a part of a name. More than one means it is ambiguous.
 */
export function peopleNamed(written: string, names: readonly string[]): string[] {
  const alike = names.filter((name) => name.trim().toLowerCase() === written.trim().toLowerCase());
  if (alike.length > 0) return alike;
  const wanted = nameWords(written);
  if (wanted.length === 0) return [];
  const folded = names.filter((name) => nameWords(name).join(" ") === wanted.join(" "));
  if (folded.length > 0) return folded;
  return names.filter((name) => {
    const theirs = nameWords(name);
    return wanted.every((word) => theirs.includes(word));
  });
}

/** The person a misspelt name most likely means ("Dan" → "Dana Whitfield"), or null. */
export function closestPerson(written: string, names: readonly string[]): string | null {
  const wanted = nameWords(written).join(" ");
  const readings = names.flatMap((name) =>
    [nameWords(name).join(" "), ...nameWords(name)].map((reading) => ({ name, reading })),
  );
  const meant = closestName(
    wanted,
    readings.map((r) => r.reading),
  );
  return meant === null ? null : readings.find((r) => r.reading === meant)!.name;
}

const HONORIFIC = new Set(HONORIFICS);

/** A name's words, folded (case, accents, punctuation) and without a title. */
function nameWords(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((word) => word.replace(/^['’-]+|['’-]+$/gu, ""))
    .filter((word) => word !== "" && !HONORIFIC.has(word));
}

/** Levenshtein distance, with one row kept at a time. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}
