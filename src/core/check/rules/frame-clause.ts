import { recordSays } from "../engine-findings.js";
import type { Span } from "../finding.js";
import {
  CLAUSE_BLOCKING_PREPOSITIONS,
  COMMON_VERBS,
  COMPLEMENT_VERBS,
  DETERMINERS,
  IRREGULAR_PLURALS,
  MODALS,
  OBJECT_OPENERS,
  PLURAL_MODIFIERS,
  SUBJECT_PRONOUNS,
  TOPIC_WORDS,
} from "../phrases/clause-words.js";
import { defineSentenceRule } from "../rule.js";
import type { Tokens } from "../tokens.js";

const PREPOSITIONS = new Set(CLAUSE_BLOCKING_PREPOSITIONS);
const SUBJECTS = new Set(SUBJECT_PRONOUNS);
const DETERMINER = new Set(DETERMINERS);
const OBJECT_OPENER = new Set(OBJECT_OPENERS);
const MODAL = new Set(MODALS);
const BASE_VERB = new Set(COMMON_VERBS);
const S_VERB = new Set(COMMON_VERBS.map(thirdPerson));
const PLURAL_MODIFIER = new Set(PLURAL_MODIFIERS);
const IRREGULAR_PLURAL = new Set(IRREGULAR_PLURALS);
const TOPIC = new Set(TOPIC_WORDS);
const COMPLEMENT = new Set(COMPLEMENT_VERBS);
/** Auxiliaries after a plural or a singular noun phrase. */
const PLURAL_AUXILIARY = new Set(["are", "were", "have"]);
const SINGULAR_AUXILIARY = new Set(["is", "was", "has"]);
/** Words that show the sentence already has its subject and verb before the preposition. */
const CLAUSE_SO_FAR = new Set([
  ...SUBJECT_PRONOUNS,
  "you",
  "it",
  "am",
  "is",
  "are",
  "was",
  "were",
  "have",
  "has",
  "had",
  ...MODALS,
]);
/** Words that put the preposition inside a subject: "What I liked about the team gives …". */
const CLEFT_OPENERS = new Set(["what", "whatever", "all", "everything", "something", "anything"]);
/** Nouns in a noun phrase: no more than this many before its verb. */
const MAX_NOUN_RUN = 5;

function thirdPerson(verb: string): string {
  if (verb === "have") return "has";
  if (/(?:s|sh|ch|x|o)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/**
 * A preposition, or a frame such as "With", "Given", "struck by" or "the question of", followed
 * directly by a clause: a subject pronoun ("about I have not led a team"), or a noun phrase and its
 * verb ("struck by the engineers and designers share one backlog"), or, after a sentence-opening
 * "Given", a verb with its object ("Given building the onboarding flow"). Notes slotted into a
 * sentence that expected a noun phrase read this way. Words copied whole from the record are left
 * alone: the slip, if any, is the candidate's own.
 */
export const frameClause = defineSentenceRule({
  code: "wording.frame-clause",
  severity: "error",
  summary:
    "A preposition or frame followed by a whole clause: “about I have not led a team”, “With I built the payroll system”.",
  detect(sentence, context) {
    if (!sentence.content) return [];
    const { text, tokens } = sentence;
    const span = clauseAfterFrame(text, tokens, { start: 0, end: text.length });
    // A frame and the word after it typed together in the record are the candidate's own words,
    // theirs to word as with any grammar; the rule is for where a frame met them.
    if (!span || recordSays(context, tokens.lower.slice(span.frame, span.frame + 2))) return [];
    return [
      {
        ...span,
        params: { found: text.slice(span.start, span.end), frame: tokens.lower[span.frame]! },
      },
    ];
  },
});

type Found = Span & { frame: number };

/**
 * The first frame of the sentence that a clause follows, as the frame and the clause's first
 * words. A noun phrase with its verb counts only when the sentence has its own subject or verb
 * before the frame, so the phrase cannot be the subject's ("The engineers on both teams share one
 * backlog"), and no "what" or "everything" makes the frame part of a subject ("What I liked about
 * the team gives …").
 */
function clauseAfterFrame(text: string, tokens: Tokens, sentence: Span): Found | null {
  const { first, last } = tokenRange(tokens, sentence);
  const joined = (i: number) => i + 1 <= last && spaceBetween(text, tokens, i);
  let clause = false;
  let cleft = false;
  let complement = false;
  for (let i = first; i < last; i++) {
    const word = tokens.lower[i]!;
    if (PREPOSITIONS.has(word) && tokens.text[i]!.length === word.length && joined(i)) {
      const next = i + 1;
      if (SUBJECTS.has(tokens.lower[next]!) && isPronoun(text, tokens, next)) {
        return found(tokens, i, joined(next) ? next + 1 : next);
      }
      if (word === "given" && i === first && /ing$/.test(tokens.lower[next]!) && joined(next)) {
        if (OBJECT_OPENER.has(tokens.lower[next + 1]!)) return found(tokens, i, next + 1);
      }
      const topic = i > first && TOPIC.has(tokens.lower[i - 1]!);
      // After "our conversation about", an "are" of the phrase's own starts a clause; after a
      // sentence-opening "Learning about", only a plural one can (the gerund takes "was").
      const auxiliaries =
        !topic || cleft
          ? "none"
          : clause && !complement
            ? "any"
            : i - 1 === first
              ? "plural"
              : "none";
      if (word !== "given" && clause && !cleft) {
        const verb = verbAfterNounPhrase(text, tokens, next, last, auxiliaries);
        if (verb !== null) return found(tokens, i, verb);
      } else if (auxiliaries !== "none") {
        const verb = verbAfterNounPhrase(text, tokens, next, last, auxiliaries);
        if (verb !== null) return found(tokens, i, verb);
      }
    }
    cleft ||= CLEFT_OPENERS.has(word);
    clause ||= CLAUSE_SO_FAR.has(word);
    complement ||= COMPLEMENT.has(word) && !PREPOSITIONS.has(tokens.lower[i + 1] ?? "");
  }
  return null;
}

function found(tokens: Tokens, frame: number, lastWord: number): Found {
  return { start: tokens.start[frame]!, end: tokens.end[lastWord]!, frame };
}

/** "I" as a word, not the start of "I/O" or "I-9". */
function isPronoun(text: string, tokens: Tokens, i: number): boolean {
  if (tokens.lower[i] !== "i") return true;
  if (tokens.head[i] !== "I" && tokens.head[i] !== "i") return false;
  const after = text.charAt(tokens.end[i]!);
  return !/[/\-–\d]/.test(after);
}

/**
 * Reads a noun phrase from `from` ("the engineers and designers") and returns the index of the
 * verb that follows it when that verb agrees with it and takes an object, or (as `auxiliaries`
 * allows) is an auxiliary agreeing with it; else null.
 */
function verbAfterNounPhrase(
  text: string,
  tokens: Tokens,
  from: number,
  last: number,
  auxiliaries: "any" | "plural" | "none",
): number | null {
  let i = from;
  const determined = DETERMINER.has(tokens.lower[i]!);
  if (determined) i++;
  let nouns = 0;
  for (; i <= last && nouns <= MAX_NOUN_RUN; i++) {
    if (i > from && !spaceBetween(text, tokens, i - 1)) return null;
    const word = tokens.lower[i]!;
    if (word === "and" && nouns > 0) continue;
    if (nouns > 0 && auxiliaries !== "none" && agreesAsAuxiliary(tokens, i, auxiliaries)) return i;
    if (nouns > 0 && agreesAsVerb(tokens, i, determined) && i < last) {
      const object = tokens.lower[i + 1]!;
      if (spaceBetween(text, tokens, i) && OBJECT_OPENER.has(object)) return i;
    }
    if (!isNounLike(tokens, i)) return null;
    nouns++;
  }
  return null;
}

function agreesAsVerb(tokens: Tokens, i: number, determined: boolean): boolean {
  const word = tokens.lower[i]!;
  if (tokens.text[i] !== word) return false;
  const before = tokens.lower[i - 1]!;
  if (BASE_VERB.has(word)) return isPlural(before);
  return determined && S_VERB.has(word) && !isPlural(before);
}

function agreesAsAuxiliary(tokens: Tokens, i: number, auxiliaries: "any" | "plural"): boolean {
  const word = tokens.lower[i]!;
  if (tokens.text[i] !== word) return false;
  const plural = isPlural(tokens.lower[i - 1]!);
  if (plural) return PLURAL_AUXILIARY.has(word);
  return auxiliaries === "any" && SINGULAR_AUXILIARY.has(word);
}

function isPlural(word: string): boolean {
  if (IRREGULAR_PLURAL.has(word)) return true;
  if (PLURAL_MODIFIER.has(word)) return false;
  return /[^su']s$/.test(word) && !/(?:ss|us|is)$/.test(word);
}

/** A word that can stand in a noun phrase: not a function word, not written with an apostrophe ending. */
function isNounLike(tokens: Tokens, i: number): boolean {
  const word = tokens.lower[i]!;
  return (
    tokens.text[i]!.length === word.length &&
    !PREPOSITIONS.has(word) &&
    !DETERMINER.has(word) &&
    !SUBJECTS.has(word) &&
    !MODAL.has(word) &&
    !CLAUSE_SO_FAR.has(word) &&
    !["and", "or", "but", "that", "which", "who", "how", "what", "why", "when", "where"].includes(
      word,
    )
  );
}

/** Only spaces (no punctuation, no line break) between word `i` and the next. */
function spaceBetween(text: string, tokens: Tokens, i: number): boolean {
  const from = tokens.end[i]!;
  const to = tokens.start[i + 1];
  if (to === undefined) return false;
  for (let at = from; at < to; at++) if (text.charCodeAt(at) !== 0x20) return false;
  return to > from;
}

/** The first and last word index inside a span. */
export function tokenRange(tokens: Tokens, span: Span): { first: number; last: number } {
  let first = lowerBound(tokens.start, span.start);
  const last = lowerBound(tokens.start, span.end) - 1;
  if (first > last) first = last + 1;
  return { first, last };
}

function lowerBound(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid]! < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
