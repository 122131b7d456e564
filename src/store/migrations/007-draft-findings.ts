import { sql, type Kysely } from "kysely";

/** Each draft carries the proofreader's findings, as of when it was last checked. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("drafts")
    .addColumn("findings", "text", (c) => c.notNull().defaultTo(sql`'[]'`))
    .execute();
  await db.schema.alterTable("drafts").addColumn("checked_at", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("drafts").dropColumn("checked_at").execute();
  await db.schema.alterTable("drafts").dropColumn("findings").execute();
}
