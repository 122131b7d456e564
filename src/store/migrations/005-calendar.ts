import { sql, type Kysely } from "kysely";

/**
 * What an interview imported from a calendar invite needs: the invite's identity (UID, SEQUENCE,
 * DTSTAMP, and for a repeating invite the occurrence chosen) so a later version updates or
 * cancels it, the invite's own words, and whether the candidate still has to name the company
 * or position.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("interviews").addColumn("calendar_uid", "text").execute();
  await db.schema.alterTable("interviews").addColumn("calendar_sequence", "integer").execute();
  await db.schema.alterTable("interviews").addColumn("calendar_stamp", "text").execute();
  await db.schema.alterTable("interviews").addColumn("calendar_occurrence", "text").execute();
  await db.schema.alterTable("interviews").addColumn("invite_summary", "text").execute();
  await db.schema.alterTable("interviews").addColumn("invite_description", "text").execute();
  await db.schema
    .alterTable("interviews")
    .addColumn("needs_details", "integer", (c) => c.notNull().defaultTo(sql`0`))
    .execute();
  await db.schema
    .createIndex("interviews_calendar_uid")
    .on("interviews")
    .column("calendar_uid")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("interviews_calendar_uid").execute();
  for (const column of [
    "needs_details",
    "invite_description",
    "invite_summary",
    "calendar_occurrence",
    "calendar_stamp",
    "calendar_sequence",
    "calendar_uid",
  ]) {
    await db.schema.alterTable("interviews").dropColumn(column).execute();
  }
}
