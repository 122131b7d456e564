import { sql, type Kysely } from "kysely";
import { onPostgres } from "./migrations/portable.js";
import type { Database } from "./schema.js";
import type { Scope } from "./scope.js";
import type { Store } from "./store.js";

/**
 * Adds an organisation (a tenant) with its first candidate, and returns the scope that candidate's
 * store opens with. On PostgreSQL row-level security lets a transaction write only the
 * organisation it names, so the new id is drawn first and named.
 */
export async function addOrganisation(store: Store, name: string, now: string): Promise<Scope> {
  const organisationId = await store.transaction(async ({ db }) => {
    const id = await nextId(db, "organisations");
    if (id !== null) await nameOrganisation(db, id);
    const row = await db
      .insertInto("organisations")
      .values({ ...(id === null ? {} : { id }), name, created_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  });
  return addCandidate(store, organisationId, name, now);
}

/** Adds a candidate to an organisation; returns the scope their store opens with. */
export async function addCandidate(
  store: Store,
  organisationId: number,
  name: string,
  now: string,
): Promise<Scope> {
  return store.transaction(async ({ db }) => {
    await nameOrganisation(db, organisationId);
    const row = await db
      .insertInto("candidates")
      .values({ organisation_id: organisationId, name, created_at: now })
      .returning("id")
      .executeTakeFirstOrThrow();
    return { organisationId, candidateId: row.id };
  });
}

/** The next id of a table's identity column on PostgreSQL; null on SQLite, which numbers on insert. */
async function nextId(db: Kysely<Database>, table: string): Promise<number | null> {
  if (!onPostgres(db)) return null;
  const row = await sql<{ id: number }>`
    select nextval(pg_get_serial_sequence(${table}, 'id'))::integer as id`.execute(db);
  return row.rows[0]!.id;
}

/** Names the organisation for the rest of the transaction, as row-level security requires. */
async function nameOrganisation(db: Kysely<Database>, organisationId: number): Promise<void> {
  if (!onPostgres(db)) return;
  await sql`select set_config('afterword.organisation', ${String(organisationId)}, true)`.execute(
    db,
  );
}
