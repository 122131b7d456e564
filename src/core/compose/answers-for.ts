import type { Interview } from "../interview.js";
import type { MessageKind } from "../message.js";
import { writtenAlike } from "../written-name.js";
import { wordCount } from "./grammar/word-count.js";

/** A concern, a question or promised material, by its place in the record. */
export interface AnswerRef {
  field: "concerns" | "unanswered" | "promised";
  index: number;
}

/** An answer longer than this is touched on in a thank-you only as the start of a fuller message. */
export const BRIEF_WORDS = 45;
/** More entries than this for one person make a separate message rather than a long thank-you. */
const MOST_IN_A_THANK_YOU = 2;

/**
 * Whose an entry is: the interviewer its `raisedBy` names, else the one the record's single
 * messages go to (the first with an e-mail address, else the first), so that an answer nobody
 * claimed goes to one person, not to the whole panel.
 */
export function ownerOf(interview: Interview, raisedBy: string | null | undefined): number | null {
  const people = interview.interviewers;
  if (raisedBy?.trim()) {
    const index = people.findIndex((p) => writtenAlike(p.name, raisedBy));
    if (index >= 0) return index;
  }
  return primaryIndex(interview);
}

/** The interviewer single messages go to: the first with an e-mail address, else the first. */
export function primaryIndex(interview: Interview): number | null {
  const people = interview.interviewers;
  if (people.length === 0) return null;
  const withEmail = people.findIndex((p) => p.email !== null);
  return withEmail >= 0 ? withEmail : 0;
}

interface Entry extends AnswerRef {
  owner: number | null;
  /** Words of the answer a thank-you would carry. */
  words: number;
  /** Too much for a thank-you: a long answer, or material to attach. */
  long: boolean;
}

/** Every entry with something to say, with its owner. */
function entries(interview: Interview): Entry[] {
  const answer = (
    field: AnswerRef["field"],
    index: number,
    text: string,
    raisedBy: string | null | undefined,
  ): Entry => ({
    field,
    index,
    owner: ownerOf(interview, raisedBy),
    words: wordCount(text),
    long: wordCount(text) > BRIEF_WORDS,
  });
  return [
    ...interview.concerns.flatMap((c, i) =>
      c.response ? [answer("concerns", i, c.response, c.raisedBy)] : [],
    ),
    ...interview.unanswered.flatMap((q, i) =>
      q.answer ? [answer("unanswered", i, q.answer, q.raisedBy)] : [],
    ),
    ...interview.promised.map((p, index) => ({
      field: "promised" as const,
      index,
      owner: ownerOf(interview, p.raisedBy),
      words: 0,
      // Material without a link is attached, which a thank-you does not do.
      long: p.url === null,
    })),
  ];
}

/**
 * True when the interviewer at `index` gets a separate additional-information message: what
 * they raised runs longer than a thank-you can carry (answers of more than 45 words together,
 * material to attach, or more than two entries), or their thank-you goes where an answer does
 * not fit (a card or LinkedIn, for a reader without an e-mail address). Otherwise their
 * thank-you answers it briefly. The planner and the composer both ask this, so an answer is
 * given once.
 */
export function needsSeparateMessage(interview: Interview, index: number): boolean {
  const own = entries(interview).filter((e) => e.owner === index);
  if (own.length === 0) return false;
  const words = own.reduce((sum, e) => sum + e.words, 0);
  return (
    interview.interviewers[index]?.email == null ||
    own.some((e) => e.long) ||
    words > BRIEF_WORDS ||
    own.length > MOST_IN_A_THANK_YOU
  );
}

/**
 * What a message to the interviewer at `index` answers: in a thank-you, what they raised, when
 * no separate message is planned for them; in an additional-information message, what they
 * raised when it is planned (nothing, when their thank-you answered it), or everything when
 * they raised nothing (a message the candidate chose to send). Other kinds answer nothing.
 */
export function answersFor(
  interview: Interview,
  index: number | null,
  kind: MessageKind,
): AnswerRef[] {
  const all = entries(interview);
  if (kind === "thank-you") {
    if (index === null || needsSeparateMessage(interview, index)) return [];
    return all.filter((e) => e.owner === index).map(ref);
  }
  if (kind !== "additional-info") return [];
  if (index !== null && all.some((e) => e.owner === index)) {
    // What their thank-you answered is not answered again.
    return needsSeparateMessage(interview, index)
      ? all.filter((e) => e.owner === index).map(ref)
      : [];
  }
  return all.map(ref);
}

function ref(e: AnswerRef): AnswerRef {
  return { field: e.field, index: e.index };
}
