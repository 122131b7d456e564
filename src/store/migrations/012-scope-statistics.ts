import { sql, type Kysely } from "kysely";
import { onPostgres } from "./portable.js";

/**
 * Tells PostgreSQL's planner that a candidate belongs to one organisation. Taking the two columns
 * for independent, it expects a candidate to have the share of one organisation times the share of
 * one candidate of each table's rows: a fraction of a row, whatever the candidate holds, so it plans
 * a candidate's reads for one row (a probe of another table's index per row found, or a scan of all
 * the candidate's rows of one table for each row of the other). Knowing the dependency, it expects
 * their real number and plans for it. SQLite plans by its indexes alone.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!onPostgres(db)) return;
  const tables = await sql<{ name: string }>`
    select c.table_name as name from information_schema.columns c
    where c.table_schema = current_schema() and c.column_name = 'candidate_id'
      and exists (select 1 from information_schema.columns o
        where o.table_schema = c.table_schema and o.table_name = c.table_name
          and o.column_name = 'organisation_id')
    order by c.table_name`.execute(db);
  for (const { name } of tables.rows) {
    await sql`create statistics ${sql.id(`${name}_scope`)} (dependencies)
      on organisation_id, candidate_id from ${sql.table(name)}`.execute(db);
    // A store already holding data gets the statistics now, not at the next automatic analyse.
    await sql`analyze ${sql.table(name)}`.execute(db);
  }
}
