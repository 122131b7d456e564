/**
 * "North Pennine Ambulance Service", "the Second Judicial District Court of Santa Ynez County":
 * a name of more than three words reads as copied from a letterhead when a sentence says it. A
 * person writing to someone there says "your team" or "you".
 */
export function isLongName(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !/^(?:the|of|and)$/i.test(w));
  return words.length > LONG_NAME_WORDS;
}

const LONG_NAME_WORDS = 3;
