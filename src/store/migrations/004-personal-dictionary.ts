import type { Kysely } from "kysely";

/** The candidate's personal dictionary: words the proofreader never flags. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("dictionary_words")
    .addColumn("word", "text", (c) => c.primaryKey())
    .addColumn("added_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("dictionary_words").execute();
}
