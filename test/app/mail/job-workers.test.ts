import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DateTime } from "luxon";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draftFromEml } from "../../../src/app/drafts/draft-file.js";
import { connectionsFor, loadMailAccount } from "../../../src/app/mail/mail-account.js";
import { queueMail, type OutgoingDraft } from "../../../src/app/mail/queue-mail.js";
import type { MailAccount } from "../../../src/mail/mail-config.js";
import { buildMessage } from "../../../src/mail/outgoing-message.js";
import { DataFolderMailAccounts } from "../../../src/mail/data-folder-accounts.js";
import { JobQueue } from "../../../src/store/job-queue.js";
import { JOB_SCHEMA, MAILBOX_QUEUE, SEND_QUEUE } from "../../../src/store/job-queues.js";
import { openPostgresStore } from "../../../src/store/postgres-store.js";
import type { Store } from "../../../src/store/store.js";
import { runCli } from "../../helpers/cli.js";
import { contextFor } from "../../helpers/context.js";
import { dovecotMissing } from "../../helpers/mail/dovecot.js";
import { preload, useWorkerWorld, type PreloadedCli } from "../../helpers/mail/preloaded-cli.js";
import { connectImap } from "../../helpers/mail/smtp-sink.js";
import { keepMailAccount, mailKeyEnv } from "../../helpers/mail/stored-account.js";
import {
  DANA,
  FIXTURES,
  PASSWORD_ENV,
  emlFile,
  mailConfig,
  preparedHome,
} from "../../helpers/mail/world.js";
import { testDatabase } from "../../helpers/postgres.js";
import { seededRandom as random, sleep } from "../../helpers/seeded-random.js";

const missing = dovecotMissing();
const postgres = await testDatabase();
const skip = missing ?? postgres.skip;
const ITEMS = Number(process.env.AFTERWORD_RACE_ITEMS ?? 60);
const KILLS = Number(process.env.AFTERWORD_RACE_KILLS ?? 8);
const LEASE = "1";
const REPLY = "sam-human-new-thread.eml";

describe.skipIf(skip !== null)(
  `afterword worker on PostgreSQL, taking jobs${skip ? ` (skipped: ${skip})` : ""}`,
  () => {
    const world = useWorkerWorld("cli-child.ts");
    const env = { ...PASSWORD_ENV, ...mailKeyEnv(), AFTERWORD_DATABASE_URL: postgres.url ?? "" };
    // The server's administrator sees pg-boss's jobs as they are.
    const admin = new pg.Client({ connectionString: postgres.admin ?? "" });
    let store: Store;
    let home: string;
    let draft: OutgoingDraft;
    let account: MailAccount;

    beforeAll(async () => {
      await admin.connect();
      store = await openPostgresStore(postgres.url!);
      await keepMailAccount(store, env, mailConfig(world.servers));
    });
    afterAll(async () => {
      await store?.close();
      await admin.end();
    });

    /** A data folder (removed after each test) with the test account, and a message to queue. */
    async function prepare(): Promise<void> {
      home = await preparedHome(world.servers);
      const file = emlFile(home, "note.eml", { to: DANA, subject: "Racing", body: "Once." });
      const made = await draftFromEml(contextFor(home, store, DateTime.utc()), file, {
        interviewId: null,
        kind: null,
      });
      if (!made.ok) throw new Error(made.errors[0]!.message);
      draft = made.value;
      const loaded = await loadMailAccount(new DataFolderMailAccounts(home, PASSWORD_ENV));
      if (!loaded.ok) throw new Error(loaded.errors[0]!.message);
      account = loaded.value;
    }

    async function queue(count: number): Promise<number[]> {
      const ids: number[] = [];
      for (let i = 0; i < count; i++) {
        const queued = await queueMail(
          contextFor(home, store, DateTime.utc()),
          account,
          draft,
          null,
        );
        if (!queued.ok) throw new Error(queued.errors[0]!.message);
        ids.push(queued.value.item.id);
      }
      return ids;
    }

    const worker = () =>
      preload(world.bundle, ["--home", home, "worker", "--lease", LEASE, "--poll", "3600"], env);

    /** How many copies of each Message-ID Dana's INBOX holds. */
    async function delivered(): Promise<Map<string, number>> {
      const client = await connectImap(world.servers.dovecot, "dana");
      const counts = new Map<string, number>();
      try {
        await client.mailboxOpen("INBOX", { readOnly: true });
        for await (const message of client.fetch("1:*", { envelope: true })) {
          const id = message.envelope?.messageId ?? "";
          counts.set(id, (counts.get(id) ?? 0) + 1);
        }
      } finally {
        await client.logout();
      }
      return counts;
    }

    for (const workers of [2, 4])
      it(
        `${workers} workers killed (SIGKILL) at random moments and restarted send every message exactly once`,
        { timeout: 240_000 },
        async () => {
          const seed = Number(process.env.AFTERWORD_RACE_SEED ?? Date.now() % 1_000_000);
          const next = random(seed);
          await prepare();
          const ids = await queue(ITEMS);
          // Each delivery takes a moment, so kills land inside sends as often as between them.
          world.servers.sink.delayMs = 200;
          const spares: PreloadedCli[] = [];
          const take = () => {
            while (spares.length < 2) spares.push(worker());
            return spares.shift()!;
          };
          const live: PreloadedCli[] = [];
          for (let i = 0; i < workers; i++) live.push(take());
          await Promise.all(live.map((w) => w.ready));
          for (const w of live) w.go();

          const unsent = async () =>
            (await store.outbox.list()).filter(
              (item) => ids.includes(item.id) && item.state !== "sent",
            );
          let killed = 0;
          const running = () => live.filter((w) => w.output.stderr.includes("Worker started"));
          for (; killed < KILLS && (await unsent()).length > 0; killed++) {
            await sleep(50 + next() * 250);
            // Kills land on workers at work, not on ones still starting up.
            while (running().length === 0) await sleep(20);
            const at = live.indexOf(running()[Math.floor(next() * running().length)]!);
            live[at]!.child.kill("SIGKILL");
            await live[at]!.exited;
            const replacement = take();
            await replacement.ready;
            replacement.go();
            live[at] = replacement;
          }

          const deadline = Date.now() + 120_000;
          while ((await unsent()).length > 0 && Date.now() < deadline) await sleep(200);
          // A worker just restarted may still be starting; SIGTERM is for one that runs.
          for (const w of live) {
            while (!w.output.stderr.includes("Worker started") && Date.now() < deadline)
              await sleep(20);
            w.child.kill("SIGTERM");
          }
          const codes = await Promise.all(live.map((w) => w.exited));
          for (const spare of spares) spare.child.kill("SIGKILL");
          world.servers.sink.delayMs = 0;
          expect(
            (await unsent()).map((item) => `#${item.id} ${item.state}`),
            `seed ${seed}`,
          ).toEqual([]);
          expect(codes, live.map((w) => w.output.stderr).join("\n")).toEqual(live.map(() => 0));

          const items = (await store.outbox.list()).filter((item) => ids.includes(item.id));
          const counts = await delivered();
          expect(
            items
              .filter((item) => counts.get(item.messageId) !== 1)
              .map((item) => `#${item.id} ${item.messageId}: ${counts.get(item.messageId) ?? 0}`),
            `seed ${seed}`,
          ).toEqual([]);
          const interrupted = items.filter((item) => item.attempts > 1).length;
          console.info(
            `seed ${seed}: ${workers} workers, ${killed} kills, ${interrupted} of ${ITEMS} messages taken over after a kill`,
          );
          // The kills must have cut some work off for the test to mean something.
          expect(interrupted, `seed ${seed}`).toBeGreaterThan(0);
        },
      );

    it("a worker killed between the server's acceptance and the record: the next finds the message in the mailbox and does not send it again", async () => {
      await prepare();
      const [id] = await queue(1);
      const jobs = await JobQueue.open(postgres.url!);
      const connections = await connectionsFor(
        new DataFolderMailAccounts(home, PASSWORD_ENV),
        account,
      );
      if (!connections.ok) throw new Error(connections.errors[0]);
      const { transport } = connections.value;
      try {
        // The first worker takes the job, claims the item, hands the message over, and dies.
        let job = await jobs.take();
        // A job left by the races above (a look again at an item another worker held, due when
        // its claim ran out) is about a message already sent: a worker would find nothing to do.
        while (job && "outboxId" in job.data && job.data.outboxId !== id) {
          expect((await store.outbox.get(job.data.outboxId))?.state).toBe("sent");
          await jobs.finish(job);
          job = await jobs.take();
        }
        expect(job?.data).toMatchObject({ outboxId: id });
        const now = DateTime.utc();
        const item = (await store.outbox.claim(
          id!,
          "killed",
          now.toISO()!,
          now.plus({ seconds: 1 }).toISO()!,
        ))!;
        const raw = await buildMessage({
          messageId: item.messageId,
          from: item.from,
          to: item.to,
          subject: item.subject,
          text: item.body,
          date: now.toJSDate(),
          inReplyTo: null,
          references: [],
        });
        expect(await store.outbox.startAttempt(id!, "killed", raw.toString(), now.toISO()!)).toBe(
          true,
        );
        await transport.start();
        const sent = await transport.send({
          messageId: item.messageId,
          // Its own copy in the envelope, as every send has: the witness the next worker looks for.
          envelope: { from: item.from.email, to: [DANA, item.from.email] },
          raw,
        });
        expect(sent.ok).toBe(true);
      } finally {
        await transport.stop();
        await jobs.close();
      }
      await sleep(1_100);
      const ran = await runCli(["worker", "--once", "--lease", LEASE, "--poll", "3600"], {
        home,
        env,
      });
      expect(ran.code, ran.stderr).toBe(0);
      expect(ran.stdout).toContain(`#${id} had already left`);
      const item = await store.outbox.get(id!);
      expect(item?.state).toBe("sent");
      expect((await delivered()).get(item!.messageId)).toBe(1);
    });

    it("reads the mailbox as a job of the candidate's, records the reply, and queues the next reading", async () => {
      await prepare();
      const acme = join(FIXTURES, "mail", "interview-acme.yaml");
      expect((await runCli(["import", acme], { home, env })).code).toBe(0);
      const client = await connectImap(world.servers.dovecot, "candidate");
      try {
        await client.append("INBOX", readFileSync(join(FIXTURES, "mail", "replies", REPLY)));
      } finally {
        await client.logout();
      }
      // Its own span of readings: the tests before read the mailbox hourly.
      const ran = await runCli(["worker", "--once", "--poll", "5"], { home, env });
      expect(ran.code, ran.stderr).toBe(0);
      const received = await store.received.list();
      expect(received.map((message) => message.messageId)).toContain(
        "<20261124150100.sam@acme.example>",
      );
      const mailbox = (
        await admin.query<{ state: string; data: unknown; soon: boolean }>(
          `select state, data, start_after between now() and now() + interval '10 seconds' as soon
           from ${JOB_SCHEMA}.job where name = $1 order by created_on`,
          [MAILBOX_QUEUE],
        )
      ).rows;
      expect(mailbox.filter((job) => job.state === "completed").length).toBeGreaterThan(0);
      // The next reading, --poll seconds on (the tests before queued theirs an hour on).
      expect(mailbox.filter((job) => job.state === "created" && job.soon)).toEqual([
        { state: "created", data: { organisationId: 1, candidateId: 1 }, soon: true },
      ]);
    });

    it("SIGTERM: the message being handed over is finished, and every other job is left queued, none held", async () => {
      await prepare();
      const ids = await queue(3);
      world.servers.sink.delayMs = 500;
      const before = world.servers.sink.receiving;
      const one = worker();
      await one.ready;
      one.go();
      const deadline = Date.now() + 20_000;
      while (world.servers.sink.receiving === before && Date.now() < deadline) await sleep(10);
      one.child.kill("SIGTERM");
      expect(await one.exited, one.output.stderr).toBe(0);
      world.servers.sink.delayMs = 0;

      const items = (await store.outbox.list()).filter((item) => ids.includes(item.id));
      expect(items.map((item) => item.state).sort()).toEqual(["queued", "queued", "sent"]);
      const jobs = (
        await admin.query<{ state: string; outbox: number }>(
          `select state, (data->>'outboxId')::int as outbox from ${JOB_SCHEMA}.job where name = $1`,
          [SEND_QUEUE],
        )
      ).rows.filter((job) => ids.includes(job.outbox));
      expect(jobs.filter((job) => job.state === "active")).toEqual([]);
      for (const item of items.filter((i) => i.state === "queued")) {
        expect(
          jobs.filter((job) => job.outbox === item.id && job.state === "created"),
        ).toHaveLength(1);
      }
    });
  },
);
