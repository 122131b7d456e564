/** Sentence-ending punctuation, perhaps followed by a closing quote or bracket. */
const TERMINAL = /[.?!…]["'”’)\]]*$/;

/** Abbreviations whose final period belongs to the word, not to a sentence. */
const ABBREVIATIONS =
  /(?:^|\s)(?:etc|inc|ltd|co|corp|jr|sr|st|e\.g|i\.e|vs|dept|approx|no|u\.s|u\.k|ph\.d|a\.m|p\.m)\.$/i;

export function endsWithTerminal(text: string): boolean {
  return TERMINAL.test(text.trimEnd());
}

/** Closes a sentence with `mark` unless it already ends with its own; a dangling comma or colon gives way. */
export function endSentence(text: string, mark: "." | "?" | "!" = "."): string {
  const trimmed = text.trimEnd().replace(/\s*[,;:–—-]+$/, "");
  return endsWithTerminal(trimmed) ? trimmed : `${trimmed}${mark}`;
}

/**
 * Removes the punctuation a person leaves at the end of a list item ("the roadmap.", "SLOs;")
 * so the phrase can sit inside a sentence; an abbreviation keeps its period ("Acme Inc.").
 */
export function stripTrailingPunctuation(phrase: string): string {
  let text = phrase.trimEnd();
  for (;;) {
    if (ABBREVIATIONS.test(text)) return text;
    const next = text.replace(/\s*(?:[.,;:!]|…|\.{3})$/, "");
    if (next === text) return text;
    text = next;
  }
}

/**
 * Joins two pieces of text where a template meets a value, so punctuation is never doubled:
 * "etc." + "." stays "etc.", "ready?”" + "." stays "ready?”", while "Inc." + "," stays "Inc.,".
 */
export function joinAtBoundary(left: string, right: string): string {
  if (right.startsWith(".") && !right.startsWith("..") && endsWithTerminal(left)) {
    return left + right.slice(1);
  }
  if (/^[?!]/.test(right) && /[.?!]["'”’)\]]*$/.test(left)) return left + right.slice(1);
  if (/^[,;:]/.test(right) && /[?!]["'”’)\]]*$/.test(left)) return left + right.slice(1);
  return left + right;
}

/** Collapses runs of spaces and tabs (not line breaks) to one space and trims each line. */
export function tidySpaces(text: string): string {
  return text
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n");
}
