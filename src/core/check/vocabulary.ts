import type { InterviewDetails } from "../interview.js";
import type { CheckContext } from "./check-context.js";
import type { Span } from "./finding.js";
import { perContext } from "./memo.js";
import { distinctiveCompanyWords, foldWord, namesPattern, unique, wordList } from "./names.js";

/**
 * The candidate's own words: names, companies, titles and terms from the record, the profile and
 * the personal dictionary. No rule flags them, possessives included.
 */
export interface Vocabulary {
  /** Multi-word and single-word terms as written ("Northbridge Analytics", "Kafka"). */
  terms: string[];
  /** Every word of every term, folded (lower case, no possessive). */
  words: Set<string>;
}

export const vocabularyOf = perContext((context: CheckContext): Vocabulary => {
  const terms = unique(
    [
      ...(context.interview ? interviewTerms(context.interview) : []),
      ...(context.interview ? distinctiveCompanyWords(context.interview.company) : []),
      ...(context.recipient ? [context.recipient.name] : []),
      ...(context.profile
        ? [context.profile.name, context.profile.signature ?? "", context.profile.email ?? ""]
        : []),
      ...context.elsewhere.companies,
      ...context.elsewhere.people,
      ...context.elsewhere.positions,
      ...context.words,
    ]
      .map((term) => term.trim())
      .filter((term) => term !== ""),
  );
  return { terms, words: new Set(terms.flatMap(wordList).map(foldWord)) };
});

/** The vocabulary of this interview, the recipient and the profile only: not other applications'. */
export const ownVocabularyOf = perContext((context: CheckContext): Vocabulary =>
  vocabularyOf({ ...context, elsewhere: { companies: [], people: [], positions: [] }, words: [] }),
);

/** The names and terms an interview record holds. Private notes count: they are the candidate's words. */
export function interviewTerms(interview: InterviewDetails): string[] {
  return [
    interview.company,
    interview.position,
    interview.location ?? "",
    ...interview.interviewers.flatMap((person) => [
      person.name,
      person.title ?? "",
      ...person.discussed,
      person.notes ?? "",
    ]),
    ...interview.discussed,
    ...interview.impressed,
    ...interview.fit,
    ...interview.concerns.flatMap((item) => [item.concern, item.response ?? ""]),
    ...interview.unanswered.flatMap((item) => [item.question, item.answer ?? ""]),
    ...interview.promised.map((item) => item.what),
    interview.nextSteps ?? "",
  ];
}

/** True when the word, possessive or not, is one of the candidate's own. */
export function isOwnWord(vocabulary: Vocabulary, word: string): boolean {
  return vocabulary.words.has(foldWord(word));
}

/**
 * Where the names in the vocabulary (capitalised terms of up to five words) occur in the text:
 * "ASAP" inside "ASAP Logistics" is a name there, not a demand.
 */
export function namedSpans(text: string, vocabulary: Vocabulary): Span[] {
  const pattern = namePattern(vocabulary);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** One pattern for every name of the vocabulary, longest first so "ASAP Logistics" wins over "ASAP". */
const namePattern = perContext((vocabulary: Vocabulary): RegExp | null => {
  const names = vocabulary.terms
    .filter((term) => /^\p{Lu}/u.test(term) && term.split(/\s+/).length <= 5)
    .sort((a, b) => b.length - a.length);
  if (names.length === 0) return null;
  return namesPattern(names);
});
