import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { migrationProvider } from "../../src/store/migrations/index.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import { DATABASE_FILE, openSqliteStore, type Store } from "../../src/store/store.js";
import { testDatabase } from "../helpers/postgres.js";
import { tempHome } from "../helpers/temp-home.js";

const postgres = await testDatabase();
const PREVIOUS_RELEASE = "008-reply-decisions";
const NOW = "2026-11-21T12:00:00.000Z";

/** A store as the previous release left it: its schema, and an interview, a word and a profile in it. */
async function previousRelease(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider });
  const { error } = await migrator.migrateTo(PREVIOUS_RELEASE);
  if (error) throw error;
  await sql`insert into interviews (company, position, stage, time_zone, start_at, end_at, status,
      details, source, created_at, updated_at)
    values ('Acme Robotics', 'Platform Engineer', 'onsite', 'America/Chicago',
      '2026-11-20T20:00:00.000Z', '2026-11-20T21:00:00.000Z', 'scheduled', '{}', 'record',
      ${NOW}, ${NOW})`.execute(db);
  await sql`insert into dictionary_words (word, added_at) values ('Kubernetes', ${NOW})`.execute(
    db,
  );
  await db.destroy();
}

/** The previous release's data, read through the store as its one candidate. */
async function expectCarriedOver(store: Store): Promise<void> {
  expect((await store.interviews.list()).map((interview) => interview.company)).toEqual([
    "Acme Robotics",
  ]);
  expect(await store.dictionary.list()).toEqual(["Kubernetes"]);
  // New rows still number after the old ones, and go to the same candidate.
  const next = await store.interviews.save(
    { ...(await store.interviews.list())[0]!, company: "Globex" },
    "record",
    NOW,
  );
  expect(next.id).toBe(2);
  expect(await store.interviews.list()).toHaveLength(2);
}

describe("a store made by the previous release", () => {
  it("on SQLite: migrates, and everything in it belongs to its one candidate", async () => {
    const home = tempHome();
    await previousRelease(
      new Kysely({
        dialect: new SqliteDialect({ database: new SQLite(join(home, DATABASE_FILE)) }),
      }),
    );
    const store = await openSqliteStore(home);
    try {
      await expectCarriedOver(store);
    } finally {
      await store.close();
    }
  });

  it.skipIf(postgres.url === null)(
    `on PostgreSQL: migrates, and everything in it belongs to its one candidate${postgres.skip ? ` (skipped: ${postgres.skip})` : ""}`,
    async () => {
      const url = postgres.url ?? "";
      await previousRelease(
        new Kysely({
          dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }),
        }),
      );
      const store = await openPostgresStore(url);
      try {
        await expectCarriedOver(store);
      } finally {
        await store.close();
      }
    },
  );
});
