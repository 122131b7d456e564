import { Kysely } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readAgendaSources } from "../../../src/app/plan/plan.js";
import type { InterviewDetails } from "../../../src/core/interview.js";
import { openPostgresStore } from "../../../src/store/postgres-store.js";
import type { Database } from "../../../src/store/schema.js";
import { DEFAULT_SCOPE } from "../../../src/store/scope.js";
import { Store } from "../../../src/store/store.js";
import { ScopedPostgresDialect } from "../../../src/store/write-transactions.js";
import { interviewFrom } from "../../helpers/compose-records.js";
import { testDatabase } from "../../helpers/postgres.js";

const postgres = await testDatabase();
const NOW = "2026-11-21T12:00:00.000Z";

function details(day: number): InterviewDetails {
  const { id: _id, status: _status, ...rest } = interviewFrom("acme-onsite.yaml");
  const start = `2026-11-${String(day).padStart(2, "0")}T15:00:00Z`;
  const panel = { name: "Sam Ortiz", title: null, email: null, discussed: [], notes: null };
  return { ...rest, start, end: start, interviewers: [...rest.interviewers, panel] };
}

describe.skipIf(postgres.url === null)(
  `the agenda's read on PostgreSQL${postgres.skip ? ` (skipped: ${postgres.skip})` : ""}`,
  () => {
    const pool = new pg.Pool({ connectionString: postgres.url ?? "" });
    let statements = 0;
    // The candidate's store as the product makes it, counting the statements its repositories run.
    const store = new Store(
      new Kysely<Database>({
        dialect: new ScopedPostgresDialect(pool, DEFAULT_SCOPE, () => {}),
        log: () => {
          statements++;
        },
      }),
      DEFAULT_SCOPE,
    );

    beforeAll(async () => (await openPostgresStore(postgres.url ?? "")).close());
    afterAll(() => store.close());

    it("runs three statements however many interviews, interviewers and events there are", async () => {
      const counted = async () => {
        statements = 0;
        const sources = await readAgendaSources(store);
        return { statements, sources };
      };
      const empty = await counted();
      expect(empty.statements).toBe(3);
      for (const day of [10, 12, 14, 16, 18]) {
        const { id } = await store.interviews.save(details(day), "record", NOW);
        await store.history.add(id, { type: "reply", from: null, at: NOW }, NOW);
      }
      const full = await counted();
      expect(full.statements).toBe(3);
      expect(full.sources.interviews).toHaveLength(5);
      expect(full.sources.interviews.map((i) => i.interviewers.length)).toEqual([2, 2, 2, 2, 2]);
      expect([...full.sources.histories.values()].map((events) => events.length)).toEqual([
        1, 1, 1, 1, 1,
      ]);
    });
  },
);
