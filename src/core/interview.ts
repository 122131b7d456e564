/** An interview as the rest of Afterword sees it: every time resolved, every default applied. */
export const STAGES = ["screen", "phone", "technical", "onsite", "final", "other"] as const;
export type Stage = (typeof STAGES)[number];

export const FORMATS = ["phone", "video", "onsite"] as const;
export type Format = (typeof FORMATS)[number];

export const INTERVIEW_STATUSES = ["scheduled", "cancelled"] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

export interface Interviewer {
  name: string;
  title: string | null;
  email: string | null;
  /** Noun phrases that read after "our conversation about …". */
  discussed: string[];
  /** The candidate's private notes; never quoted in a message. */
  notes: string | null;
}

/** The interviewer an entry belongs to: their name as written in the record's `interviewers`. */
export interface RaisedBy {
  raisedBy?: string | null;
}

export interface Concern extends RaisedBy {
  concern: string;
  response: string | null;
}

export interface UnansweredQuestion extends RaisedBy {
  question: string;
  answer: string | null;
}

export interface PromisedMaterial extends RaisedBy {
  what: string;
  url: string | null;
}

export interface InterviewDetails {
  company: string;
  position: string;
  stage: Stage;
  format: Format | null;
  location: string | null;
  joinUrl: string | null;
  timeZone: string;
  /** ISO 8601 instants carrying the interview zone's offset. */
  start: string;
  end: string;
  interviewers: Interviewer[];
  discussed: string[];
  impressed: string[];
  fit: string[];
  concerns: Concern[];
  unanswered: UnansweredQuestion[];
  promised: PromisedMaterial[];
  nextSteps: string | null;
  /** A calendar date, YYYY-MM-DD. */
  decisionBy: string | null;
}

/** Where an interview imported from a calendar invite came from, so later versions can update it. */
export interface InviteOrigin {
  /** The invite's UID, or `generated:…` for an invite that carried none. */
  uid: string;
  sequence: number;
  /** The original start of the chosen occurrence when the invite repeats (ISO 8601 instant). */
  occurrence: string | null;
  summary: string | null;
  /** The invite's description as plain text. */
  description: string | null;
}

export interface Interview extends InterviewDetails {
  id: number;
  status: InterviewStatus;
  /**
   * True while the company, the position or every interviewer is unknown, as with an invite that
   * did not name them: `afterword details` fills them in.
   */
  needsDetails: boolean;
  /** Present when the interview was imported from a calendar invite. */
  invite?: InviteOrigin;
}
