import { Kysely } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InterviewDetails } from "../../src/core/interview.js";
import { JobQueue } from "../../src/store/job-queue.js";
import { JOB_SCHEMA, MAILBOX_QUEUE, SEND_QUEUE } from "../../src/store/job-queues.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import type { Database } from "../../src/store/schema.js";
import { DEFAULT_SCOPE, type Scope } from "../../src/store/scope.js";
import { Store } from "../../src/store/store.js";
import { addOrganisation } from "../../src/store/tenancy.js";
import { ScopedPostgresDialect } from "../../src/store/write-transactions.js";
import { interviewFrom } from "../helpers/compose-records.js";
import { testDatabase } from "../helpers/postgres.js";

const postgres = await testDatabase();
const NOW = "2026-11-21T12:00:00.000Z";

function details(): InterviewDetails {
  const { id: _id, status: _status, ...rest } = interviewFrom("acme-onsite.yaml");
  return rest;
}

/** Rows of one query run as the server's administrator, whom row-level security does not bind. */
async function asAdmin<T>(text: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: postgres.admin ?? "" });
  await client.connect();
  try {
    return (await client.query(text)).rows as T[];
  } finally {
    await client.end();
  }
}

describe.skipIf(postgres.url === null)(
  `row-level security on PostgreSQL${postgres.skip ? ` (skipped: ${postgres.skip})` : ""}`,
  () => {
    const url = postgres.url ?? "";
    let first: Store;
    let other: Scope;
    let interviewId: number;

    beforeAll(async () => {
      first = await openPostgresStore(url);
      interviewId = (await first.interviews.save(details(), "record", NOW)).id;
      await first.dictionary.add(["Kubernetes"], NOW);
      other = await addOrganisation(first, "Northbridge Careers", NOW);
    });
    afterAll(() => first?.close());

    it("binds every table: enabled, forced, and with a policy (a new table without one fails here), pg-boss's alone exempt", async () => {
      const tables = await asAdmin<{
        schema: string;
        name: string;
        enabled: boolean;
        forced: boolean;
        policies: number;
      }>(`
        select n.nspname as schema, c.relname as name, c.relrowsecurity as enabled,
          c.relforcerowsecurity as forced,
          (select count(*)::int from pg_policies p where p.schemaname = n.nspname and p.tablename = c.relname) as policies
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg_toast%'
          and c.relkind in ('r', 'p') and c.relname not like 'kysely_%'
        order by n.nspname, c.relname`);
      expect(tables.filter((t) => t.schema === "public").length).toBeGreaterThan(10);
      const unbound = tables.filter((t) => !t.enabled || !t.forced || t.policies === 0);
      // Exempt: pg-boss's own tables. Its queue spans every tenant (a worker takes the next job of
      // whichever candidate, naming none), so a policy by tenant would hide every job from the
      // workers; and a job holds ids only (the next test).
      expect(unbound.filter((t) => t.schema !== JOB_SCHEMA)).toEqual([]);
      expect(unbound.map((t) => `${t.schema}.${t.name}`)).toContain(`${JOB_SCHEMA}.job`);
    });

    it("keeps nothing but ids in pg-boss's jobs: whose they are and which outbox item", async () => {
      const jobs = await JobQueue.open(url);
      try {
        await first.outbox.add(
          {
            messageId: "<ids-only@example.com>",
            interviewId,
            draftId: null,
            kind: "thank-you",
            from: { name: "Jordan Rivera", email: "jordan@example.com" },
            to: [{ name: "Dana Whitfield", email: "dana.whitfield@acme.example" }],
            subject: "Thank you",
            body: "Thank you for your time today.",
            inReplyTo: null,
            references: [],
            dueAt: NOW,
          },
          NOW,
        );
        await jobs.readMailbox(DEFAULT_SCOPE, 0, 60);
      } finally {
        await jobs.close();
      }
      const queued = await asAdmin<{ name: string; data: Record<string, unknown> }>(
        `select name, data from ${JOB_SCHEMA}.job order by name`,
      );
      expect(queued.map((job) => job.name)).toEqual([MAILBOX_QUEUE, SEND_QUEUE]);
      for (const { data } of queued) {
        expect(Object.keys(data).sort()).toEqual(
          expect.arrayContaining(["candidateId", "organisationId"]),
        );
        expect(
          Object.keys(data).every((key) => /^(organisation|candidate|outbox)Id$/.test(key)),
        ).toBe(true);
        expect(Object.values(data).every(Number.isInteger)).toBe(true);
      }
    });

    it("leads every index of a candidate's data with the tenant", async () => {
      const indexes = await asAdmin<{ name: string; definition: string }>(`
        select i.indexname as name, i.indexdef as definition
        from pg_indexes i
        join information_schema.columns c
          on c.table_schema = 'public' and c.table_name = i.tablename and c.column_name = 'candidate_id'
        where i.schemaname = 'public'`);
      const others = indexes.filter(
        (index) =>
          !/\(organisation_id,/.test(index.definition) &&
          // A row's own key is its id, unique across tenants.
          !/_pk(ey)?$/.test(index.name) &&
          // The workers' queue looks across every tenant.
          index.name !== "outbox_claimable",
      );
      expect(others).toEqual([]);
    });

    it("refuses a query written without the scope: it sees and changes only its own candidate's rows", async () => {
      const pool = new pg.Pool({ connectionString: url });
      const unscoped = new Kysely<Database>({
        dialect: new ScopedPostgresDialect(pool, other, () => {}),
      });
      try {
        expect(await unscoped.selectFrom("interviews").selectAll().execute()).toEqual([]);
        expect(await unscoped.selectFrom("dictionary_words").selectAll().execute()).toEqual([]);
        const updated = await unscoped
          .updateTable("interviews")
          .set({ company: "Taken over" })
          .executeTakeFirst();
        expect(updated.numUpdatedRows).toBe(0n);
        const deleted = await unscoped.deleteFrom("interviews").executeTakeFirst();
        expect(deleted.numDeletedRows).toBe(0n);
        await expect(
          unscoped
            .insertInto("dictionary_words")
            .values({
              word: "Planted",
              added_at: NOW,
              organisation_id: DEFAULT_SCOPE.organisationId,
              candidate_id: DEFAULT_SCOPE.candidateId,
            })
            .execute(),
        ).rejects.toThrow(/row-level security/);
      } finally {
        await unscoped.destroy();
      }
      expect((await first.interviews.get(interviewId))?.company).toBe("Acme Robotics");
      expect(await first.dictionary.list()).toEqual(["Kubernetes"]);
    });

    it("narrows the agenda's one statement to the candidate in the store itself, beneath which row-level security adds its own", async () => {
      // As the administrator, whom row-level security does not bind: only the store's scope narrows.
      const asAdminFor = (scope: Scope) =>
        new Store(
          new Kysely<Database>({
            dialect: new ScopedPostgresDialect(
              new pg.Pool({ connectionString: postgres.admin ?? "" }),
              scope,
              () => {},
            ),
          }),
          scope,
        );
      const stores = [asAdminFor(other), asAdminFor(DEFAULT_SCOPE)];
      try {
        const [theirs, mine] = await Promise.all(
          stores.map((store) => store.read((tx) => tx.agenda.read())),
        );
        expect(theirs?.interviews).toEqual([]);
        expect(mine?.interviews.map((interview) => interview.id)).toEqual([interviewId]);
      } finally {
        for (const store of stores) await store.close();
      }
    });

    it("shows nothing to a connection that names no candidate", async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        expect((await client.query("select * from interviews")).rows).toEqual([]);
        expect((await client.query("select * from candidates")).rows).toEqual([]);
      } finally {
        await client.end();
      }
      expect(await asAdmin("select id from interviews")).toHaveLength(1);
    });

    it("keeps keys per candidate: another candidate may hold the same word, person and Message-ID", async () => {
      const second = await openPostgresStore(url, { scope: other });
      try {
        await second.dictionary.add(["Kubernetes"], NOW);
        await second.interviews.save(details(), "record", NOW);
        expect(await second.dictionary.list()).toEqual(["Kubernetes"]);
        expect(await second.interviews.list()).toHaveLength(1);
        expect(await first.interviews.list()).toHaveLength(1);
      } finally {
        await second.close();
      }
    });

    it("will not connect as a role row-level security does not bind", async () => {
      await expect(openPostgresStore(postgres.admin ?? "")).rejects.toMatchObject({
        code: "no-access",
        message: expect.stringContaining("BYPASSRLS"),
      });
    });
  },
);
