import type { ProvenanceEntry } from "../../../core/compose/composed-message.js";
import type { InterviewDetails } from "../../../core/interview.js";

/** One of the candidate's debrief notes a sentence was written from, as they typed it. */
export interface SourceNote {
  text: string;
  /** The interviewer the note is about, when it is about one. */
  person: string | null;
}

/** The debrief's fields a candidate writes in their own words; the rest are facts (names, dates). */
const NOTE_FIELDS = new Set([
  "discussed",
  "impressed",
  "fit",
  "concern",
  "response",
  "question",
  "answer",
  "what",
  "nextSteps",
]);

/**
 * The notes behind a draft's sentences, keyed by the record path the composer gave as each
 * sentence's source (`interviewers[0].discussed[1]`, `concerns[0].response`), so the editor can
 * quote the very note a sentence came from.
 */
export function notesBehind(
  provenance: readonly ProvenanceEntry[],
  interview: InterviewDetails | null,
): Record<string, SourceNote> {
  const notes: Record<string, SourceNote> = {};
  if (!interview) return notes;
  for (const source of new Set(provenance.flatMap((entry) => entry.sources))) {
    const path = source.split(/[.[\]]+/).filter((part) => part !== "");
    const field = path.findLast((part) => !/^\d+$/.test(part));
    if (!field || !NOTE_FIELDS.has(field)) continue;
    const text = valueAt(interview, path);
    if (typeof text !== "string" || text.trim() === "") continue;
    notes[source] = { text: text.trim(), person: personOf(interview, path) };
  }
  return notes;
}

function valueAt(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** `interviewers[1].…` is about that interviewer; a concern, question or promise names who raised it. */
function personOf(interview: InterviewDetails, path: readonly string[]): string | null {
  const owner = valueAt(interview, path.slice(0, 2));
  if (path[0] === "interviewers") return (owner as { name?: string } | undefined)?.name ?? null;
  const raisedBy = (owner as { raisedBy?: string | null } | undefined)?.raisedBy;
  return typeof raisedBy === "string" && raisedBy.trim() !== "" ? raisedBy : null;
}
