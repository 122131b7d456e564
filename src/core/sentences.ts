/**
 * Sentences of prose as everything in Afterword reads them: the proofreader, the composer and the
 * drafts that must not repeat one another all cut text the same way and compare it the same way.
 */

/** Where a sentence is: offsets into the text, in UTF-16 code units, without surrounding spaces. */
export interface SentenceSpan {
  start: number;
  end: number;
}

/** A stop (with any closing quote or bracket) before a space or the end, a blank line, or a list item's line. */
const BOUNDARY = /[.!?]+(?=["'’”)\]]*(?:\s|$))["'’”)\]]*|\n\s*\n|\n(?=\s*[-*•])/g;
/** Words whose period ends no sentence: titles before a name, and the common Latin and street abbreviations. */
const ABBREVIATION = /^(?:mr|mrs|ms|mx|miss|dr|prof|professor|st|mt|jr|sr|vs|etc|e|i|g)$/i;

/** Where each sentence of `text[from, to)` is, in order. "Dr. Okafor" and "e.g. Kafka" stay whole. */
export function sentenceSpans(text: string, from = 0, to = text.length): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const slice = text.slice(from, to);
  let start = 0;
  for (const match of slice.matchAll(BOUNDARY)) {
    // "(product, marketing, events...) all wanting…": an ellipsis closing an aside ends no sentence.
    if (isAbbreviation(slice, match.index) || /^\.{2,}\)$/u.test(match[0])) continue;
    const end = match.index + match[0].length;
    push(start, end);
    start = end;
  }
  push(start, slice.length);
  return spans;

  function push(a: number, b: number) {
    let s = from + a;
    let e = from + b;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ start: s, end: e });
  }
}

/** The sentences of `text`, each as written. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((span) => text.slice(span.start, span.end));
}

/**
 * A sentence folded for comparison, so that two sentences that read the same are one: case,
 * spacing and punctuation (quotes, dashes, the closing stop) do not matter.
 */
export function sentenceKey(sentence: string): string {
  return sentence
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

function isAbbreviation(slice: string, stopAt: number): boolean {
  if (slice[stopAt] !== ".") return false;
  const before = /(\p{L}+)$/u.exec(slice.slice(Math.max(0, stopAt - 12), stopAt))?.[1] ?? "";
  return ABBREVIATION.test(before);
}
