import { sql, type Kysely } from "kysely";
import { identity, onPostgres } from "./portable.js";
import { bindRows, ROW_OWNERS } from "./row-security.js";

/** Every table that holds a candidate's data. */
const CANDIDATE_TABLES = [
  "profile",
  "contacts",
  "interviews",
  "interview_participants",
  "history_events",
  "drafts",
  "dictionary_words",
  "outbox",
  "received_messages",
  "mail_folders",
  "bad_addresses",
];

/** Keys that were unique in the whole store and are now unique per candidate: [table, columns, PostgreSQL's name for the old one]. */
const KEYS: [string, string[], string][] = [
  // One profile per candidate (its id, SQLite's row id, cannot be part of a key SQLite upserts by).
  ["profile", [], "profile_pkey"],
  ["contacts", ["match_key"], "contacts_match_key_key"],
  ["drafts", ["plan_item_id"], "drafts_plan_item_id_key"],
  ["dictionary_words", ["word"], "dictionary_words_pkey"],
  ["outbox", ["message_id"], "outbox_message_id_key"],
  ["received_messages", ["message_key"], "received_messages_message_key_key"],
  ["mail_folders", ["folder"], "mail_folders_pkey"],
  ["bad_addresses", ["address"], "bad_addresses_pkey"],
];

/** Indexes that now lead with the tenant and the candidate: [old name, table, columns after the scope]. */
const INDEXES: [string, string, string[]][] = [
  ["interviews_start", "interviews", ["start_at"]],
  ["interviews_calendar_uid", "interviews", ["calendar_uid"]],
  ["interview_participants_contact", "interview_participants", ["contact_id"]],
  ["history_events_interview_at", "history_events", ["interview_id", "at"]],
  ["drafts_interview", "drafts", ["interview_id"]],
  ["outbox_interview", "outbox", ["interview_id"]],
  ["received_messages_interview", "received_messages", ["interview_id"]],
];

/**
 * Organisations (the tenants), their candidates and staff. Every row of a candidate's data carries
 * the organisation and the candidate; a store made before has one of each, and all its rows are
 * theirs. On PostgreSQL, row-level security lets a transaction see and change only the rows of
 * the organisation and candidate it names (`afterword.organisation`, `afterword.candidate`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = onPostgres(db);
  await db.schema
    .createTable("organisations")
    .addColumn("id", "integer", identity(db))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("candidates")
    .addColumn("id", "integer", identity(db))
    .addColumn("organisation_id", "integer", (c) => c.notNull().references("organisations.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("candidates_organisation")
    .on("candidates")
    .columns(["organisation_id", "id"])
    .execute();
  await db.schema
    .createTable("staff")
    .addColumn("id", "integer", identity(db))
    .addColumn("organisation_id", "integer", (c) => c.notNull().references("organisations.id"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("staff_organisation_email", ["organisation_id", "email"])
    .execute();

  // The one organisation and candidate of a store on the candidate's own machine: ids 1 and 1.
  const now = new Date().toISOString();
  await sql`insert into organisations (name, created_at) values ('Personal', ${now})`.execute(db);
  await sql`insert into candidates (organisation_id, name, created_at) values (1, 'Me', ${now})`.execute(
    db,
  );

  for (const table of CANDIDATE_TABLES) {
    for (const column of ["organisation_id", "candidate_id"]) {
      // Rows already there are the one candidate's; a new row always names its own.
      await db.schema
        .alterTable(table)
        .addColumn(column, "integer", (c) => c.notNull().defaultTo(1))
        .execute();
      if (postgres)
        await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} drop default`.execute(
          db,
        );
    }
    if (postgres) {
      await sql`alter table ${sql.table(table)}
        add foreign key (organisation_id) references organisations (id),
        add foreign key (candidate_id) references candidates (id)`.execute(db);
    }
  }

  for (const [table, columns, old] of KEYS) {
    await db.schema
      .createIndex(`${table}_scope_key`)
      .on(table)
      .columns(["organisation_id", "candidate_id", ...columns])
      .unique()
      .execute();
    // SQLite cannot drop a table's own key without rebuilding the table; holding one candidate,
    // its old whole-store keys say no more than the new ones.
    if (postgres)
      await sql`alter table ${sql.table(table)} drop constraint ${sql.id(old)}`.execute(db);
  }

  for (const [old, table, columns] of INDEXES) {
    await db.schema.dropIndex(old).execute();
    await db.schema
      .createIndex(`${old}_scoped`)
      .on(table)
      .columns(["organisation_id", "candidate_id", ...columns])
      .execute();
  }

  if (postgres) await enableRowLevelSecurity(db);
}

async function enableRowLevelSecurity(db: Kysely<unknown>): Promise<void> {
  for (const table of CANDIDATE_TABLES) await bindRows(db, table, ROW_OWNERS.candidate);
  await bindRows(db, "organisations", ROW_OWNERS.organisation);
  await bindRows(db, "candidates", ROW_OWNERS.member);
  await bindRows(db, "staff", ROW_OWNERS.member);
}
