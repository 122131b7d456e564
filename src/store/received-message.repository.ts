import type { Kysely } from "kysely";
import type { Evidence } from "../core/reply/classify.js";
import type { MatchBy } from "../core/reply/match.js";
import type { ReplyKind } from "../core/reply/reply-kind.js";
import { fromJson, toJson } from "./json-column.js";
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
}

export interface StoredReceived extends ReceivedRecord {
  id: number;
  recordedAt: string;
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
      })
      .onConflict((oc) => oc.column("message_key").doNothing())
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
  };
}
