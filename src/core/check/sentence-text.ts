import type { Span } from "./finding.js";
import type { MessageText } from "./message-text.js";
import { perContext } from "./memo.js";
import { tokensOf, type Tokens } from "./tokens.js";

/**
 * One sentence as a rule of one sentence reads it: its own text, offsets counted from its start,
 * and the little it may know of the note around it. Two sentences with the same text, part and
 * content are the same to such a rule, wherever they stand and whatever the other sentences say.
 */
export interface SentenceText {
  text: string;
  /** The subject (what follows "Subject:") or a sentence of the body. */
  part: "subject" | "body";
  /**
   * The part of the sentence between the greeting and the closing (what the note says), or null
   * when the sentence lies wholly outside it.
   */
  content: Span | null;
  /** Its words, as the sentence read alone gives them. */
  readonly tokens: Tokens;
}

/** A sentence of a note and where it starts in the note's text. */
export interface PlacedSentence {
  start: number;
  sentence: SentenceText;
}

/**
 * The sentences a rule of one sentence reads, in order: the subject, then each sentence of the
 * body. Between them lie only white space and the word "Subject:", which no such rule reads.
 */
export const sentencesOf = perContext((message: MessageText): PlacedSentence[] => {
  const { text, content } = message;
  const note = tokensOf(text);
  const place = (span: Span, part: SentenceText["part"], inContent: Span | null) => ({
    start: span.start,
    sentence: sentenceText(text.slice(span.start, span.end), part, inContent, () =>
      tokensWithin(note, span),
    ),
  });
  const placed: PlacedSentence[] = [];
  if (message.subject && message.subject.end > message.subject.start) {
    placed.push(place(message.subject, "subject", null));
  }
  for (const span of message.sentences) {
    const inContent = span.end > content.start && span.start < content.end;
    placed.push(place(span, "body", inContent ? clip(content, span) : null));
  }
  return placed;
});

/**
 * The words of a span of a note, from the note's reading, counted from the span's start: a
 * sentence starts and ends at a space or the text's end, where no word begins or ends otherwise,
 * so they are the words of the sentence read alone.
 */
function tokensWithin(note: Tokens, span: Span): Tokens {
  let first = 0;
  let high = note.start.length;
  while (first < high) {
    const mid = (first + high) >>> 1;
    if (note.start[mid]! < span.start) first = mid + 1;
    else high = mid;
  }
  const tokens: Tokens = { start: [], end: [], text: [], head: [], lower: [] };
  for (let i = first; i < note.start.length && note.end[i]! <= span.end; i++) {
    tokens.start.push(note.start[i]! - span.start);
    tokens.end.push(note.end[i]! - span.start);
    tokens.text.push(note.text[i]!);
    tokens.head.push(note.head[i]!);
    tokens.lower.push(note.lower[i]!);
  }
  return tokens;
}

/** `content` seen from inside `span`: offsets from the span's start, cut to its length. */
function clip(content: Span, span: Span): Span {
  return {
    start: Math.max(content.start, span.start) - span.start,
    end: Math.min(content.end, span.end) - span.start,
  };
}

function sentenceText(
  text: string,
  part: SentenceText["part"],
  content: Span | null,
  read: () => Tokens,
): SentenceText {
  let tokens: Tokens | undefined;
  return {
    text,
    part,
    content,
    // Read when a rule first asks: the subject line and a greeting seldom need them.
    get tokens() {
      return (tokens ??= read());
    },
  };
}

/** Sentences kept by each memo: a few notes' worth, and every version of one typed a key at a time. */
const MAX_KEPT = 2_000;

/**
 * Memoises what is derived from a sentence's words alone, across checks and notes: a keystroke
 * changes one sentence, and the note's other sentences answer from here. `derive` sees only the
 * text and its words, so the text is key enough.
 */
export function perSentence<T>(
  derive: (text: string, tokens: Tokens) => T,
): (sentence: SentenceText) => T {
  const kept = new Map<string, T>();
  return (sentence) => {
    let value = kept.get(sentence.text);
    if (value === undefined) {
      if (kept.size >= MAX_KEPT) kept.clear();
      value = derive(sentence.text, sentence.tokens);
      kept.set(sentence.text, value);
    }
    return value;
  };
}

/** What tells one sentence from another to a rule of one sentence. */
export function sentenceKey({ text, part, content }: SentenceText): string {
  return `${part} ${content ? `${content.start}-${content.end}` : "-"} ${text}`;
}
