import { sql } from "kysely";
import { JOB_SCHEMA } from "../../src/store/job-queues.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import type { Scope } from "../../src/store/scope.js";
import { openSqliteStore, type Store } from "../../src/store/store.js";
import { testDatabase } from "./postgres.js";
import { tempHome } from "./temp-home.js";

/** One of the databases the store runs on, for the contract suites that every store must pass. */
export interface StoreUnderTest {
  name: "SQLite" | "PostgreSQL";
  /** Why this database's suite cannot run here, or null. */
  skip: string | null;
  /** A new, empty store. */
  fresh(): Promise<Store>;
  /** The store `fresh` last made, opened for the candidate `scope` names. */
  open(scope: Scope): Promise<Store>;
}

/**
 * The stores every repository test runs on: SQLite in a fresh folder, and PostgreSQL in this test
 * file's own database, emptied before each test.
 */
export async function storesUnderTest(): Promise<StoreUnderTest[]> {
  const postgres = await testDatabase();
  const openPostgres = (scope?: Scope) => {
    if (postgres.url === null) throw new Error(postgres.skip);
    return openPostgresStore(postgres.url, { scope });
  };
  let home = "";
  return [
    {
      name: "SQLite",
      skip: null,
      fresh: () => openSqliteStore((home = tempHome())),
      open: (scope) => openSqliteStore(home, { scope }),
    },
    {
      name: "PostgreSQL",
      skip: postgres.skip,
      fresh: async () => {
        const store = await openPostgres();
        await emptied(store);
        return store;
      },
      open: openPostgres,
    },
  ];
}

/** The suite's title, saying why it is skipped when it is. */
export function titled(title: string, store: StoreUnderTest): string {
  return `${title} on ${store.name}${store.skip ? ` (skipped: ${store.skip})` : ""}`;
}

/**
 * Everything gone but the first organisation and candidate, as a new store has them; and no job
 * queued (pg-boss keeps its queues, as a new store has them too).
 */
async function emptied(store: Store): Promise<void> {
  const tables = (await store.db.introspection.getTables())
    .filter((table) => table.schema === "public")
    .map((table) => table.name);
  await store.transaction(async ({ db }) => {
    await sql`truncate table ${sql.join(tables.map((name) => sql.table(name)))} restart identity cascade`.execute(
      db,
    );
    await sql`truncate table ${sql.table(`${JOB_SCHEMA}.job`)}`.execute(db);
    await sql`insert into organisations (name, created_at) values ('Personal', '')`.execute(db);
    await sql`insert into candidates (organisation_id, name, created_at) values (1, 'Me', '')`.execute(
      db,
    );
  });
}
