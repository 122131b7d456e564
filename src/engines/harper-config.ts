import type { EngineLint } from "../core/check/engine.js";

export type HarperDialect = "american" | "british" | "australian" | "canadian" | "indian";

/**
 * Harper rules turned off because they misfire on good professional e-mail. Measured by running
 * harper 2.10's default rules over bench/corpus/good (35 notes: every kind and channel, five
 * candidates in data, nursing, logistics, teaching and marketing, American and British English):
 */
export const HARPER_RULES_OFF: Record<string, string> = {
  // "It was great meeting the team" is read as a missing preposition: one of the most common
  // sentences in a thank-you note.
  MissingPreposition: "flags “It was great meeting …”",
  // Upper-cases short first names it also knows as acronyms: "Sam" → "SAM", "Al" → "AL", and
  // rewrites "ACLS" as "ACLs".
  OrthographicConsistency: "turns short names into acronyms (Sam → SAM, Al → AL)",
  // Fires on "ASAP" inside a company name ("ASAP Logistics"); tone.pushy catches the real
  // "as soon as possible" and knows the candidate's company names.
  AsSoonAsPossible: "fires on company names such as ASAP Logistics",
  // Wants an en dash in the phone number "555-0198".
  NumericRangeEnDash: "fires on phone numbers",
  // Flags a long but clear sentence; length is our own rule, per channel.
  LongSentences: "style, not a slip; length is checked per channel",
  // Joins correct open compounds: "back room" → "backroom".
  CompoundNouns: "joins correct open compounds (back room → backroom)",
  // Reads "the nights when ratios slipped were the nights when …" as a "were/where" typo.
  WereWhere: "misreads a correct “were” after a relative clause",
  // Calls "lorry" and "petrol" wrong in American English and "stroller" and "diaper" in British:
  // but a note echoes the employer's words, and the dialect is only guessed from the candidate's
  // time zone. It fired on both notes written across the Atlantic, on words from the record. (It
  // was also the costliest default rule: about 7% of harper's time on a 50–300-word note.)
  Regionalisms: "flags the employer's own words as the wrong side of the Atlantic",
};

export const DIALECTS: Record<HarperDialect, number> = {
  american: 0,
  british: 1,
  australian: 2,
  canadian: 3,
  indian: 4,
};

/** A short note in the same shape as real ones: its first check pays harper's one-off costs. */
export const WARM_UP =
  "Dear Dana,\n\nMany thanks for Tuesday's conversation; the pipeline plans stayed with me on the way home.\n\nBest regards,\nJordan";

/** A lint as harper.js gives it, copied out of WebAssembly memory. */
export interface HarperLint {
  kind: string;
  found: string;
  /** UTF-16 offsets: harper.js converts its spans to JavaScript's counting. */
  start: number;
  end: number;
  message: string;
  suggestions: string[];
}

/** Copies a harper.js lint into plain data and frees it. */
export function copyLint(lint: {
  span(): { start: number; end: number; free(): void };
  get_problem_text(): string;
  lint_kind(): string;
  message(): string;
  suggestions(): { get_replacement_text(): string; free(): void }[];
  free(): void;
}): HarperLint {
  const span = lint.span();
  const copy = {
    kind: lint.lint_kind(),
    found: lint.get_problem_text(),
    start: span.start,
    end: span.end,
    message: lint.message(),
    suggestions: lint.suggestions().map((suggestion) => {
      const text = suggestion.get_replacement_text();
      suggestion.free();
      return text;
    }),
  };
  span.free();
  lint.free();
  return copy;
}

/**
 * A lint that misreads good e-mail whatever the rule's setting: PossessiveYour takes "hear from
 * you tomorrow" for "your tomorrow". It still catches "thank you for you time".
 */
export function misfires(lint: HarperLint, text: string): boolean {
  if (lint.found.toLowerCase() !== "you" || !lint.suggestions.includes("your")) return false;
  const next = /^\s+(\p{L}+)/u.exec(text.slice(lint.end))?.[1]?.toLowerCase();
  return next !== undefined && TIME_AFTER_YOU.has(next);
}

/** Words that follow "you" as when, never as what is yours. */
const TIME_AFTER_YOU = new Set(
  "today tomorrow tonight yesterday soon again later then there here both all directly personally first next this on at in before after when once shortly".split(
    " ",
  ),
);

/** Sorts harper's lints into the kinds we word ourselves; its rule names do not cross the port. */
export function toEngineLint(lint: HarperLint): EngineLint {
  return {
    kind: classify(lint.kind, lint.found, lint.suggestions),
    start: lint.start,
    end: lint.end,
    message: lint.message,
    suggestions: lint.suggestions,
  };
}

function classify(kind: string, found: string, suggestions: string[]): EngineLint["kind"] {
  if (kind === "Repetition" || /^(\p{L}+)\s+\1$/iu.test(found)) return "repeated-word";
  if (kind === "Spelling" || kind === "Typo") return "spelling";
  const article = /^an?$/i;
  if (article.test(found) && suggestions.length > 0 && suggestions.every((s) => article.test(s))) {
    return "a-an";
  }
  if (kind === "Capitalization") {
    if (found === "i") return "capital-i";
    const capitalised = found.charAt(0).toUpperCase() + found.slice(1);
    if (/^\p{Ll}/u.test(found) && suggestions.includes(capitalised)) return "sentence-case";
  }
  return "other";
}

/** The words of the candidate's terms not yet taught to harper: importing is costly, so only new ones. */
export function freshWords(terms: readonly string[], learned: Set<string>): string[] {
  const fresh = new Set<string>();
  for (const term of terms) {
    for (const word of term.split(/[^\p{L}\p{M}'’-]+/u)) {
      if (word.length > 1 && !learned.has(word)) fresh.add(word);
    }
  }
  for (const word of fresh) learned.add(word);
  return [...fresh];
}
