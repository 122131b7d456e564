import type { InterviewDetails } from "../interview.js";
import type { MessageKind } from "../message.js";
import { adviceTaken, faultTaken } from "../language/feedback.js";
import { sharedWords } from "../language/relatedness.js";
import { countWords } from "../words.js";

type Entries = Pick<InterviewDetails, "interviewers" | "concerns" | "unanswered" | "promised">;

/** A concern, a question or promised material, by its place in the record. */
export interface AnswerRef {
  field: "concerns" | "unanswered" | "promised";
  index: number;
}

/** An answer longer than this is touched on in a thank-you only as the start of a fuller message. */
export const BRIEF_WORDS = 60;
/**
 * The answers one thank-you carries together. Two answers of a few sentences each still make a
 * note of about 150 words, which is what people write when they have something to put right.
 */
const BRIEF_WORDS_TOGETHER = 100;
/**
 * The words a fault the reader found takes in their thank-you, owned with what the candidate will
 * do about it ("You were right that the spacing was off. From now on, I'll space by eye."): the
 * answers it carries beside it have that much less room.
 */
const FEEDBACK_WORDS = 30;
/** More entries than this for one person make a separate message rather than a long thank-you. */
const MOST_IN_A_THANK_YOU = 2;

interface Entry extends AnswerRef {
  /** The interviewer it is for, by place on the panel; null when the record names nobody. */
  owner: number | null;
  /** The record names who raised it (rather than the main contact standing in). */
  claimed: boolean;
  /** True when the record holds what to say: a response, an answer; material always. */
  answered: boolean;
  words: number;
  /** Too much for a thank-you: a long answer, or one still to write. */
  long: boolean;
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
 * The interviewer an entry names, by place on the panel. Reading the record stored `raisedBy` as
 * the interviewer's name exactly as `interviewers` writes it, so no other reading is needed.
 */
function claimant(interview: Entries, raisedBy: string | null | undefined): number | null {
  if (!raisedBy) return null;
  const index = interview.interviewers.findIndex((person) => person.name === raisedBy);
  return index >= 0 ? index : null;
}

function entries(interview: Entries, thanked: readonly number[]): Entry[] {
  const entry = (
    field: AnswerRef["field"],
    index: number,
    text: string | null,
    raisedBy: string | null | undefined,
    attached = false,
  ): Entry => {
    const claimed = claimant(interview, raisedBy);
    const owner = claimed ?? primaryIndex(interview);
    const words = text === null ? 0 : countWords(text);
    return {
      field,
      index,
      owner,
      claimed: claimed !== null,
      answered: field === "promised" || text !== null,
      words,
      long:
        (field !== "promised" && text === null) ||
        words > BRIEF_WORDS ||
        // A file asked for after their thank-you went follows in a message of its own.
        (attached && owner !== null && thanked.includes(owner)),
    };
  };
  return [
    ...interview.concerns.map((c, i) => entry("concerns", i, c.response, c.raisedBy)),
    ...interview.unanswered.map((q, i) => entry("unanswered", i, q.answer, q.raisedBy)),
    // Material without a link is attached to the thank-you, as people send what they promised:
    // with their thanks, not in a second message the day after.
    ...interview.promised.map((p, i) => entry("promised", i, null, p.raisedBy, p.url === null)),
  ];
}

/**
 * What the thank-you to the interviewer at `index` answers itself: what is theirs (what they
 * raised, and for the main contact what nobody is named for) that a thank-you can carry briefly,
 * in the record's order, at most two entries and 100 words of answers together. A long answer and
 * an answer still to write are not for a thank-you; nor is anything when
 * their thank-you goes where an answer does not fit (a card or LinkedIn, for someone without an
 * e-mail address). With nobody named (null), the company's contact has no thank-you to carry it.
 */
function carriedByThankYou(
  interview: Entries,
  index: number | null,
  thanked: readonly number[],
): Entry[] {
  if (index === null || interview.interviewers[index]?.email == null) return [];
  const carried: Entry[] = [];
  const room = BRIEF_WORDS_TOGETHER - (takesFeedback(interview, index) ? FEEDBACK_WORDS : 0);
  let words = 0;
  for (const e of entries(interview, thanked)) {
    if (e.owner !== index || e.long || !e.answered) continue;
    if (carried.length === MOST_IN_A_THANK_YOU || words + e.words > room) continue;
    carried.push(e);
    words += e.words;
  }
  return carried;
}

/**
 * True when the notes of the reader at `index` hold feedback their thank-you takes up: a fault
 * found or advice given, other than about a concern or a question of the record, whose answer
 * says it.
 */
function takesFeedback(interview: Entries, index: number): boolean {
  // Reading feedback is the slow part of routing, and the planner asks again for every message.
  const known = FEEDBACK_READ.get(interview) ?? new Map<number, boolean>();
  FEEDBACK_READ.set(interview, known);
  const cached = known.get(index);
  if (cached !== undefined) return cached;
  const found = feedbackIn(interview, index);
  known.set(index, found);
  return found;
}

/** What `takesFeedback` found, per record and reader. */
const FEEDBACK_READ = new WeakMap<Entries, Map<number, boolean>>();

function feedbackIn(interview: Entries, index: number): boolean {
  const raised = [
    ...interview.concerns.map((c) => c.concern),
    ...interview.unanswered.map((q) => q.question),
  ];
  return (interview.interviewers[index]?.discussed ?? []).some(
    (point) =>
      (faultTaken(point) ?? adviceTaken(point)) !== null &&
      !raised.some((topic) => sharedWords(topic, point) >= 2),
  );
}

/** What is theirs that their thank-you cannot carry: the additional-information message's part. */
function leftForSeparateMessage(
  interview: Entries,
  index: number | null,
  thanked: readonly number[],
): Entry[] {
  const carried = carriedByThankYou(interview, index, thanked);
  return entries(interview, thanked).filter(
    (e) => e.owner === index && !carried.some((c) => c.field === e.field && c.index === e.index),
  );
}

/**
 * True when the interviewer at `index` gets a separate additional-information message: something
 * of theirs is more than their thank-you can carry. Each entry is answered once, to one person:
 * in their thank-you when it fits there, else in this message. The planner and the composer both
 * ask this.
 */
export function needsSeparateMessage(
  interview: Entries,
  index: number | null,
  thanked: readonly number[] = [],
): boolean {
  return leftForSeparateMessage(interview, index, thanked).length > 0;
}

/**
 * The additional-information messages the record calls for: to whom (place on the panel, or null
 * for the company) and every entry each carries, including those still to be answered, in the
 * order of the panel.
 */
export function separateMessages(
  interview: Entries,
  thanked: readonly number[] = [],
): { owner: number | null; refs: AnswerRef[] }[] {
  const all = entries(interview, thanked);
  const owners = [...new Set(all.map((e) => e.owner))].sort((a, b) => (a ?? -1) - (b ?? -1));
  return owners
    .filter((owner) => needsSeparateMessage(interview, owner, thanked))
    .map((owner) => ({
      owner,
      refs: leftForSeparateMessage(interview, owner, thanked).map(ref),
    }));
}

/**
 * What a message to the interviewer at `index` answers: in a thank-you, what of theirs it can
 * carry briefly; in an additional-information message, the rest of what is theirs (nothing, when
 * their thank-you answered it all), or, when nothing is theirs (a message the candidate chose to
 * send), what nobody in particular raised. Other kinds answer nothing.
 * Only entries the record holds an answer for; a reader not on the panel (null) gets what is
 * the company's. `thanked` holds the places on the panel whose thank-you has gone.
 */
export function answersFor(
  interview: Entries,
  index: number | null,
  kind: MessageKind,
  thanked: readonly number[] = [],
): AnswerRef[] {
  const all = entries(interview, thanked).filter((e) => e.answered);
  if (kind === "thank-you") return carriedByThankYou(interview, index, thanked).map(ref);
  if (kind !== "additional-info") return [];
  const own = all.filter((e) => e.owner === index);
  // A message the candidate chose to send someone with nothing of their own carries what nobody
  // in particular raised, never what the record says a colleague raised.
  if (own.length === 0) return all.filter((e) => !e.claimed).map(ref);
  // What their thank-you answered is not answered again.
  return leftForSeparateMessage(interview, index, thanked)
    .filter((e) => e.answered)
    .map(ref);
}

function ref(e: AnswerRef): AnswerRef {
  return { field: e.field, index: e.index };
}
