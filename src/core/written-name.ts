/**
 * Whether two names are written alike: the same letters, accents included, in any case. "Zoe
 * Martin" and "Zoë Martin" are not, though every accent-blind comparison takes them for one; so
 * wherever a name picks a person, a name written alike is looked for first.
 */
export function writtenAlike(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
