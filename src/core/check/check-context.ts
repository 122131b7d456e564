import type { InterviewDetails } from "../interview.js";
import type { Channel, MessageKind } from "../message.js";
import type { HistoryEvent } from "../plan/history.js";
import type { Profile } from "../record/profile.js";

/** The person a message goes to. */
export interface CheckRecipient {
  name: string;
  email?: string | null;
}

/**
 * The parts of the profile the proofreader reads: the name a note is signed with, words it must
 * accept, the English it is written in (the variety, else the time zone's guess), the LinkedIn
 * account, whose connection notes are 200 characters on a free one, and the working hours the
 * planner counts a follow-up's days in.
 */
export type CandidateProfile = Pick<Profile, "name"> &
  Partial<
    Pick<
      Profile,
      | "email"
      | "phone"
      | "linkedin"
      | "signature"
      | "english"
      | "timeZone"
      | "linkedinAccount"
      | "workingHours"
    >
  >;

/** Names that belong to the candidate's other applications: seeing one here is a copy-paste slip. */
export interface KnownElsewhere {
  companies: string[];
  people: string[];
  positions: string[];
}

/** Another note written to the same company, for the panel near-copy check. */
export interface SiblingNote {
  /** Who that note goes to. */
  to: string;
  text: string;
}

/**
 * Everything the context rules read besides the text itself. Only `now` is required: each rule
 * that lacks what it needs (an interview, a recipient, the history) stays quiet.
 */
export interface CheckContext {
  kind: MessageKind;
  channel: Channel;
  interview: InterviewDetails | null;
  recipient: CheckRecipient | null;
  profile: CandidateProfile | null;
  elsewhere: KnownElsewhere;
  /** What has happened in this application so far: messages sent, replies, outcome. */
  history: HistoryEvent[];
  siblings: SiblingNote[];
  /** The candidate's personal dictionary: words never flagged as misspelled. */
  words: string[];
  /** ISO 8601 instant the message would be sent at. */
  now: string;
}

export type CheckContextInput = Partial<CheckContext> & Pick<CheckContext, "now">;

/** A full context from what the caller knows: a thank-you e-mail unless told otherwise. */
export function checkContext(input: CheckContextInput): CheckContext {
  return {
    kind: "thank-you",
    channel: "email",
    interview: null,
    recipient: null,
    profile: null,
    history: [],
    siblings: [],
    words: [],
    ...input,
    elsewhere: {
      companies: input.elsewhere?.companies ?? [],
      people: input.elsewhere?.people ?? [],
      positions: input.elsewhere?.positions ?? [],
    },
  };
}
