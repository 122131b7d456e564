import type { Kysely } from "kysely";
import type { Evidence } from "../core/reply/classify.js";
import type { MatchBy } from "../core/reply/match.js";
import type { DecisionKind } from "../core/reply/decision-kind.js";
import type { ReplyKind } from "../core/reply/reply-kind.js";
import type { Requested } from "../core/reply/requested.js";
import { fromJson, toJson } from "./json-column.js";
import { SCOPE_COLUMNS } from "./scope.js";
import type { Database, ReceivedMessageRow } from "./schema.js";

export interface ReceivedRecord {
  messageKey: string;
  messageId: string | null;
  source: "imap" | "file";
  folder: string | null;
  uid: number | null;
  from: { address: string; name: string } | null;
  subject: string;
  date: string | null;
  inReplyTo: string | null;
  kind: ReplyKind;
  evidence: Evidence[];
  interviewId: number | null;
  outboxId: number | null;
  answersMessageId: string | null;
  matchedBy: MatchBy | null;
  rejectionPhrase: string | null;
  bouncedAddress: string | null;
  bounceReason: string | null;
  suggestion: DecisionKind;
  suggestionReason: string;
  /** What a person's message asks for, when it reads as asking for something. */
  requested: Requested | null;
  /** The whole message, kept only when it carries a calendar invitation. */
  inviteSource: Buffer | null;
}

export type ReplyDecision = "accepted" | "dismissed";

export interface StoredReceived extends Omit<ReceivedRecord, "inviteSource"> {
  id: number;
  recordedAt: string;
  /** Whether the message carries a calendar invitation kept for import. */
  hasInvite: boolean;
  decision: ReplyDecision | null;
  decidedAs: DecisionKind | null;
  decidedAt: string | null;
}

/** Messages received that answer (or return) ours: one row per message, however often it is read. */
export class ReceivedMessageRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** Stores the message; null when it was already stored (by the sync or from a file). */
  async add(record: ReceivedRecord, now: string): Promise<StoredReceived | null> {
    const row = await this.db
      .insertInto("received_messages")
      .values({
        message_key: record.messageKey,
        message_id: record.messageId,
        source: record.source,
        folder: record.folder,
        uid: record.uid,
        from_address: record.from?.address ?? null,
        from_name: record.from?.name ?? null,
        subject: record.subject,
        date: record.date,
        in_reply_to: record.inReplyTo,
        kind: record.kind,
        evidence: toJson(record.evidence),
        interview_id: record.interviewId,
        outbox_id: record.outboxId,
        answers_message_id: record.answersMessageId,
        matched_by: record.matchedBy,
        rejection_phrase: record.rejectionPhrase,
        bounced_address: record.bouncedAddress,
        bounce_reason: record.bounceReason,
        recorded_at: now,
        suggestion: record.suggestion,
        suggestion_reason: record.suggestionReason,
        requested: record.requested ? toJson(record.requested) : null,
        invite_source: record.inviteSource,
      })
      .onConflict((oc) => oc.columns([...SCOPE_COLUMNS, "message_key"]).doNothing())
      .returningAll()
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  async findByKey(messageKey: string): Promise<StoredReceived | null> {
    const row = await this.db
      .selectFrom("received_messages")
      .selectAll()
      .where("message_key", "=", messageKey)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  async get(id: number): Promise<StoredReceived | null> {
    const row = await this.db
      .selectFrom("received_messages")
      .selectAll()
      .where("id", "=", id)
      .executeTakeFirst();
    return row ? fromRow(row) : null;
  }

  /** The calendar invitation a message carries, as the whole message. */
  async inviteSource(id: number): Promise<Buffer | null> {
    const row = await this.db
      .selectFrom("received_messages")
      .select("invite_source")
      .where("id", "=", id)
      .executeTakeFirst();
    return row?.invite_source ?? null;
  }

  /** Records the candidate's decision; false when the message was already decided. */
  async decide(
    id: number,
    decision: ReplyDecision,
    as: DecisionKind | null,
    now: string,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable("received_messages")
      .set({ decision, decided_as: as, decided_at: now })
      .where("id", "=", id)
      .where("decision", "is", null)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n;
  }

  /** Everything received, the newest first. */
  async list(): Promise<StoredReceived[]> {
    const rows = await this.db
      .selectFrom("received_messages")
      .selectAll()
      .orderBy("recorded_at", "desc")
      .orderBy("id", "desc")
      .execute();
    return rows.map(fromRow);
  }
}

function fromRow(row: ReceivedMessageRow): StoredReceived {
  return {
    id: row.id,
    messageKey: row.message_key,
    messageId: row.message_id,
    source: row.source as "imap" | "file",
    folder: row.folder,
    uid: row.uid,
    from: row.from_address ? { address: row.from_address, name: row.from_name ?? "" } : null,
    subject: row.subject,
    date: row.date,
    inReplyTo: row.in_reply_to,
    kind: row.kind as ReplyKind,
    evidence: fromJson<Evidence[]>(row.evidence),
    interviewId: row.interview_id,
    outboxId: row.outbox_id,
    answersMessageId: row.answers_message_id,
    matchedBy: row.matched_by as MatchBy | null,
    rejectionPhrase: row.rejection_phrase,
    bouncedAddress: row.bounced_address,
    bounceReason: row.bounce_reason,
    recordedAt: row.recorded_at,
    suggestion: (row.suggestion ?? legacySuggestion(row)) as DecisionKind,
    suggestionReason: row.suggestion_reason ?? "",
    requested: row.requested ? fromJson<Requested>(row.requested) : null,
    hasInvite: row.invite_source !== null,
    decision: row.decision as ReplyDecision | null,
    decidedAs: row.decided_as as DecisionKind | null,
    decidedAt: row.decided_at,
  };
}

/** Messages recorded before suggestions existed: what their kind and rejection phrase said. */
function legacySuggestion(row: ReceivedMessageRow): DecisionKind {
  if (row.kind === "bounce" || row.kind === "auto-reply") return row.kind;
  return row.rejection_phrase ? "rejection" : "reply";
}
