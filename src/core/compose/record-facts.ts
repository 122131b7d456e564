import type { Interview, Interviewer } from "../interview.js";
import type { Recipient } from "../plan/planned-message.js";
import { signatureOf, type Profile } from "../record/profile.js";
import { writtenAlike } from "../written-name.js";
import { withDeterminer } from "./grammar/determiner.js";
import {
  firstClause,
  isDirectQuestion,
  startsWithGerund,
  phraseInSentence,
  shortenPhrase,
} from "./grammar/noun-phrase.js";
import { ownSentences } from "./grammar/own-sentence.js";
import { givenName, greetingName, personName } from "./grammar/person-name.js";
import { stripTrailingPunctuation, tidySpaces } from "./grammar/punctuation.js";
import { capitaliseSentenceStart } from "./grammar/sentence-case.js";
import { dateStyleFor, spokenCalendarDate, spokenDay } from "./grammar/spoken-date.js";
import { wordCount } from "./grammar/word-count.js";
import type { Fact } from "./template.js";

export interface AnsweredConcern {
  concern: Fact;
  response: Fact;
  /** The first sentence of a long response, for a note that should only touch on it. */
  brief: Fact | null;
}

export interface AnsweredQuestion {
  question: Fact;
  answer: Fact;
  brief: Fact | null;
}

export interface PromisedItem {
  what: Fact;
  url: Fact | null;
}

/** Everything one message may say, already made to read well, each piece with its record fields. */
export interface NoteFacts {
  /** The reader's place on the panel, or null when they are not one of the interviewers. */
  readerIndex: number | null;
  /** The name a greeting uses; null for a reader known only by an address. */
  greetingName: Fact | null;
  company: Fact;
  position: Fact;
  interviewDay: Fact;
  /** "onsite interview", "phone interview", "interview". */
  interviewKind: Fact;
  /** What this reader discussed: their own points only, never a colleague's. */
  ownPoints: Fact[];
  /** What was discussed with everyone. */
  sharedPoints: Fact[];
  fit: Fact[];
  impressed: Fact[];
  concerns: AnsweredConcern[];
  questions: AnsweredQuestion[];
  promised: PromisedItem[];
  decisionDate: Fact | null;
  nextSteps: Fact | null;
  candidate: Fact;
  candidateFirstName: Fact;
  /** The sign-off block's name and contact lines (e-mail only). */
  signature: Fact;
  reason: Fact | null;
}

export interface FactOptions {
  /** Cut long phrases from the record to their first clause ("X, including Y" to "X"). */
  clauses: boolean;
  /** Longest a phrase from the record may be; longer ones are cut at a word boundary. */
  phraseLimit: number;
  /** Longest the candidate's own sentences may run; longer ones keep their first sentence, then are cut. */
  sentenceLimit: number;
  /** Leave out web addresses (a handwritten card). */
  noLinks: boolean;
}

/** A response longer than this is only touched on in a note, its full text kept for a separate message. */
const BRIEF_WORDS = 45;

/**
 * Which interviewer a recipient is: the one with the same name and address, else the same
 * address, else the same name; null for someone who is not on the panel.
 */
export function readerIndexOf(interview: Interview, recipient: Recipient): number | null {
  const email = recipient.email?.trim().toLowerCase() || null;
  const name = foldName(recipient.name);
  const people = interview.interviewers;
  const sameEmail = (p: Interviewer) => (p.email?.toLowerCase() ?? null) === email;
  // The name as written first: "Zoë" and "Zoe" fold alike, and a panel may have both.
  const asWritten = (p: Interviewer) => writtenAlike(p.name, recipient.name);
  const tests = [
    (p: Interviewer) => asWritten(p) && sameEmail(p),
    (p: Interviewer) => foldName(p.name) === name && sameEmail(p),
    (p: Interviewer) => email !== null && sameEmail(p),
    asWritten,
    (p: Interviewer) => foldName(p.name) === name,
  ];
  for (const test of tests) {
    const index = people.findIndex(test);
    if (index >= 0) return index;
  }
  return null;
}

export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function noteFacts(
  interview: Interview,
  profile: Profile,
  recipient: Recipient,
  readerIndex: number | null,
  reason: string | null,
  options: FactOptions,
): NoteFacts {
  const reader: Interviewer | null =
    readerIndex === null ? null : (interview.interviewers[readerIndex] ?? null);
  const rotation = readerIndex ?? interview.interviewers.length;
  const phrase = (raw: string, source: string): Fact => {
    const text = shortenPhrase(
      phraseInSentence(options.noLinks ? withoutLinks(raw) : raw),
      options.phraseLimit,
    );
    return { text, sources: [source] };
  };
  const phrases = (list: string[], field: string) =>
    distinct(
      list.map((raw, i) => phrase(raw, `${field}[${i}]`)).filter((fact) => fact.text !== ""),
      (fact) => fact.text,
    );

  const candidateName = personName(profile.name);
  return {
    readerIndex,
    greetingName: reader
      ? { text: greetingName(reader.name), sources: [`interviewers[${readerIndex}].name`] }
      : outsiderGreeting(recipient.name, interview.company),
    company: { text: companyName(interview.company), sources: ["company"] },
    position: { text: positionName(interview.position), sources: ["position"] },
    interviewDay: {
      text: spokenDay(interview.start, interview.timeZone),
      sources: ["start"],
      closingComma: dateStyleFor(interview.timeZone) === "month-day",
    },
    interviewKind: interviewKindOf(interview),
    ownPoints: reader ? phrases(reader.discussed, `interviewers[${readerIndex}].discussed`) : [],
    sharedPoints: rotate(phrases(interview.discussed, "discussed"), rotation),
    fit: rotate(phrases(interview.fit, "fit"), rotation).map(asExperience),
    impressed: rotate(phrases(interview.impressed, "impressed"), rotation),
    concerns: distinctEntries(interview.concerns).flatMap(([item, i]) => {
      if (!item.response) return [];
      const { answer, brief } = answerFacts(item.response, `concerns[${i}].response`, options);
      return [{ concern: phrase(item.concern, `concerns[${i}].concern`), response: answer, brief }];
    }),
    questions: distinctEntries(interview.unanswered).flatMap(([item, i]) =>
      item.answer
        ? [
            {
              question: questionFact(item.question, `unanswered[${i}].question`, options),
              ...answerFacts(item.answer, `unanswered[${i}].answer`, options),
            },
          ]
        : [],
    ),
    promised: distinctEntries(interview.promised).map(([item, i]) => ({
      what: determined(phrase(item.what, `promised[${i}].what`)),
      url:
        item.url && !options.noLinks ? { text: item.url, sources: [`promised[${i}].url`] } : null,
    })),
    decisionDate: interview.decisionBy
      ? {
          text: spokenCalendarDate(interview.decisionBy, interview.timeZone),
          sources: ["decisionBy"],
        }
      : null,
    nextSteps: interview.nextSteps ? { text: interview.nextSteps, sources: ["nextSteps"] } : null,
    candidate: { text: candidateName, sources: ["profile.name"], nameKind: "person" },
    candidateFirstName: { text: givenName(candidateName), sources: ["profile.name"] },
    signature: signatureFact(profile, candidateName),
    reason: reason?.trim()
      ? {
          text: limitSentences(
            ownSentences(options.noLinks ? withoutLinks(reason) : reason),
            options.sentenceLimit,
          ),
          sources: ["reason"],
        }
      : null,
  };
}

/**
 * The greeting name for someone the plan writes to who is not on the panel: whoever sent a
 * rejection, or the company itself when no one was named ("the Acme Robotics team").
 */
function outsiderGreeting(name: string, company: string): Fact | null {
  if (name.includes("@") || name.trim() === "") return null;
  if (foldName(name) === foldName(company)) {
    return { text: `${companyName(company)} team`, sources: ["company"] };
  }
  return { text: greetingName(name), sources: ["recipient.name"] };
}

function answerFacts(raw: string, source: string, options: FactOptions) {
  const text = limitSentences(
    ownSentences(options.noLinks ? withoutLinks(raw) : raw),
    options.sentenceLimit,
  );
  const answer: Fact = { text, sources: [source] };
  const first = firstSentence(text);
  const brief =
    wordCount(text) > BRIEF_WORDS && first !== text && wordCount(first) <= BRIEF_WORDS
      ? { text: first, sources: [source] }
      : null;
  return { answer, brief };
}

/**
 * A question as a note names it, always as "the question …": "the question of how I would shard
 * it" for a phrase, or, quoted, the question as it was asked.
 */
function questionFact(raw: string, source: string, options: FactOptions): Fact {
  if (!isDirectQuestion(raw)) {
    const phrase = shortened(phraseInSentence(raw), options);
    const named = /^(?:the |your |this |that )?question\b/i.test(phrase);
    return { text: named ? phrase : `the question of ${phrase}`, sources: [source] };
  }
  const asked = capitaliseSentenceStart(
    tidySpaces(raw.replace(/\s+/g, " ")).replace(/^["“]|["”]$/g, ""),
  );
  return { text: `the question "${asked}"`, sources: [source] };
}

/** Phrases longer than this are cut to their first clause when a message must be shorter. */
const LONG_PHRASE = 60;

function shortened(phrase: string, options: FactOptions): string {
  const clause = options.clauses && [...phrase].length > LONG_PHRASE ? firstClause(phrase) : phrase;
  return shortenPhrase(clause, options.phraseLimit);
}

/**
 * The candidate's text within `limit` characters: whole sentences while they fit, else the
 * first sentence cut at a word boundary and closed with an ellipsis.
 */
function limitSentences(text: string, limit: number): string {
  if ([...text].length <= limit) return text;
  const first = firstSentence(text);
  if ([...first].length <= limit) return first;
  return `${shortenPhrase(first, limit - 1)}…`;
}

/** The first sentence of a passage, not fooled by "e.g." or "Inc.". */
export function firstSentence(text: string): string {
  const pattern = /[.?!]["'”’)]*\s+(?=["“(]?\p{Lu})/gu;
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].trimEnd().length;
    const candidate = text.slice(0, end);
    if (
      !/(?:^|\s)(?:e\.g|i\.e|etc|inc|ltd|co|corp|dr|mr|ms|mrs|prof|st|vs|no|approx)\.$/i.test(
        candidate,
      )
    ) {
      return candidate;
    }
  }
  return text;
}

function signatureFact(profile: Profile, candidateName: string): Fact {
  if (profile.signature) {
    const own = profile.signature.trimEnd();
    const namesCandidate =
      foldName(own).includes(foldName(candidateName)) ||
      foldName(own)
        .split(" ")
        .includes(foldName(greetingName(candidateName)));
    return {
      text: namesCandidate ? own : `${candidateName}\n${own}`,
      sources: namesCandidate ? ["profile.signature"] : ["profile.name", "profile.signature"],
    };
  }
  const lines = signatureOf({ ...profile, name: candidateName });
  const sources = ["profile.name", "profile.phone", "profile.email", "profile.linkedin"].filter(
    (field) =>
      field === "profile.name" || profile[field.slice(8) as "phone" | "email" | "linkedin"],
  );
  return { text: lines, sources };
}

function interviewKindOf(interview: Interview): Fact {
  const sources = ["stage"];
  const byStage: Record<string, string> = {
    screen: "screening interview",
    phone: "phone interview",
    technical: "technical interview",
    onsite: "onsite interview",
    final: "final interview",
  };
  const named = byStage[interview.stage];
  if (named) return { text: named, sources };
  if (interview.format === "video") return { text: "video interview", sources: ["format"] };
  if (interview.format === "phone") return { text: "phone interview", sources: ["format"] };
  return { text: "interview", sources };
}

/** "Acme Robotics", with stray spacing gone and a closing period kept only on an abbreviation. */
export function companyName(raw: string): string {
  return stripTrailingPunctuation(tidySpaces(raw.replace(/\s+/g, " ")));
}

/** "Senior Backend Engineer", without a trailing "role" the phrasings add themselves. */
export function positionName(raw: string): string {
  const text = stripTrailingPunctuation(tidySpaces(raw.replace(/\s+/g, " ")))
    .replace(/^the\s+/i, "")
    .replace(/\s+(?:role|position|job|opening|vacancy)$/i, "");
  return text === "" ? stripTrailingPunctuation(tidySpaces(raw)) : text;
}

const LINK = /\b(?:https?:\/\/|www\.)\S+/gi;

function withoutLinks(text: string): string {
  return tidySpaces(text.replace(LINK, "").replace(/\s+/g, " "))
    .replace(/\s+([,.;:])/g, "$1")
    .replace(/\(\s*\)/g, "");
}

export function hasLink(text: string): boolean {
  return new RegExp(LINK.source, "i").test(text);
}

/** The first of each run of entries that say the same thing, so a note never says it twice. */
function distinct<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item).toLowerCase().replace(/\s+/g, " ").trim();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Entries with their positions in the record (for provenance), repeats left out. */
function distinctEntries<T extends object>(items: T[]): [T, number][] {
  return distinct(
    items.map((item, i): [T, number] => [item, i]),
    ([item]) => JSON.stringify(Object.values(item)),
  );
}

/** Material the candidate promised, as a thing a sentence can name: "the caching programme sample". */
function determined(what: Fact): Fact {
  return what.text === "" ? what : { ...what, text: withDeterminer(what.text) };
}

/**
 * A skill written as an activity ("running usability tests") reads as "my experience running
 * usability tests", so it fits every phrasing that names what the candidate brings.
 */
function asExperience(fit: Fact): Fact {
  return startsWithGerund(fit.text) ? { ...fit, text: `my experience ${fit.text}` } : fit;
}

function rotate<T>(items: T[], by: number): T[] {
  if (items.length < 2) return items;
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** The values every phrasing may use, by placeholder name. */
export function baseFills(facts: NoteFacts): Record<string, Fact | undefined> {
  return {
    name: facts.greetingName ?? undefined,
    company: facts.company,
    position: facts.position,
    day: facts.interviewDay,
    interviewKind: facts.interviewKind,
    candidate: facts.candidate,
    first: facts.candidateFirstName,
    decisionDate: facts.decisionDate ?? undefined,
  };
}

/** The points a note to this reader may cite: their own first, then what everyone discussed. */
export function pointsFor(facts: NoteFacts): {
  main: Fact | null;
  second: Fact | null;
  shared: Fact | null;
} {
  const [own1, own2] = facts.ownPoints;
  const own = new Set(facts.ownPoints.map((p) => p.text.toLowerCase()));
  const [shared1, shared2] = facts.sharedPoints.filter((p) => !own.has(p.text.toLowerCase()));
  if (own1) return { main: own1, second: own2 ?? null, shared: shared1 ?? null };
  return { main: shared1 ?? null, second: null, shared: shared2 ?? null };
}
