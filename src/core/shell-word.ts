/**
 * One argument of a command the user is asked to paste, quoted so the shell reads it back
 * as it is and runs nothing inside it: plain words as they are, anything else in single
 * quotes, where only the quote itself needs care.
 */
export function shellWord(text: string): string {
  if (/^[\p{L}\p{N}@%+:,./_-]+$/u.test(text)) return text;
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
