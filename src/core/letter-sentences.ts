import { readMessage } from "./check/message-text.js";
import type { ProvenanceEntry, Slot } from "./compose/composed-message.js";
import { sentenceSpans, type SentenceSpan } from "./sentences.js";

/** What every letter has and may share with every other: they are no one's repeated sentences. */
const LETTER_FRAME: ReadonlySet<Slot> = new Set(["greeting", "sign-off", "signature"]);

/**
 * The sentences a message says, without its greeting, sign-off and signature. Where the composer
 * wrote a sentence, its provenance marks it out; the rest (the candidate's own edits, or a draft
 * without provenance) is cut into sentences, with the greeting and the closing found as the
 * proofreader finds them.
 */
export function letterSentences(
  body: string,
  provenance: readonly ProvenanceEntry[] = [],
): string[] {
  const letter = readMessage(body);
  const frame: SentenceSpan[] = [letter.greeting, letter.closing, letter.signature].filter(
    (span): span is NonNullable<typeof span> => span !== null,
  );
  const entries = provenance
    .filter((entry) => entry.start < entry.end && entry.end <= body.length)
    .sort((a, b) => a.start - b.start);
  const sentences: SentenceSpan[] = [];
  const own = (from: number, to: number) => {
    for (const span of sentenceSpans(body, from, to)) {
      if (![...frame, ...entries].some((other) => overlaps(span, other))) sentences.push(span);
    }
  };
  let cursor = 0;
  for (const entry of entries) {
    if (entry.start < cursor) continue;
    own(cursor, entry.start);
    if (!LETTER_FRAME.has(entry.slot)) sentences.push(entry);
    cursor = entry.end;
  }
  own(cursor, body.length);
  return sentences.map((span) => body.slice(span.start, span.end).trim()).filter(Boolean);
}

function overlaps(a: SentenceSpan, b: SentenceSpan): boolean {
  return a.start < b.end && b.start < a.end;
}
