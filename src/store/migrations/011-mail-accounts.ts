import { sql, type Kysely } from "kysely";
import { bytes, onPostgres } from "./portable.js";
import { bindRows, ROW_OWNERS } from "./row-security.js";

/**
 * Each candidate's mail account kept in the store, for a database shared by many candidates:
 * its settings (servers, addresses, folders; never a secret), and its secrets (passwords, a
 * sign-in's tokens) each sealed under a key the database does not hold. On the candidate's own
 * machine the account stays in the data folder and these tables stay empty.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("mail_accounts")
    .addColumn("organisation_id", "integer", (c) => c.notNull())
    .addColumn("candidate_id", "integer", (c) => c.notNull())
    .addColumn("settings", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("mail_accounts_scope_key", ["organisation_id", "candidate_id"])
    .execute();
  await db.schema
    .createTable("mail_secrets")
    .addColumn("organisation_id", "integer", (c) => c.notNull())
    .addColumn("candidate_id", "integer", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("sealed", bytes(db), (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("mail_secrets_scope_key", ["organisation_id", "candidate_id", "name"])
    .execute();
  if (!onPostgres(db)) return;
  for (const table of ["mail_accounts", "mail_secrets"]) {
    await sql`alter table ${sql.table(table)}
      add foreign key (organisation_id) references organisations (id),
      add foreign key (candidate_id) references candidates (id)`.execute(db);
    await bindRows(db, table, ROW_OWNERS.candidate);
  }
}
