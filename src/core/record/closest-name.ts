import { nameWords } from "../person-match.js";

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
