import type { Kysely } from "kysely";
import { identity } from "./portable.js";

/** What has happened since each interview: messages sent, replies, outcomes, snoozes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("history_events")
    .addColumn("id", "integer", identity(db))
    .addColumn("interview_id", "integer", (c) =>
      c.notNull().references("interviews.id").onDelete("cascade"),
    )
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("history_events_interview_at")
    .on("history_events")
    .columns(["interview_id", "at"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("history_events").execute();
}
