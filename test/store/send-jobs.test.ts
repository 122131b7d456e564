import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { JobQueue } from "../../src/store/job-queue.js";
import { JOB_SCHEMA, SEND_QUEUE } from "../../src/store/job-queues.js";
import type { NewOutboxItem } from "../../src/store/outbox.repository.js";
import { openPostgresStore } from "../../src/store/postgres-store.js";
import type { Store } from "../../src/store/store.js";
import { addOrganisation } from "../../src/store/tenancy.js";
import { testDatabase } from "../helpers/postgres.js";

const postgres = await testDatabase();
const NOW = "2026-11-21T12:00:00.000Z";
// Jobs are due by the database's clock: these are due long after the test.
const LATER = "2099-11-21T13:00:00.000Z";

function outboxItem(messageId: string, dueAt = NOW): NewOutboxItem {
  return {
    messageId,
    interviewId: null,
    draftId: null,
    kind: null,
    from: { name: "Jordan Rivera", email: "jordan@example.com" },
    to: [{ name: "Dana Whitfield", email: "dana.whitfield@acme.example" }],
    subject: "Following up",
    body: "Hello",
    inReplyTo: null,
    references: [],
    dueAt,
  };
}

interface JobRow {
  id: string;
  state: string;
  data: { organisationId: number; candidateId: number; outboxId: number };
  start_after: Date;
}

describe.skipIf(postgres.skip !== null)(
  `send jobs on PostgreSQL${postgres.skip ? ` (skipped: ${postgres.skip})` : ""}`,
  () => {
    let store: Store;
    let jobs: JobQueue;
    // The server's administrator sees pg-boss's tables as they are, whatever a transaction names.
    const admin = new pg.Client({ connectionString: postgres.admin ?? "" });
    const sendJobs = async () =>
      (
        await admin.query<JobRow>(
          `select id, state, data, start_after from ${JOB_SCHEMA}.job where name = $1 order by created_on, id`,
          [SEND_QUEUE],
        )
      ).rows;

    beforeAll(async () => {
      store = await openPostgresStore(postgres.url!);
      jobs = await JobQueue.open(postgres.url!);
      await admin.connect();
    });
    afterAll(async () => {
      await jobs?.close();
      await store?.close();
      await admin.end();
    });

    it("queues no job from a transaction that rolls back, so no worker ever runs one", async () => {
      const before = await sendJobs();
      await expect(
        store.transaction(async (tx) => {
          await tx.outbox.add(outboxItem("<rolled-back@example.com>"), NOW);
          throw new Error("something later in the same write went wrong");
        }),
      ).rejects.toThrow("something later");
      expect(await store.outbox.findByMessageId("<rolled-back@example.com>")).toBeNull();
      expect(await sendJobs()).toEqual(before);
      expect(await jobs.take()).toBeNull();
    });

    it("queues the send job with the item, due when it is, naming its organisation and candidate", async () => {
      const item = await store.transaction((tx) =>
        tx.outbox.add(outboxItem("<kept@example.com>", LATER), NOW),
      );
      const [job] = (await sendJobs()).filter((row) => row.data.outboxId === item.id);
      expect(job?.data).toEqual({ organisationId: 1, candidateId: 1, outboxId: item.id });
      expect(job?.state).toBe("created");
      expect(job?.start_after.toISOString()).toBe(LATER);
    });

    it("queues the job in the item's own transaction even when the caller opened none", async () => {
      const item = await store.outbox.add(outboxItem("<alone@example.com>"), NOW);
      const taken = await jobs.take();
      expect(taken?.data).toEqual({ organisationId: 1, candidateId: 1, outboxId: item.id });
      await jobs.finish(taken!);
    });

    it("names another organisation's candidate in the jobs of their outbox", async () => {
      const scope = await addOrganisation(store, "Northbridge Careers", NOW);
      const theirs = await openPostgresStore(postgres.url!, { scope });
      try {
        const item = await theirs.outbox.add(outboxItem("<theirs@example.com>"), NOW);
        const taken = await jobs.take();
        expect(taken?.data).toEqual({ ...scope, outboxId: item.id });
        await jobs.finish(taken!);
      } finally {
        await theirs.close();
      }
    });

    it("queues the next try in the write that records the retry", async () => {
      const item = await store.outbox.add(outboxItem("<retried@example.com>"), NOW);
      const first = await jobs.take();
      expect(first?.data.candidateId).toBe(1);
      await jobs.finish(first!);
      const claimed = await store.outbox.claim(item.id, "w1", NOW, LATER);
      expect(claimed?.state).toBe("sending");
      const at = "2099-11-21T12:05:00.000Z";
      expect(
        await store.outbox.recordRetry(
          item.id,
          "w1",
          { at, problem: "busy", serverSays: null, certain: true },
          NOW,
        ),
      ).toBe(true);
      const next = (await sendJobs()).filter(
        (row) => row.data.outboxId === item.id && row.state === "created",
      );
      expect(next.map((row) => row.start_after.toISOString())).toEqual([at]);

      // A worker that lost its claim records nothing, and so queues nothing.
      expect(
        await store.outbox.recordRetry(
          item.id,
          "w2",
          { at, problem: "busy", serverSays: null, certain: true },
          NOW,
        ),
      ).toBe(false);
      expect(
        (await sendJobs()).filter(
          (row) => row.data.outboxId === item.id && row.state === "created",
        ),
      ).toHaveLength(1);
    });

    it("queues a job when a failed item is retried by hand", async () => {
      const item = await store.outbox.add(outboxItem("<failed@example.com>"), NOW);
      await jobs.finish((await jobs.take())!);
      await store.outbox.claim(item.id, "w1", NOW, LATER);
      await store.outbox.recordFailed(
        item.id,
        "w1",
        { problem: "refused", serverSays: null, certain: true },
        NOW,
      );
      expect(await jobs.take()).toBeNull();
      expect(await store.transaction((tx) => tx.outbox.retry(item.id, NOW))).toBe(true);
      const taken = await jobs.take();
      expect(taken?.data).toMatchObject({ outboxId: item.id });
      await jobs.finish(taken!);
    });

    it("gives a job back at once when its worker stops before starting it", async () => {
      const item = await store.outbox.add(outboxItem("<released@example.com>"), NOW);
      const taken = await jobs.take();
      expect(taken?.data).toMatchObject({ outboxId: item.id });
      await jobs.release(taken!);
      const again = await jobs.take();
      expect(again?.data).toEqual(taken?.data);
      expect(again?.id).not.toBe(taken?.id);
      await jobs.finish(again!);
      const states = (await sendJobs())
        .filter((row) => row.data.outboxId === item.id)
        .map((row) => row.state);
      expect(states).toEqual(["completed", "completed"]);
    });

    it("queues a job for an item no job waits for (its worker was killed holding it), once", async () => {
      for (const earlier of await store.outbox.list()) {
        await store.outbox.cancel(earlier.id, "not part of this test", NOW);
      }
      const item = await store.outbox.add(outboxItem("<stranded@example.com>"), NOW);
      const taken = await jobs.take();
      expect(taken?.data).toMatchObject({ outboxId: item.id });
      // The worker dies here: its job stays active, the item stays queued.
      expect(await store.outbox.redispatch()).toBe(1);
      expect(await store.outbox.redispatch()).toBe(0);
      const again = await jobs.take();
      expect(again?.data).toMatchObject({ outboxId: item.id });
      await jobs.finish(again!);
    });
  },
);
