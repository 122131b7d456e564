import type { Span } from "./finding.js";
import { CLOSING_LINE, CLOSINGS, GREETINGS } from "./phrases/letter-parts.js";
import { sentenceSpans } from "../sentences.js";
import { WORD } from "../words.js";
import { tokensOf } from "./tokens.js";

/** A word of the text and where it is. */
export interface Word extends Span {
  text: string;
}

export interface Greeting extends Span {
  /** The name after the greeting word ("Ms. Whitfield" in "Dear Ms. Whitfield,"), if any. */
  name: (Span & { text: string }) | null;
}

/**
 * A message as the rules read it. The text may start with a `Subject: ...` line; every span is an
 * offset into the whole text, so findings point at what the person wrote.
 */
export interface MessageText {
  text: string;
  /** The subject's value (after "Subject:"), or null when the text has no subject line. */
  subject: (Span & { text: string }) | null;
  /** Everything after the subject line, without surrounding blank lines. */
  body: Span;
  greeting: Greeting | null;
  /** The closing phrase ("Best regards,"), alone on its line or before the name on the last line. */
  closing: Span | null;
  /** The lines after the closing: the candidate's name and contact details. */
  signature: Span | null;
  /** The body between the greeting and the closing: what the note says. */
  content: Span;
  /** Every line of the body, without its line break. */
  lines: Span[];
  words: Word[];
  sentences: Span[];
}

const CR = 13;
const SUBJECT_LINE = /^[ \t]*subject[ \t]*:[ \t]*(.*)$/im;
const MAX_GREETING_WORDS = 8;
/** The closing is looked for among the last few lines only, so a "Thanks," mid-note is not taken for one. */
const CLOSING_WINDOW = 7;
const INLINE_CLOSING = new RegExp(
  `(?:^|[.!?]\\s+|\\s[—–-]\\s*)(${CLOSINGS.source.replace(/^\^/, "")})`,
  "iu",
);
/** Up to three capitalised words closing the line: a name. Case-sensitive on purpose. */
const NAME_AT_END = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*$/u;

export function readMessage(text: string): MessageText {
  const subject = readSubject(text);
  const bodyFrom = subject ? lineEnd(text, subject.end) : 0;
  const body = trimSpan(text, { start: bodyFrom, end: text.length });
  const lines = linesOf(text, body);
  const greeting = readGreeting(text, lines);
  const { closing, signature } = readClosing(text, lines, greeting);
  let sentences: Span[] | undefined;
  let words: Word[] | undefined;
  const content = trimSpan(text, {
    start: greeting ? greeting.end : body.start,
    end: closing ? closing.start : body.end,
  });
  return {
    text,
    subject,
    body,
    greeting,
    closing,
    signature,
    content: content.end < content.start ? { start: content.start, end: content.start } : content,
    lines,
    // Made when a rule first asks: a keystroke's check mostly counts and compares the words of the
    // note's reading instead.
    get words() {
      return (words ??= wordsWithin(text, body));
    },
    // Few rules need sentences: they are split on first use.
    get sentences() {
      return (sentences ??= sentenceSpans(text, body.start, body.end));
    },
  };
}

/** The words of `span` (the whole text by default) with their offsets. */
export function wordsIn(text: string, span: Span = { start: 0, end: text.length }): Word[] {
  const words: Word[] = [];
  WORD.lastIndex = span.start;
  for (let match = WORD.exec(text); match && match.index < span.end; match = WORD.exec(text)) {
    const start = match.index;
    const end = Math.min(start + match[0].length, span.end);
    words.push({ text: end === WORD.lastIndex ? match[0] : text.slice(start, end), start, end });
  }
  return words;
}

/** The words of a span of a whole message, from the message's one reading into words. */
function wordsWithin(text: string, span: Span): Word[] {
  const tokens = tokensOf(text);
  const words: Word[] = [];
  for (let i = 0; i < tokens.start.length; i++) {
    const start = tokens.start[i]!;
    if (start < span.start) continue;
    if (start >= span.end) break;
    const end = tokens.end[i]!;
    words.push(
      end <= span.end
        ? { text: tokens.text[i]!, start, end }
        : { text: text.slice(start, span.end), start, end: span.end },
    );
  }
  return words;
}

export function spanText(message: { text: string }, span: Span): string {
  return message.text.slice(span.start, span.end);
}

/** Number of words from the greeting to the closing: the signature is not counted. */
export function noteWordCount(message: MessageText): number {
  const { body } = message;
  const to = message.closing ? message.closing.start : body.end;
  const tokens = tokensOf(message.text);
  let count = 0;
  for (let i = 0; i < tokens.start.length && tokens.start[i]! < body.end; i++) {
    if (tokens.start[i]! >= body.start && Math.min(tokens.end[i]!, body.end) <= to) count++;
  }
  return count;
}

function readSubject(text: string): (Span & { text: string }) | null {
  const firstLine = text.slice(0, lineEnd(text, 0));
  const leadingBlank = text.length - text.trimStart().length;
  if (text.slice(0, leadingBlank).includes("\n")) return null;
  const match = SUBJECT_LINE.exec(firstLine);
  if (!match || match.index !== 0) return null;
  const value = match[1] ?? "";
  const valueStart = firstLine.length - value.length;
  const trimmed = value.trimEnd();
  return { start: valueStart, end: valueStart + trimmed.length, text: trimmed };
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf("\n", from);
  return newline === -1 ? text.length : newline;
}

function isBlank(text: string, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** What `\s` matches, by code unit: called for every character of every line, so no pattern. */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function linesOf(text: string, body: Span): Span[] {
  const lines: Span[] = [];
  let start = body.start;
  while (start <= body.end) {
    const end = Math.min(lineEnd(text, start), body.end);
    const line = end > start && text.charCodeAt(end - 1) === CR ? end - 1 : end;
    lines.push({ start, end: line });
    start = end + 1;
  }
  return lines;
}

function readGreeting(text: string, lines: Span[]): Greeting | null {
  const first = lines.find((line) => !isBlank(text, line));
  if (!first) return null;
  const line = text.slice(first.start, first.end);
  const opener = GREETINGS.exec(line);
  const indent = line.length - line.trimStart().length;
  if (opener) {
    const after = line.slice(opener[0].length);
    const clause = /^([^,:;!.\n—–-]*(?:\.[^,:;!\n—–-]*)?)([,:;!—–-]|$)/.exec(after);
    const nameText = (clause?.[1] ?? "").trim();
    const words = nameText.split(/\s+/).filter(Boolean);
    if (words.length > MAX_GREETING_WORDS) return null;
    const nameStart = first.start + opener[0].length + after.indexOf(nameText);
    const end = nameStart + nameText.length + (clause?.[2] ? clause[2].length : 0);
    return {
      start: first.start + indent,
      end: Math.max(end, first.start + opener[0].length),
      name:
        nameText === ""
          ? null
          : { start: nameStart, end: nameStart + nameText.length, text: nameText },
    };
  }
  // "Dana," alone on the first line is a greeting too.
  const bare = /^\s*((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}),\s*$/u.exec(line);
  if (bare?.[1]) {
    const nameStart = first.start + line.indexOf(bare[1]);
    return {
      start: first.start + indent,
      end: first.end,
      name: { start: nameStart, end: nameStart + bare[1].length, text: bare[1] },
    };
  }
  return null;
}

function readClosing(
  text: string,
  lines: Span[],
  greeting: Greeting | null,
): { closing: Span | null; signature: Span | null } {
  const window: Span[] = [];
  for (let i = lines.length - 1; i >= 0 && window.length < CLOSING_WINDOW; i--) {
    const line = lines[i]!;
    if (greeting && line.start < greeting.end) break;
    if (!isBlank(text, line)) window.unshift(line);
  }
  for (let i = window.length - 1; i >= 0; i--) {
    const line = window[i]!;
    const lineText = text.slice(line.start, line.end);
    if (CLOSING_LINE.test(lineText.trim())) {
      const start = line.start + lineText.indexOf(lineText.trim());
      const closing = { start, end: start + lineText.trim().length };
      const rest = window.slice(i + 1);
      const signature =
        rest.length > 0 ? { start: rest[0]!.start, end: rest[rest.length - 1]!.end } : null;
      return { closing, signature };
    }
  }
  // A closing and the name on the last line: "Best, Jordan" or "Thanks again! – Jordan".
  const last = window[window.length - 1];
  if (last) {
    const lineText = text.slice(last.start, last.end);
    const inline = INLINE_CLOSING.exec(lineText);
    const name = inline && NAME_AT_END.exec(lineText.slice(inline.index + inline[0].length));
    if (inline?.[1] && name?.[1]) {
      const closingAt = last.start + inline.index + inline[0].indexOf(inline[1]);
      const nameAt = last.start + lineText.lastIndexOf(name[1]);
      return {
        closing: { start: closingAt, end: closingAt + inline[1].length },
        signature: { start: nameAt, end: nameAt + name[1].length },
      };
    }
    const dash = /(?:^|\s)[—–-]\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*$/u.exec(
      lineText,
    );
    if (dash?.[1]) {
      const nameAt = last.start + lineText.lastIndexOf(dash[1]);
      return {
        closing: { start: last.start + dash.index, end: nameAt },
        signature: { start: nameAt, end: nameAt + dash[1].length },
      };
    }
  }
  return { closing: null, signature: null };
}

/** The text of a message with a subject, as the checker reads it and offsets count from. */
export function messageText(subject: string | null, body: string): string {
  return subject ? `Subject: ${subject}\n\n${body}` : body;
}
