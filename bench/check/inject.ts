import type { CorpusNote } from "./corpus.js";
import { readMessage } from "../../src/core/check/index.js";
import { vocabularyOf } from "../../src/core/check/vocabulary.js";
import { companyCore, foldWord } from "../../src/core/check/names.js";
import { seededRandom } from "../../test/helpers/seeded-random.js";

/** One error put into a good note, and where it is. */
export interface Injection {
  category: "typo" | "repeat" | "a-an" | "placeholder" | "wrong-company";
  /** The rule that should catch it. */
  rule: string;
  text: string;
  start: number;
  end: number;
  /** For a typo: the word as it was, which the first suggestion should restore. */
  original?: string;
}

/** The same errors every run: the generator is seeded. */
export const random = seededRandom;

const pick = <T>(items: readonly T[], rand: () => number): T | undefined =>
  items[Math.floor(rand() * items.length)];

function splice(text: string, start: number, end: number, insert: string) {
  return {
    text: text.slice(0, start) + insert + text.slice(end),
    start,
    end: start + insert.length,
  };
}

/** Words of the note's content a typo may go into: lower-case prose, not the candidate's own terms. */
function proseWords(note: CorpusNote) {
  const message = readMessage(note.text);
  const own = vocabularyOf(note.context).words;
  return message.words.filter(
    (word) =>
      word.start >= message.content.start &&
      word.end <= message.content.end &&
      /^\p{Ll}{5,}$/u.test(word.text) &&
      !own.has(foldWord(word.text)) &&
      !/[/@.]\S*$/u.test(note.text.slice(Math.max(0, word.start - 30), word.start)),
  );
}

const NEIGHBOURS: Record<string, string> = {
  a: "s",
  e: "r",
  i: "o",
  o: "i",
  u: "y",
  n: "m",
  m: "n",
  r: "t",
  t: "r",
  s: "a",
  l: "k",
  c: "v",
  d: "f",
  h: "j",
};

/** A one-edit typo of `word`: swapped, dropped, doubled or mistyped letter. */
function typo(word: string, rand: () => number): string {
  const at = 1 + Math.floor(rand() * (word.length - 2));
  switch (Math.floor(rand() * 4)) {
    case 0:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word[at] + word.slice(at);
    default: {
      const letter = word[at]!;
      return word.slice(0, at) + (NEIGHBOURS[letter] ?? "x") + word.slice(at + 1);
    }
  }
}

/**
 * A typo that is not itself a word (`isWord` decides, from a dictionary): a misspelling that
 * spells another word is beyond any spelling check, so it would measure nothing.
 */
export function injectTypo(
  note: CorpusNote,
  rand: () => number,
  isWord: (w: string) => boolean,
): Injection | null {
  const words = proseWords(note);
  for (let tries = 0; tries < 20; tries++) {
    const word = pick(words, rand);
    if (!word) return null;
    const wrong = typo(word.text, rand);
    if (wrong === word.text || isWord(wrong)) continue;
    return {
      category: "typo",
      rule: "spelling",
      original: word.text,
      ...splice(note.text, word.start, word.end, wrong),
    };
  }
  return null;
}

const SHORT_WORDS = new Set([
  "the",
  "to",
  "and",
  "of",
  "in",
  "for",
  "with",
  "that",
  "is",
  "on",
  "my",
  "it",
  "you",
  "we",
]);

export function injectRepeat(note: CorpusNote, rand: () => number): Injection | null {
  const message = readMessage(note.text);
  const words = message.words.filter(
    (word) =>
      word.start >= message.content.start &&
      word.end <= message.content.end &&
      SHORT_WORDS.has(word.text),
  );
  const word = pick(words, rand);
  if (!word) return null;
  const injected = splice(note.text, word.start, word.end, `${word.text} ${word.text}`);
  return { category: "repeat", rule: "grammar.repeated-word", ...injected };
}

export function injectArticle(note: CorpusNote, rand: () => number): Injection | null {
  const message = readMessage(note.text);
  const body = note.text.slice(message.content.start, message.content.end);
  const articles = [...body.matchAll(/(?<![\p{L}])(an?) (\p{Ll}+)/gu)].filter(
    (match) => !/^(?:u|eu|one|once|h)/u.test(match[2]!) || match[1] === "an",
  );
  const match = pick(articles, rand);
  if (!match) return null;
  const start = message.content.start + match.index;
  const flipped = match[1] === "a" ? "an" : "a";
  return {
    category: "a-an",
    rule: "grammar.a-an",
    ...splice(note.text, start, start + match[1]!.length, flipped),
  };
}

const SLOTS = [
  "[Company]",
  "[Company Name]",
  "{{company}}",
  "<company>",
  "XXX",
  "(fill in company)",
  "COMPANY X",
  "[Interviewer's Name]",
  "{{first_name}}",
  "<name>",
  "TODO",
  "[Name]",
];

export function injectPlaceholder(note: CorpusNote, rand: () => number): Injection | null {
  const message = readMessage(note.text);
  const interview = note.context.interview;
  const slot = pick(SLOTS, rand)!;
  const company = interview
    ? note.text.indexOf(companyCore(interview.company), message.body.start)
    : -1;
  const name = message.greeting?.name;
  const target =
    /name/i.test(slot) && name
      ? { start: name.start, end: name.end }
      : company >= 0
        ? { start: company, end: company + companyCore(interview!.company).length }
        : name
          ? { start: name.start, end: name.end }
          : null;
  if (!target) return null;
  return {
    category: "placeholder",
    rule: "placeholder",
    ...splice(note.text, target.start, target.end, slot),
  };
}

export function injectWrongCompany(note: CorpusNote, rand: () => number): Injection | null {
  const interview = note.context.interview;
  const other = pick(note.context.elsewhere.companies, rand);
  if (!interview || !other) return null;
  const core = companyCore(interview.company);
  const at = note.text.indexOf(core, readMessage(note.text).body.start);
  if (at < 0) return null;
  return {
    category: "wrong-company",
    rule: "fact.company",
    ...splice(note.text, at, at + core.length, other),
  };
}
