import { sql, type Kysely, type RawBuilder } from "kysely";

/** The organisation and candidate a transaction named, or null when it named none (no access). */
const ORGANISATION = sql`nullif(current_setting('afterword.organisation', true), '')::integer`;
const CANDIDATE = sql`nullif(current_setting('afterword.candidate', true), '')::integer`;

/** Who may see and change a row of each kind of table. */
export const ROW_OWNERS = {
  /** A table of a candidate's data: that candidate of that organisation alone. */
  candidate: sql`organisation_id = ${ORGANISATION} and candidate_id = ${CANDIDATE}`,
  organisation: sql`id = ${ORGANISATION}`,
  /** A table of an organisation's people (candidates, staff): that organisation. */
  member: sql`organisation_id = ${ORGANISATION}`,
} satisfies Record<string, RawBuilder<unknown>>;

/** Binds a table with PostgreSQL's row-level security: its rows go only to `owner`. */
export async function bindRows(
  db: Kysely<unknown>,
  table: string,
  owner: RawBuilder<unknown>,
): Promise<void> {
  // FORCE: the policies bind the tables' owner too, which is whom Afterword connects as.
  await sql`alter table ${sql.table(table)} enable row level security`.execute(db);
  await sql`alter table ${sql.table(table)} force row level security`.execute(db);
  await sql`create policy tenant_only on ${sql.table(table)} using (${owner}) with check (${owner})`.execute(
    db,
  );
}
