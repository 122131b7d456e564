import type { CheckContext } from "../check-context.js";
import type { Span } from "../finding.js";
import type { MessageText } from "../message-text.js";
import { foldWord, wordList } from "../names.js";
import {
  FUNCTION_WORDS,
  PERSON_NOUNS,
  PERSONAL_PRONOUNS,
  REPORTING_VERBS,
  STORY_NOUNS,
} from "../phrases/clause-words.js";
import { HONORIFICS } from "../phrases/name-parts.js";
import { perString } from "../memo.js";
import { defineRule, type Hit } from "../rule.js";
import { tokensOf, type Tokens } from "../tokens.js";
import { interviewTerms } from "../vocabulary.js";
import { tokenRange } from "./frame-clause.js";

const PERSON_NOUN = new Set(PERSON_NOUNS);
const STORY_NOUN = new Set(STORY_NOUNS);
const REPORTING = new Set(REPORTING_VERBS);
/** Words that open sentences without naming anyone ("It was", "There is", "This has"). */
const NO_ONE = new Set([...FUNCTION_WORDS, ...Object.keys(PERSONAL_PRONOUNS), "there", "here"]);
const HONORIFIC = new Set(HONORIFICS);
/** Words that follow "her" the object ("thank her again"), not "her" the possessive. */
const AFTER_OBJECT = new Set(["again", "today", "yesterday", "soon", "too", "back", "directly"]);
const CALENDAR_WORDS = new Set(
  [
    "monday tuesday wednesday thursday friday saturday sunday",
    "january february march april may june july august september october november december",
  ]
    .join(" ")
    .split(" "),
);

type ReaderHit = Hit<"wording.reader-third-person">;

/**
 * A note that speaks of its own reader in the third person: "her team's pricing model" or "Dana's
 * team" in a note to Dana. It fires only when it is safe: the reader's name followed by "'s" or by
 * a verb about them ("Dana said"), or a "she", "her", "he" or "his" with nobody before it in the
 * note that it could mean (no other name, no "my manager"), so that it can only be the reader.
 */
export const readerThirdPerson = defineRule({
  code: "wording.reader-third-person",
  severity: "error",
  summary:
    "The note speaks of its reader in the third person: “her team's pricing model” or “Dana's team” in a note to Dana.",
  detect(message, context) {
    const reader = readerOf(message, context);
    if (!reader) return [];
    const tokens = tokensOf(message.text);
    const { first, last } = tokenRange(tokens, message.content);
    if (!mayNameReader(tokens, first, last, reader)) return [];
    const names = readerNames(context, reader);
    const hits: ReaderHit[] = [];
    let someoneElse = false;
    for (const sentence of message.sentences) {
      if (sentence.end <= message.content.start || sentence.start >= message.content.end) continue;
      const range = tokenRange(tokens, sentence);
      const from = Math.max(first, range.first);
      const to = Math.min(last, range.last);
      someoneElse ||= mentionsSomeoneElse(tokens, from, to, names, range.first);
      for (let i = from; i <= to; i++) {
        const hit =
          nameAsThirdPerson(message.text, tokens, i, names) ??
          (someoneElse ? null : pronounForReader(message.text, tokens, i));
        if (hit) {
          hits.push(hit);
          break;
        }
      }
    }
    return hits;
  },
});

/**
 * Whether any word of the content is a "she" or "his", or a word of the reader's name: most notes
 * have none, and are done with before the names are worked out.
 */
function mayNameReader(tokens: Tokens, first: number, last: number, reader: string): boolean {
  const own = readerWords(reader);
  for (let i = first; i <= last; i++) {
    const word = tokens.lower[i]!;
    if (word in PERSONAL_PRONOUNS || own.has(word)) return true;
  }
  return false;
}

const readerWords = perString((reader: string) => new Set(wordList(reader).map(foldWord)));

interface ReaderNames {
  /** The reader's name words that name them alone ("Dana", "Whitfield"). */
  own: Set<string>;
  /** Every name word the note may use without meaning someone else: the reader's, the candidate's, the company's. */
  known: Set<string>;
  display: string;
}

function readerOf(message: MessageText, context: CheckContext): string | null {
  return context.recipient?.name ?? message.greeting?.name?.text ?? null;
}

/** The names a context gives each reader, worked out once: every draft to them reads the same. */
const namesByReader = new WeakMap<CheckContext, Map<string, ReaderNames>>();

function readerNames(context: CheckContext, reader: string): ReaderNames {
  let byReader = namesByReader.get(context);
  if (!byReader) {
    byReader = new Map();
    namesByReader.set(context, byReader);
  }
  let names = byReader.get(reader);
  if (!names) {
    names = namesFor(context, reader);
    byReader.set(reader, names);
  }
  return names;
}

function namesFor(context: CheckContext, reader: string): ReaderNames {
  const words = (text: string) => wordList(text).map(foldWord);
  const personal = reader.split(",")[0]!;
  const otherPeople = new Set(
    (context.interview?.interviewers ?? [])
      .filter((person) => foldWord(person.name) !== foldWord(reader))
      .flatMap((person) => words(person.name)),
  );
  const company = context.interview ? words(context.interview.company) : [];
  const own = new Set(
    words(personal).filter(
      (word) => !HONORIFIC.has(word) && !otherPeople.has(word) && !company.includes(word),
    ),
  );
  // Words of the record (its terms, "Kafka", "Leaving Cert") name no one unless they are a name.
  const recordWords = context.interview ? interviewTerms(context.interview).flatMap(words) : [];
  const known = new Set([
    ...words(reader),
    ...recordWords.filter((word) => !otherPeople.has(word)),
    ...(context.profile ? words(context.profile.name) : []),
    ...HONORIFIC,
  ]);
  return { own, known, display: personal.trim() };
}

/** "Dana's team" or "Dana said", but not "Thank you, Dana, for …". */
function nameAsThirdPerson(
  text: string,
  tokens: Tokens,
  i: number,
  names: ReaderNames,
): ReaderHit | null {
  const word = tokens.text[i]!;
  const head = tokens.head[i]!;
  // The name as written, or with "'s": "N'a" is another word, and one letter names no one.
  if (head.length < 2 || !names.own.has(tokens.lower[i]!) || !/^\p{Lu}/u.test(word)) return null;
  const possessive = /^['’]s$/u.test(word.slice(head.length));
  if (word !== head && !possessive) return null;
  const next = tokens.lower[i + 1];
  const spoken =
    next !== undefined &&
    REPORTING.has(next) &&
    /^ +$/.test(text.slice(tokens.end[i], tokens.start[i + 1]));
  if (!possessive && !spoken) return null;
  const end = possessive ? tokens.end[i]! : tokens.end[i + 1]!;
  return hit(text, { start: tokens.start[i]!, end }, names.display, possessive ? "your" : "you");
}

/** A "she" or "his" in a note that has named nobody but the reader so far. */
function pronounForReader(text: string, tokens: Tokens, i: number): ReaderHit | null {
  const word = tokens.lower[i]!;
  let instead = PERSONAL_PRONOUNS[word];
  if (!instead || tokens.text[i]!.length !== word.length) return null;
  if (word === "her") instead = herAsPossessive(text, tokens, i) ? "your" : "you";
  return {
    start: tokens.start[i]!,
    end: tokens.end[i]!,
    params: { found: tokens.text[i]!, reader: null, instead },
  };
}

/** "her team" (your team), not "thank her for" (you): a word, not a function word, follows. */
function herAsPossessive(text: string, tokens: Tokens, i: number): boolean {
  const next = tokens.lower[i + 1];
  if (next === undefined || NO_ONE.has(next) || AFTER_OBJECT.has(next)) return false;
  return /^ +$/.test(text.slice(tokens.end[i], tokens.start[i + 1]));
}

/**
 * Whether the words name or describe anyone but the reader: a person noun, a capitalised word that
 * is not the reader's, the candidate's or the company's name (or a month, a day, "I"). A capitalised
 * word opening the sentence counts only when a verb about a person follows it ("Priya said").
 */
function mentionsSomeoneElse(
  tokens: Tokens,
  from: number,
  to: number,
  names: ReaderNames,
  sentenceStart: number,
): boolean {
  for (let i = from; i <= to; i++) {
    const word = tokens.lower[i]!;
    const capitalised = /^\p{Lu}/u.test(tokens.text[i]!);
    // "Mr. Dunleavy": a name after a title is a person's, even one the record's notes hold.
    const titled = i > 0 && HONORIFIC.has(tokens.lower[i - 1]!.replace(/\.$/, ""));
    if (capitalised && titled && !names.own.has(word)) return true;
    // "Engineer" in "Senior Data Engineer" is the position, not a person.
    if (capitalised && names.known.has(word)) continue;
    if (PERSON_NOUN.has(word) || PERSON_NOUN.has(word.replace(/s$/, ""))) return true;
    // "I got a lot out of the scenario … his medications": the story has people of its own.
    if (STORY_NOUN.has(word)) return true;
    // "a former classmate who does…": whoever a "who" follows is a person.
    if (tokens.lower[i + 1] === "who" && !(word in PERSONAL_PRONOUNS) && !NO_ONE.has(word)) {
      return true;
    }
    if (!capitalised || word === "i" || CALENDAR_WORDS.has(word) || NO_ONE.has(word)) continue;
    if (i > sentenceStart || REPORTING.has(tokens.lower[i + 1] ?? "")) return true;
  }
  return false;
}

function hit(text: string, span: Span, reader: string, instead: string): ReaderHit {
  return { ...span, params: { found: text.slice(span.start, span.end), reader, instead } };
}
