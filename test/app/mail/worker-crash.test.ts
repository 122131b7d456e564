import { describe, expect, it } from "vitest";
import { json, runCli } from "../../helpers/cli.js";
import { dovecotMissing } from "../../helpers/mail/dovecot.js";
import { preload, type PreloadedCli, useWorkerWorld } from "../../helpers/mail/preloaded-cli.js";
import { connectImap } from "../../helpers/mail/smtp-sink.js";
import { DANA, PASSWORD_ENV, emlFile, preparedHome } from "../../helpers/mail/world.js";
import { DateTime } from "luxon";
import { draftFromEml } from "../../../src/app/drafts/draft-file.js";
import { queueMail } from "../../../src/app/mail/queue-mail.js";
import { openSqliteStore } from "../../../src/store/store.js";
import { contextFor } from "../../helpers/context.js";
import { seededRandom as random, sleep } from "../../helpers/seeded-random.js";

const missing = dovecotMissing();
const TRIALS = Number(process.env.AFTERWORD_CRASH_TRIALS ?? 100);
const LEASE = "0.3";

describe.skipIf(missing)("a worker killed with SIGKILL at random points", () => {
  const world = useWorkerWorld("worker-child.ts");

  it(
    `delivers every queued message exactly once over ${TRIALS} trials`,
    { timeout: 240_000 },
    async () => {
      const seed = Number(process.env.AFTERWORD_CRASH_SEED ?? Date.now() % 1_000_000);
      const next = random(seed);
      const home = await preparedHome(world.servers);
      const file = emlFile(home, "note.eml", {
        to: DANA,
        subject: "Crash test",
        body: "Exactly once.",
      });
      const args = [home, LEASE];
      const store = await openSqliteStore(home);
      const draft = await draftFromEml(contextFor(home, store, DateTime.utc()), file, {
        interviewId: null,
        kind: null,
      });
      if (!draft.ok) throw new Error(draft.errors[0]!.message);
      const spares: PreloadedCli[] = [];
      const take = () => {
        while (spares.length < 2) spares.push(preload(world.bundle, args, PASSWORD_ENV));
        return spares.shift()!;
      };
      const queue = async () => {
        const ctx = contextFor(home, store, DateTime.utc());
        const queued = await queueMail(ctx, null, draft.value, null);
        expect(queued.ok).toBe(true);
      };

      // How long a worker takes from its start to a message sent, on this machine today: the kills
      // fall anywhere in that span and a little beyond.
      let span = 0;
      for (let run = 0; run < 3; run++) {
        await queue();
        const worker = take();
        await worker.ready;
        const started = Date.now();
        worker.go();
        while (!worker.output.stdout.includes("Sent #") && Date.now() - started < 20_000)
          await sleep(5);
        span = Math.max(span, Date.now() - started);
        worker.child.kill("SIGKILL");
        await worker.exited;
      }

      let interrupted = 0;
      for (let trial = 0; trial < TRIALS; trial++) {
        await queue();
        const worker = take();
        await worker.ready;
        worker.go();
        await sleep(next() * span * 1.3);
        worker.child.kill("SIGKILL");
        await worker.exited;
        const cut = await store.db
          .selectFrom("outbox")
          .select("id")
          .where("state", "=", "sending")
          .where("maybe_sent", "=", 1)
          .where("lease_owner", "like", `child:${worker.child.pid}:%`)
          .execute();
        if (cut.length > 0) interrupted++;
      }
      for (const worker of spares) worker.child.kill("SIGKILL");

      // Whatever the last kills left claimed waits out its lease; then one worker finishes the rest.
      for (let round = 0; round < 10; round++) {
        await sleep(Number(LEASE) * 1000 + 50);
        await runCli(["worker", "--once", "--lease", LEASE], { home, env: PASSWORD_ENV });
        const left = await store.db
          .selectFrom("outbox")
          .select("id")
          .where("state", "in", ["queued", "sending"])
          .execute();
        if (left.length === 0) break;
      }
      await store.close();

      const items = json<{ id: number; state: string; messageId: string }[]>(
        await runCli(["outbox", "--json"], { home }),
      );
      expect(items).toHaveLength(TRIALS + 3);
      expect(
        items.filter((item) => item.state !== "sent"),
        `seed ${seed}`,
      ).toEqual([]);

      const client = await connectImap(world.servers.dovecot, "dana");
      const delivered = new Map<string, number>();
      try {
        await client.mailboxOpen("INBOX", { readOnly: true });
        for await (const message of client.fetch("1:*", { envelope: true })) {
          const id = message.envelope?.messageId ?? "";
          delivered.set(id, (delivered.get(id) ?? 0) + 1);
        }
      } finally {
        await client.logout();
      }
      const counts = items.map((item) => delivered.get(item.messageId) ?? 0);
      expect(
        items.filter((_, i) => counts[i] !== 1).map((item, i) => `${item.messageId}: ${counts[i]}`),
        `seed ${seed}`,
      ).toEqual([]);
      // The kills must have landed inside sends often enough for the test to mean something.
      console.info(
        `seed ${seed}: kills within ${Math.round(span * 1.3)} ms of the start; ${interrupted} of ${TRIALS} cut a send off`,
      );
      expect(interrupted).toBeGreaterThanOrEqual(TRIALS / 20);
    },
  );
});
