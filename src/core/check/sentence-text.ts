import type { Span } from "./finding.js";
import type { MessageText } from "./message-text.js";
import { perContext } from "./memo.js";
import { readWords, type Tokens } from "./tokens.js";

/**
 * One sentence as a rule of one sentence reads it: its own text, offsets counted from its start,
 * and the little it may know of the note around it. Two sentences with the same text, part and
 * content are the same to such a rule, wherever they stand and whatever the other sentences say.
 */
export interface SentenceText {
  text: string;
  /** The subject line ("Subject: …") or a sentence of the body. */
  part: "subject" | "body";
  /**
   * The part of the sentence between the greeting and the closing (what the note says), or null
   * when the sentence lies wholly outside it.
   */
  content: Span | null;
  /** Its words, read from its own text. */
  readonly tokens: Tokens;
}

/** A sentence of a note and where it starts in the note's text. */
export interface PlacedSentence {
  start: number;
  sentence: SentenceText;
}

/**
 * The sentences a rule of one sentence reads, in order: the subject line, then each sentence of
 * the body. Between them lies only white space, which no such rule reads.
 */
export const sentencesOf = perContext((message: MessageText): PlacedSentence[] => {
  const { text, content } = message;
  const placed: PlacedSentence[] = [];
  if (message.subject) {
    const end = text.indexOf("\n");
    placed.push(place(text, { start: 0, end: end < 0 ? text.length : end }, "subject", null));
  }
  for (const span of message.sentences) {
    const inContent = span.end > content.start && span.start < content.end;
    placed.push(place(text, span, "body", inContent ? content : null));
  }
  return placed;
});

function place(
  text: string,
  span: Span,
  part: SentenceText["part"],
  content: Span | null,
): PlacedSentence {
  return {
    start: span.start,
    sentence: sentenceText(text.slice(span.start, span.end), part, content && clip(content, span)),
  };
}

/** `content` seen from inside `span`: offsets from the span's start, cut to its length. */
function clip(content: Span, span: Span): Span {
  return {
    start: Math.max(content.start, span.start) - span.start,
    end: Math.min(content.end, span.end) - span.start,
  };
}

export function sentenceText(
  text: string,
  part: SentenceText["part"],
  content: Span | null,
): SentenceText {
  let tokens: Tokens | undefined;
  return {
    text,
    part,
    content,
    // A sentence's own reading, not the kept readings of whole notes (`tokensOf`), which a note's
    // sentences would push out.
    get tokens() {
      return (tokens ??= readWords(text));
    },
  };
}

/** What tells one sentence from another to a rule of one sentence. */
export function sentenceKey({ text, part, content }: SentenceText): string {
  return `${part} ${content ? `${content.start}-${content.end}` : "-"} ${text}`;
}
