import type { ProvenanceEntry } from "./composed-message.js";

/**
 * Carries a draft's provenance over to the candidate's edited text: each sentence still found
 * word for word keeps its record fields at its new place; a sentence they rewrote loses them,
 * since it is now their own.
 */
export function relocateProvenance(
  before: string,
  entries: readonly ProvenanceEntry[],
  after: string,
): ProvenanceEntry[] {
  const kept: ProvenanceEntry[] = [];
  let cursor = 0;
  for (const entry of entries) {
    const text = before.slice(entry.start, entry.end);
    if (text === "") continue;
    let at = after.indexOf(text, cursor);
    if (at < 0) at = after.indexOf(text);
    if (at < 0 || kept.some((k) => at < k.end && at + text.length > k.start)) continue;
    kept.push({ ...entry, start: at, end: at + text.length });
    cursor = at + text.length;
  }
  return kept.sort((a, b) => a.start - b.start);
}
