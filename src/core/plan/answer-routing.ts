import type { InterviewDetails } from "../interview.js";
import { foldName } from "./names.js";

type Entries = Pick<InterviewDetails, "interviewers" | "concerns" | "unanswered" | "promised">;

/** Entries of the record's `concerns`, `unanswered` and `promised`, by their place in each list. */
export interface RoutedAnswers {
  concerns: number[];
  unanswered: number[];
  promised: number[];
}

/**
 * Who single messages (follow-ups, check-ins, the answers nobody in particular asked for) go to:
 * the first interviewer with an e-mail address, else the first; null when nobody is named.
 */
export function primaryIndex(interview: Pick<InterviewDetails, "interviewers">): number | null {
  const people = interview.interviewers;
  if (people.length === 0) return null;
  const withAddress = people.findIndex((person) => person.email !== null);
  return withAddress >= 0 ? withAddress : 0;
}

/**
 * The additional-information messages the record calls for, by the interviewer each goes to
 * (their place on the panel; null for the company, when the record names nobody), in the order
 * of the panel. An entry goes to whoever raised it, and once: entries nobody is named for go to
 * the primary contact, together with what that person raised themselves.
 */
export function answerRouting(interview: Entries): Map<number | null, RoutedAnswers> {
  const primary = primaryIndex(interview);
  const routes = new Map<number | null, RoutedAnswers>();
  const add = (list: keyof RoutedAnswers, raisedBy: string | null | undefined, index: number) => {
    const owner = ownerOf(interview, raisedBy) ?? primary;
    let answers = routes.get(owner);
    if (!answers) {
      answers = { concerns: [], unanswered: [], promised: [] };
      routes.set(owner, answers);
    }
    answers[list].push(index);
  };
  interview.concerns.forEach((entry, i) => add("concerns", entry.raisedBy, i));
  interview.unanswered.forEach((entry, i) => add("unanswered", entry.raisedBy, i));
  interview.promised.forEach((entry, i) => add("promised", entry.raisedBy, i));
  const order = (key: number | null) => key ?? -1;
  return new Map([...routes].sort(([a], [b]) => order(a) - order(b)));
}

/**
 * The entries a message to the interviewer at `readerIndex` answers: what they raised, and for
 * the primary contact also what nobody is named for. Nothing for someone who is not on the panel
 * (null), unless the record names nobody at all: then the company's contact gets everything.
 */
export function answersFor(interview: Entries, readerIndex: number | null): RoutedAnswers {
  const routes = answerRouting(interview);
  const none = { concerns: [], unanswered: [], promised: [] };
  if (interview.interviewers.length === 0) return routes.get(null) ?? none;
  return readerIndex === null ? none : (routes.get(readerIndex) ?? none);
}

/** The interviewer an entry names, by their place on the panel, or null. */
function ownerOf(interview: Entries, raisedBy: string | null | undefined): number | null {
  if (!raisedBy) return null;
  const people = interview.interviewers;
  const exact = people.findIndex((person) => person.name === raisedBy);
  if (exact >= 0) return exact;
  const folded = people.findIndex((person) => foldName(person.name) === foldName(raisedBy));
  return folded >= 0 ? folded : null;
}
