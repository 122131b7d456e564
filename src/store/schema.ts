import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** The tables as Kysely sees them. Instants are ISO 8601 UTC text; lists and documents are JSON text. */
export interface Database {
  organisations: OrganisationTable;
  candidates: CandidateTable;
  staff: StaffTable;
  profile: ProfileTable;
  contacts: ContactTable;
  interviews: InterviewTable;
  interview_participants: ParticipantTable;
  history_events: HistoryEventTable;
  outbox: OutboxTable;
  received_messages: ReceivedMessageTable;
  mail_folders: MailFolderTable;
  bad_addresses: BadAddressTable;
  dictionary_words: DictionaryWordTable;
  drafts: DraftTable;
  mail_accounts: MailAccountTable;
  mail_secrets: MailSecretTable;
}

/**
 * Whose row it is: the tenant and the candidate. Stamped on insert and matched on every query by
 * the store's scope (`scope.ts`), never set or changed by a repository.
 */
type ScopeColumn = ColumnType<number, number | undefined, never>;

/** A career centre or firm running Afterword for its candidates: the tenant. */
export interface OrganisationTable {
  id: Generated<number>;
  name: string;
  created_at: string;
}

/** A job seeker; each of their rows elsewhere carries their id and their organisation's. */
export interface CandidateTable {
  id: Generated<number>;
  organisation_id: number;
  name: string;
  created_at: string;
}

/** The organisation's own people, who look after its candidates. */
export interface StaffTable {
  id: Generated<number>;
  organisation_id: number;
  email: string;
  name: string;
  created_at: string;
}

export interface ProfileTable {
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
  id: number;
  document: string;
  updated_at: string;
}

export interface ContactTable {
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
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
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
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
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
  interview_id: number;
  contact_id: number;
  ordinal: number;
  title: string | null;
  discussed: string;
  notes: string | null;
}

export interface HistoryEventTable {
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
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
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
  word: string;
  added_at: string;
}

export interface DraftTable {
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
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
  /** The proofreader's findings (JSON), offsets into `Subject: …` + blank line + body. */
  findings: Generated<string>;
  checked_at: string | null;
}

export type ContactRow = Selectable<ContactTable>;
export type NewContact = Insertable<ContactTable>;
export type InterviewRow = Selectable<InterviewTable>;
export type NewInterview = Insertable<InterviewTable>;
export type InterviewUpdate = Updateable<InterviewTable>;
export type HistoryEventRow = Selectable<HistoryEventTable>;

export interface OutboxTable {
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
  id: Generated<number>;
  /** Fixed when the message is queued: how the Sent folder and replies find it again. */
  message_id: string;
  interview_id: number | null;
  draft_id: number | null;
  kind: string | null;
  from_name: string | null;
  from_address: string;
  /** [{ name, email }] */
  recipients: string;
  subject: string;
  body: string;
  in_reply_to: string | null;
  /** Message-IDs, JSON. */
  references: string;
  /** The message's bytes, built on the first try and reused by every later one. */
  raw: string | null;
  /** queued, sending, sent, failed, cancelled. */
  state: string;
  due_at: string;
  next_attempt_at: string;
  attempts: Generated<number>;
  /** 1 while a try may have reached the server without its answer being recorded. */
  maybe_sent: Generated<number>;
  lease_owner: string | null;
  lease_until: string | null;
  /** The last problem in words. */
  last_problem: string | null;
  /** The server's last words about this message. */
  server_response: string | null;
  queued_at: string;
  sent_at: string | null;
  /** When the copy in the Sent folder was checked or made. */
  filed_at: string | null;
  finished_at: string | null;
  /** Why it was cancelled or failed, or what became of it later (a bounce). */
  note: string | null;
  updated_at: string;
}

export interface ReceivedMessageTable {
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
  id: Generated<number>;
  /** The Message-ID, or a digest of the message when it has none: one row per message. */
  message_key: string;
  message_id: string | null;
  /** imap or file. */
  source: string;
  folder: string | null;
  uid: number | null;
  from_address: string | null;
  from_name: string | null;
  subject: string;
  date: string | null;
  in_reply_to: string | null;
  /** human, auto-reply or bounce. */
  kind: string;
  /** [{ rule, detail }] */
  evidence: string;
  interview_id: number | null;
  outbox_id: number | null;
  answers_message_id: string | null;
  /** thread, returned, sender or domain. */
  matched_by: string | null;
  rejection_phrase: string | null;
  bounced_address: string | null;
  bounce_reason: string | null;
  recorded_at: string;
  /** The decision kind Afterword suggests (invitation, rejection, offer, request, reply, …). */
  suggestion: string | null;
  suggestion_reason: string | null;
  /** What a person's message asks for, as JSON: { type: material, what } or { type: question, question }. */
  requested: string | null;
  /** accepted or dismissed; null while the message waits for the candidate. */
  decision: string | null;
  /** The kind the candidate accepted it as. */
  decided_as: string | null;
  decided_at: string | null;
  /** The whole message, kept only when it carries a calendar invitation. */
  invite_source: Buffer | null;
}

export interface MailFolderTable {
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
  folder: string;
  uid_validity: string;
  last_uid: number;
  synced_at: string;
}

export interface BadAddressTable {
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
  address: string;
  reason: string;
  received_message_id: number | null;
  marked_at: string;
}

/** A candidate's mail account kept in the store (on a shared database). */
export interface MailAccountTable {
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
  /** The account's settings as JSON; each password is only the name of a sealed secret. */
  settings: string;
  updated_at: string;
}

/** A password or a sign-in's tokens, sealed (AES-256-GCM) under a key kept outside the database. */
export interface MailSecretTable {
  organisation_id: ScopeColumn;
  candidate_id: ScopeColumn;
  name: string;
  sealed: Buffer;
  updated_at: string;
}

export type OutboxRow = Selectable<OutboxTable>;
export type NewOutboxRow = Insertable<OutboxTable>;
export type ReceivedMessageRow = Selectable<ReceivedMessageTable>;
export type NewReceivedMessage = Insertable<ReceivedMessageTable>;
export type DraftRow = Selectable<DraftTable>;
