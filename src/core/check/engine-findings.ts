import { analysisOf } from "./analysis.js";
import type { CheckContext } from "./check-context.js";
import type { EngineLint } from "./engine.js";
import type { Finding, Span } from "./finding.js";
import { wordsIn, type MessageText } from "./message-text.js";
import { overlaps, within } from "./names.js";
import { toFinding } from "./rule.js";
import { UNSUGGESTABLE } from "./phrases/unsuggestable.js";
import { interviewTerms, isOwnWord, type Vocabulary } from "./vocabulary.js";
import { perContext } from "./memo.js";
import { readingOf } from "./name-reading.js";
import { LOAN_PHRASE } from "./phrases/letter-parts.js";

/** Addresses, links and numbers are not prose: no engine lint inside them counts. */
const LITERALS =
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}|(?:https?:\/\/|www\.)[^\s<>()]+|[\p{L}\p{N}-]+\.(?:com|org|net|io|dev|co|ai|app|edu|gov)(?:\/[^\s<>()]*)?|\+?\d[\d\s().\-/]{5,}\d/gu;

/** Turns engine lints into findings, dropping what the candidate's own words and literals explain. */
export function engineFindings(
  lints: readonly EngineLint[],
  message: MessageText,
  context: CheckContext,
): Finding[] {
  if (lints.length === 0) return [];
  const { vocabulary, named } = analysisOf(message, context);
  const literals = literalSpans(message.text);
  const findings: Finding[] = [];
  for (const engineLint of lints) {
    const found = message.text.slice(engineLint.start, engineLint.end);
    const lint = {
      ...engineLint,
      suggestions: engineLint.suggestions.filter(
        (suggestion) => isSuggestable(suggestion) && keepsOwnWords(found, suggestion, vocabulary),
      ),
    };
    if (lint.end <= lint.start && lint.kind !== "other") continue;
    // A lint whose every fix would change one of the candidate's own words has nothing to offer.
    if (lint.kind === "other" && engineLint.suggestions.length > 0 && lint.suggestions.length === 0)
      continue;
    if (literals.some((literal) => overlaps(literal, lint))) continue;
    if (
      named.some((name) => within(lint, name) || (lint.kind !== "spelling" && overlaps(name, lint)))
    )
      continue;
    switch (lint.kind) {
      case "spelling":
        if (inLetterForm(message, lint)) continue;
        if (
          isOwnWord(vocabulary, found) ||
          found.split(/[-/]/).every((part) => isOwnWord(vocabulary, part))
        )
          continue;
        {
          const reading = readingOf(message, lint, found, lint.suggestions, ownNames(vocabulary));
          findings.push(
            reading.name
              ? toFinding("spelling.name", "warning", { ...lint, params: { word: found } })
              : toFinding("spelling", "error", {
                  ...lint,
                  params: {
                    word: found,
                    suggestions: reading.meant
                      ? [reading.meant, ...lint.suggestions.filter((s) => s !== reading.meant)]
                      : lint.suggestions,
                  },
                }),
          );
        }
        break;
      case "repeated-word":
        if (RIGHTLY_DOUBLED.has(firstWord(found).toLowerCase())) continue;
        findings.push(
          toFinding("grammar.repeated-word", "error", {
            ...lint,
            params: { word: firstWord(found) },
          }),
        );
        break;
      case "a-an":
        if (eitherArticleFits(message.text, lint.start)) continue;
        findings.push(
          toFinding("grammar.a-an", "error", {
            ...lint,
            params: {
              found,
              fix: lint.suggestions[0] ?? (found.toLowerCase() === "a" ? "an" : "a"),
            },
          }),
        );
        break;
      case "sentence-case":
        findings.push(
          toFinding("grammar.sentence-case", "warning", {
            ...lint,
            params: { found, fix: lint.suggestions[0] ?? capitalise(found) },
          }),
        );
        break;
      case "capital-i":
        findings.push(toFinding("grammar.capital-i", "error", { ...lint, params: {} }));
        break;
      default:
        if (quotesRecord(message.text, lint, context)) continue;
        findings.push(
          toFinding("grammar.other", "warning", {
            ...lint,
            params: { message: lint.message, suggestions: lint.suggestions },
          }),
        );
    }
  }
  return findings;
}

/** Each word never suggested, with its plural: "bitch", "bitches", "cocks". */
const NEVER = new Set(
  UNSUGGESTABLE.flatMap((word) => [word, /(?:s|sh|ch|x)$/.test(word) ? `${word}es` : `${word}s`]),
);

/** A correction we may offer: none that is, or makes a phrase, a slur or a vulgarity. */
function isSuggestable(suggestion: string): boolean {
  return !suggestion
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => NEVER.has(word));
}

/** The capitalised words of the candidate's names and terms: "Halvorsen", "Northbridge". */
const ownNames = perContext((vocabulary: Vocabulary): string[] =>
  [...new Set(vocabulary.terms.flatMap((term) => wordsIn(term).map((word) => word.text)))].filter(
    (word) => /^\p{Lu}\p{Ll}/u.test(word),
  ),
);

/**
 * Whether a suggestion leaves the candidate's own words as they are: no fix may change a name or
 * term from their record ("Dagster" → "Dangster", "Northbridge" → "North bridge").
 */
function keepsOwnWords(found: string, suggestion: string, vocabulary: Vocabulary): boolean {
  const bare = (word: string) => word.replace(/['’]s?$/u, "");
  const kept = new Set(wordsIn(suggestion).map((word) => bare(word.text)));
  return wordsIn(found).every(
    (word) => !isOwnWord(vocabulary, word.text) || kept.has(bare(word.text)),
  );
}

/** The interview record's phrases, lower-cased with single spaces, for finding quotes of them. */
const recordPhrases = perContext((context: CheckContext): string =>
  context.interview
    ? interviewTerms(context.interview)
        .map((term) =>
          wordsIn(term)
            .map((word) => word.text.toLowerCase())
            .join(" "),
        )
        .join("\n")
    : "",
);

/** Whether these words, in this order, stand in the interview record (case and spacing aside). */
export function recordSays(context: CheckContext, words: readonly string[]): boolean {
  const record = recordPhrases(context);
  return (
    record !== "" &&
    (record.includes(`${words.join(" ").toLowerCase()} `) ||
      record.split("\n").some((line) => line.endsWith(words.join(" ").toLowerCase())))
  );
}

/**
 * Whether a lint falls inside words copied from the interview record ("the new WMS rollout",
 * "expected credit loss staging"): the employer's terms and the candidate's own notes, which the
 * engine's grammar does not know, and whose slips are the candidate's own, not where a frame met
 * their words. The flagged words and one word either side must be in it.
 */
export function quotesRecord(text: string, lint: Span, context: CheckContext): boolean {
  const record = recordPhrases(context);
  if (record === "") return false;
  const from = Math.max(0, lint.start - 40);
  const words = wordsIn(text.slice(from, Math.min(text.length, lint.end + 40))).map((word) => ({
    ...word,
    start: word.start + from,
    end: word.end + from,
  }));
  const first = words.findIndex((word) => word.end > lint.start);
  if (first < 0) return false;
  const last = words.findLastIndex((word) => word.start < Math.max(lint.end, lint.start + 1));
  // A neighbour counts only across spaces: "rollout." ends its phrase.
  const joined = (a: Span | undefined, b: Span | undefined) =>
    a !== undefined && b !== undefined && /^[ \t]+$/u.test(text.slice(a.end, b.start));
  const end = Math.max(first, last);
  const window = words.slice(
    joined(words[first - 1], words[first]) ? first - 1 : first,
    joined(words[end], words[end + 1]) ? end + 2 : end + 1,
  );
  if (window.length < 2) return false;
  return record.includes(window.map((word) => word.text.toLowerCase()).join(" "));
}

/**
 * The greeting's opening words ("Kia ora"), the closing phrase ("Ngā mihi nui", "Diolch yn fawr")
 * and those phrases anywhere: our phrase lists recognised them, so they are no misspelling.
 */
function inLetterForm(message: MessageText, span: Span): boolean {
  const { greeting, closing } = message;
  const opener = greeting && { start: greeting.start, end: greeting.name?.start ?? greeting.end };
  if ((opener && within(span, opener)) || (closing && within(span, closing))) return true;
  return [...message.text.matchAll(LOAN_PHRASE)].some((match) =>
    within(span, { start: match.index, end: match.index + match[0].length }),
  );
}

/** Words English doubles on purpose: "I had had two offers", "that that plan worked". */
const RIGHTLY_DOUBLED = new Set(["had", "that"]);

/** Words whose "h" is silent: "an honour", "an hour", which the engine reads as "a". */
const SILENT_H =
  /^(?:hono(?:u?r|u?rs|u?red|u?rable|u?rably|u?rary|rarium)|hours?|hourly|honest(?:y|ly)?|heirs?|heiress|heirloom)$/iu;

/** Letters whose names begin with a vowel sound: "an MBA", "an FAQ", "an NDA". */
const VOWEL_SOUND_LETTERS = /^[AEFHILMNORSX]/u;

/**
 * Whether "an" rightly stands before the word at `at`, though the engine wants "a": a silent
 * "h" ("an honour"), or an initialism spelled out letter by letter ("an FAQ").
 */
function eitherArticleFits(text: string, at: number): boolean {
  const next = /^an\s+([\p{L}'’-]+)/iu.exec(text.slice(at, at + 40));
  if (!next) return false;
  const word = next[1]!;
  if (/^\p{Lu}{2,6}s?$/u.test(word)) return VOWEL_SOUND_LETTERS.test(word);
  return SILENT_H.test(word);
}

function literalSpans(text: string): Span[] {
  return [...text.matchAll(LITERALS)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

function firstWord(text: string): string {
  return text.trim().split(/\s+/)[0] ?? text;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
