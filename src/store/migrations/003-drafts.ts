import { sql, type Kysely } from "kysely";
import { identity } from "./portable.js";

/** Drafts of planned messages: what the composer wrote, and what the candidate made of it. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("drafts")
    .addColumn("id", "integer", identity(db))
    .addColumn("plan_item_id", "text", (c) => c.notNull().unique())
    .addColumn("interview_id", "integer", (c) =>
      c.notNull().references("interviews.id").onDelete("cascade"),
    )
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("recipient_name", "text", (c) => c.notNull())
    .addColumn("recipient_email", "text")
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("reason", "text")
    .addColumn("subject", "text")
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("provenance", "text", (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn("notices", "text", (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn("generated_subject", "text")
    .addColumn("generated_body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("edited_at", "text")
    .execute();
  await db.schema.createIndex("drafts_interview").on("drafts").column("interview_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("drafts").execute();
}
