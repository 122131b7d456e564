import type { Generated, Insertable, Selectable, Updateable } from "kysely";

/** The tables as Kysely sees them. Instants are ISO 8601 UTC text; lists and documents are JSON text. */
export interface Database {
  profile: ProfileTable;
  contacts: ContactTable;
  interviews: InterviewTable;
  interview_participants: ParticipantTable;
  drafts: DraftTable;
  history_events: HistoryEventTable;
  dictionary_words: DictionaryWordTable;
}

export interface ProfileTable {
  id: number;
  document: string;
  updated_at: string;
}

export interface ContactTable {
  id: Generated<number>;
  /** `email:<address>` or `name:<name>|<company>`, lower-cased: how one person is recognised again. */
  match_key: string;
  name: string;
  email: string | null;
  company: string;
  title: string | null;
  created_at: string;
  updated_at: string;
}

export interface InterviewTable {
  id: Generated<number>;
  company: string;
  position: string;
  stage: string;
  format: string | null;
  location: string | null;
  join_url: string | null;
  time_zone: string;
  start_at: string;
  end_at: string;
  status: string;
  /** discussed, impressed, fit, concerns, unanswered, promised, nextSteps, decisionBy. */
  details: string;
  source: string;
  created_at: string;
  updated_at: string;
  /** Calendar invites: the UID (or `generated:…`), SEQUENCE and DTSTAMP of the version applied. */
  calendar_uid: string | null;
  calendar_sequence: number | null;
  calendar_stamp: string | null;
  /** For a repeating invite, the original start (UTC) of the occurrence this interview is. */
  calendar_occurrence: string | null;
  invite_summary: string | null;
  invite_description: string | null;
  /** 1 while the company or position is unknown. */
  needs_details: Generated<number>;
}

export interface ParticipantTable {
  interview_id: number;
  contact_id: number;
  ordinal: number;
  title: string | null;
  discussed: string;
  notes: string | null;
}

export interface DraftTable {
  id: Generated<number>;
  /** The planned message the draft is for, e.g. "3.thank-you.email.dana-whitfield". */
  plan_item_id: string;
  interview_id: number;
  kind: string;
  channel: string;
  recipient_name: string;
  recipient_email: string | null;
  sequence: number;
  /** The candidate's reason to write, kept so a re-draft says the same. */
  reason: string | null;
  subject: string | null;
  body: string;
  /** JSON: where each sentence of the body came from. */
  provenance: string;
  /** JSON: what the candidate should know before sending. */
  notices: string;
  /** What the composer last wrote: a draft whose text differs has been edited. */
  generated_subject: string | null;
  generated_body: string;
  created_at: string;
  updated_at: string;
  edited_at: string | null;
}

export interface HistoryEventTable {
  id: Generated<number>;
  interview_id: number;
  /** sent | reply | outcome | snooze. */
  type: string;
  /** The event's other fields, as JSON text. */
  payload: string;
  /** When it happened, ISO 8601 UTC: the order the planner reads events in. */
  at: string;
  created_at: string;
}

/** The candidate's personal dictionary: words the proofreader never flags. */
export interface DictionaryWordTable {
  word: string;
  added_at: string;
}

export type ContactRow = Selectable<ContactTable>;
export type NewContact = Insertable<ContactTable>;
export type InterviewRow = Selectable<InterviewTable>;
export type NewInterview = Insertable<InterviewTable>;
export type InterviewUpdate = Updateable<InterviewTable>;
export type DraftRow = Selectable<DraftTable>;
export type HistoryEventRow = Selectable<HistoryEventTable>;
