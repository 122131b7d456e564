import { join } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, type LogEvent } from "kysely";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { readAgendaSources } from "../../../src/app/plan/plan.js";
import type { InterviewDetails } from "../../../src/core/interview.js";
import { openPostgresStore } from "../../../src/store/postgres-store.js";
import type { Database } from "../../../src/store/schema.js";
import { DEFAULT_SCOPE } from "../../../src/store/scope.js";
import { DATABASE_FILE, openSqliteStore, Store } from "../../../src/store/store.js";
import {
  ScopedPostgresDialect,
  WriteFirstSqliteDialect,
} from "../../../src/store/write-transactions.js";
import { interviewFrom } from "../../helpers/compose-records.js";
import { testDatabase } from "../../helpers/postgres.js";
import { tempHome } from "../../helpers/temp-home.js";

const postgres = await testDatabase();
const NOW = "2026-11-21T12:00:00.000Z";

function details(day: number): InterviewDetails {
  const { id: _id, status: _status, ...rest } = interviewFrom("acme-onsite.yaml");
  const start = `2026-11-${String(day).padStart(2, "0")}T15:00:00Z`;
  const panel = { name: "Sam Ortiz", title: null, email: null, discussed: [], notes: null };
  return { ...rest, start, end: start, interviewers: [...rest.interviewers, panel] };
}

/** What one read of the agenda cost: statements Kysely ran, and messages sent to PostgreSQL. */
interface Cost {
  statements: number;
  roundTrips: number;
}

/** A new candidate's store as the product makes it, on each database, with its costs counted. */
interface Counted {
  name: string;
  skip: string | null;
  /** Statements per read: the repositories' own, without begin and commit. */
  statements: number;
  /** Round trips per read to the server, begin and commit included; null where there is no server. */
  roundTrips: number | null;
  open(cost: Cost): Promise<Store>;
}

/** Counts the statements Kysely logs, but for beginning and ending the transaction. */
function counter(cost: Cost) {
  return (event: LogEvent) => {
    if (!/^(begin|commit)\b/i.test(event.query.sql)) cost.statements++;
  };
}

const DATABASES: Counted[] = [
  {
    name: "SQLite",
    skip: null,
    statements: 3,
    roundTrips: null,
    async open(cost) {
      const home = tempHome();
      await (await openSqliteStore(home)).close();
      const sqlite = new SQLite(join(home, DATABASE_FILE));
      const dialect = new WriteFirstSqliteDialect(sqlite, () => {});
      return new Store(new Kysely<Database>({ dialect, log: counter(cost) }));
    },
  },
  {
    name: "PostgreSQL",
    skip: postgres.skip,
    statements: 1,
    roundTrips: 3,
    async open(cost) {
      const url = postgres.url ?? "";
      await (await openPostgresStore(url)).close();
      const pool = new pg.Pool({ connectionString: url });
      // Each query a connection sends is one round trip.
      pool.on("connect", (client) => {
        const query = client.query.bind(client) as (...args: unknown[]) => unknown;
        Object.assign(client, {
          query: (...args: unknown[]) => {
            cost.roundTrips++;
            return query(...args);
          },
        });
      });
      const dialect = new ScopedPostgresDialect(pool, DEFAULT_SCOPE, () => {});
      return new Store(new Kysely<Database>({ dialect, log: counter(cost) }));
    },
  },
];

for (const database of DATABASES)
  describe.skipIf(database.skip !== null)(
    `the agenda's read on ${database.name}${database.skip ? ` (skipped: ${database.skip})` : ""}`,
    () => {
      it(`runs ${database.statements} statement(s) however many interviews, interviewers and events there are`, async () => {
        const cost: Cost = { statements: 0, roundTrips: 0 };
        const store = await database.open(cost);
        try {
          const counted = async () => {
            Object.assign(cost, { statements: 0, roundTrips: 0 });
            const sources = await readAgendaSources(store);
            return { ...cost, sources };
          };
          const empty = await counted();
          expect(empty.statements).toBe(database.statements);
          if (database.roundTrips !== null) expect(empty.roundTrips).toBe(database.roundTrips);
          for (const day of [10, 12, 14, 16, 18]) {
            const { id } = await store.interviews.save(details(day), "record", NOW);
            await store.history.add(id, { type: "reply", from: null, at: NOW }, NOW);
          }
          const full = await counted();
          expect(full.statements).toBe(database.statements);
          if (database.roundTrips !== null) expect(full.roundTrips).toBe(database.roundTrips);
          expect(full.sources.interviews).toHaveLength(5);
          expect(full.sources.interviews.map((i) => i.interviewers.length)).toEqual([
            2, 2, 2, 2, 2,
          ]);
          expect([...full.sources.histories.values()].map((events) => events.length)).toEqual([
            1, 1, 1, 1, 1,
          ]);
        } finally {
          await store.close();
        }
      });
    },
  );
