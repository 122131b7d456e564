import type { Kysely } from "kysely";
import { identity } from "./portable.js";

/** The outbox, what was received, how far each folder was read, and addresses that bounced. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("outbox")
    .addColumn("id", "integer", identity(db))
    .addColumn("message_id", "text", (c) => c.notNull().unique())
    .addColumn("interview_id", "integer", (c) => c.references("interviews.id").onDelete("set null"))
    .addColumn("draft_id", "integer")
    .addColumn("kind", "text")
    .addColumn("from_name", "text")
    .addColumn("from_address", "text", (c) => c.notNull())
    .addColumn("recipients", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("in_reply_to", "text")
    .addColumn("references", "text", (c) => c.notNull())
    .addColumn("raw", "text")
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("next_attempt_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("maybe_sent", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("lease_owner", "text")
    .addColumn("lease_until", "text")
    .addColumn("last_problem", "text")
    .addColumn("server_response", "text")
    .addColumn("queued_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .addColumn("filed_at", "text")
    .addColumn("finished_at", "text")
    .addColumn("note", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("outbox_claimable")
    .on("outbox")
    .columns(["state", "next_attempt_at"])
    .execute();
  await db.schema.createIndex("outbox_interview").on("outbox").column("interview_id").execute();

  await db.schema
    .createTable("received_messages")
    .addColumn("id", "integer", identity(db))
    .addColumn("message_key", "text", (c) => c.notNull().unique())
    .addColumn("message_id", "text")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("folder", "text")
    .addColumn("uid", "bigint")
    .addColumn("from_address", "text")
    .addColumn("from_name", "text")
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("date", "text")
    .addColumn("in_reply_to", "text")
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("evidence", "text", (c) => c.notNull())
    .addColumn("interview_id", "integer", (c) => c.references("interviews.id").onDelete("set null"))
    .addColumn("outbox_id", "integer", (c) => c.references("outbox.id").onDelete("set null"))
    .addColumn("answers_message_id", "text")
    .addColumn("matched_by", "text")
    .addColumn("rejection_phrase", "text")
    .addColumn("bounced_address", "text")
    .addColumn("bounce_reason", "text")
    .addColumn("recorded_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("received_messages_interview")
    .on("received_messages")
    .column("interview_id")
    .execute();

  await db.schema
    .createTable("mail_folders")
    .addColumn("folder", "text", (c) => c.primaryKey())
    .addColumn("uid_validity", "text", (c) => c.notNull())
    .addColumn("last_uid", "bigint", (c) => c.notNull())
    .addColumn("synced_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("bad_addresses")
    .addColumn("address", "text", (c) => c.primaryKey())
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("received_message_id", "integer", (c) =>
      c.references("received_messages.id").onDelete("set null"),
    )
    .addColumn("marked_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("bad_addresses").execute();
  await db.schema.dropTable("mail_folders").execute();
  await db.schema.dropTable("received_messages").execute();
  await db.schema.dropTable("outbox").execute();
}
