/**
 * Words as a strict counter sees them: every run of letters or digits, so "on-call" and
 * "team's" count as two each. Length limits held under this count hold under any gentler one.
 */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
