import { sql, type Kysely } from "kysely";
import { identity } from "./portable.js";

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("profile")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("document", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("contacts")
    .addColumn("id", "integer", identity(db))
    .addColumn("match_key", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("email", "text")
    .addColumn("company", "text", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("interviews")
    .addColumn("id", "integer", identity(db))
    .addColumn("company", "text", (c) => c.notNull())
    .addColumn("position", "text", (c) => c.notNull())
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("format", "text")
    .addColumn("location", "text")
    .addColumn("join_url", "text")
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("start_at", "text", (c) => c.notNull())
    .addColumn("end_at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull().defaultTo("scheduled"))
    .addColumn("details", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("interviews_start").on("interviews").column("start_at").execute();

  await db.schema
    .createTable("interview_participants")
    .addColumn("interview_id", "integer", (c) =>
      c.notNull().references("interviews.id").onDelete("cascade"),
    )
    .addColumn("contact_id", "integer", (c) => c.notNull().references("contacts.id"))
    .addColumn("ordinal", "integer", (c) => c.notNull())
    .addColumn("title", "text")
    .addColumn("discussed", "text", (c) => c.notNull().defaultTo(sql`'[]'`))
    .addColumn("notes", "text")
    .addPrimaryKeyConstraint("interview_participants_pk", ["interview_id", "contact_id"])
    .execute();
  await db.schema
    .createIndex("interview_participants_contact")
    .on("interview_participants")
    .column("contact_id")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("interview_participants").execute();
  await db.schema.dropTable("interviews").execute();
  await db.schema.dropTable("contacts").execute();
  await db.schema.dropTable("profile").execute();
}
